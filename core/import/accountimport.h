// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../register/accounts.h"
#include "../result.h"
#include "../vault/session.h"
#include "importcolumns.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace Brankas {

class Vault;

struct ImportOptions
{
    QString fileName; // as the log names it: the file's name without its folder
    QString sheetName;
    QHash<QString, ImportField> overrides; // header -> field
    QStringList ignoredHeaders;            // columns the officer chose to leave out (the wizard)
    std::optional<qint64> termId;          // for rows without a term; none: the current term
};

// One thing wrong with one row: "row 7: Username: ...". Row numbers are the spreadsheet's.
struct ImportProblem
{
    int row = 0;
    QString column; // the sheet's header, or empty when the row as a whole is refused
    QString message;
};

struct ImportRowPlan
{
    int row = 0;
    NewAccount spec;
    std::optional<SecretBytes> password;
};

// Everything known before anything is written: the rows that can be recorded and every problem.
struct ImportPreview
{
    QString sheetName;
    QByteArray sha256; // hex, of the file as read
    QStringList ignoredColumns;
    std::vector<ImportRowPlan> valid;
    QList<ImportProblem> problems;
    int invalidRows = 0;
    int duplicates = 0; // rows repeating an earlier row, or an account already in the vault
    bool hasPasswords = false;
};

// Brings an office's register in from its spreadsheet: every row is checked (with the same rules
// as `account add`) before anything is written, then the valid rows are recorded in one
// transaction with one register.imported entry naming the file, its SHA-256 and the counts.
class AccountImport
{
public:
    explicit AccountImport(Vault &vault)
        : m_vault(vault)
    {}

    Result<ImportPreview> preview(const Session &session, const QByteArray &bytes, const ImportOptions &options);
    // Records the preview's valid rows. With a problem in any row nothing is recorded unless
    // `skipInvalid`. Returns how many accounts were recorded.
    Result<int> record(const Session &session, const ImportPreview &preview, const ImportOptions &options,
                       bool skipInvalid);

private:
    Vault &m_vault;
};

} // namespace Brankas
