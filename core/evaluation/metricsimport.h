// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/monthlyfigures.h"
#include "../import/accountimport.h"
#include "../result.h"
#include "../vault/session.h"
#include "metricslayout.h"

#include <QByteArray>

#include <optional>

namespace Brankas {

class Vault;

struct MetricsImportOptions
{
    QString fileName = {}; // as the log names it
    QString sheetName = {};
    // The account a platform's export belongs to: those files never name it.
    std::optional<qint64> accountId = {};
};

struct MetricsImportPreview
{
    MetricsLayoutKind layout = MetricsLayoutKind::Brankas;
    QString sheetName;
    QByteArray sha256; // hex
    QStringList ignoredColumns;
    // The months as they will be stored: what the file gives merged over what the vault holds.
    QList<MonthlyFigures> months;
    QList<ImportProblem> problems;
    int changed = 0; // months that already held figures the file changes
};

// Brings monthly figures in from a sheet: the Brankas layout (one row per account and month), or a
// platform's own export of one account, added up into months. Read with the register importer's
// reader and header matching; every row checked before anything is written; all or nothing, in
// one transaction with one metrics.imported entry naming the file and its SHA-256.
class MetricsImport
{
public:
    explicit MetricsImport(Vault &vault)
        : m_vault(vault)
    {}

    Result<MetricsImportPreview> preview(const QByteArray &bytes, const MetricsImportOptions &options);
    // Refuses a preview with any problem. Returns how many months were written.
    Result<int> record(const Session &session, const MetricsImportPreview &preview,
                       const MetricsImportOptions &options);

private:
    Vault &m_vault;
};

} // namespace Brankas
