// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../domain/accountfilter.h"
#include "../result.h"
#include "../vault/session.h"
#include "reportdocument.h"

#include <QDate>
#include <QImage>

namespace Brankas {

class Vault;
struct RecoverySheetFacts;

struct ReportOptions
{
    Language language = Language::Indonesian;
    Paper paper = Paper::A4;
    QImage logo; // for the kop surat; none: text only
    // Draws the charts of the reports that have them (the evaluation); see reportchart.h.
    std::shared_ptr<const ReportChartPainter> chartPainter;
};

// The register report's filters, as in the register window.
struct RegisterReportFilter
{
    AccountFilter accounts;
    QString areaCode; // a province ("72") or regency ("72.05"): only its kecamatan
    QDate activeFrom; // only accounts whose active period overlaps [activeFrom, activeUntil]
    QDate activeUntil;
};

// Gathers what each printed report needs from the vault, checks the officer may print it, logs
// what must be logged, and returns the document to paint with printReport() / writeReportPdf().
class Reports
{
public:
    explicit Reports(Vault &vault)
        : m_vault(vault)
    {}

    // The berita acara. withSecrets adds the sealed-envelope annex with the accounts' passwords:
    // refused to viewers, and logged (report.secrets-printed) before anything is decrypted. Call
    // ReportDocument::wipeSensitive() once it is printed.
    Result<ReportDocument> handover(const Session &session, qint64 handoverId, const ReportOptions &options,
                                    bool withSecrets = false);
    Result<ReportDocument> accountRegister(const Session &session, const RegisterReportFilter &filter,
                                           const ReportOptions &options);
    // The health check's findings grouped by severity, each rule with its explanation.
    Result<ReportDocument> health(const Session &session, const ReportOptions &options, QDate today = {});
    // The archive log entries of the dates from..until (local dates, inclusive) with the outcome of
    // verifying the whole chain.
    Result<ReportDocument> logExtract(const Session &session, const QDate &from, const QDate &until,
                                      const ReportOptions &options);
    // For the office safe: the vault's identity, where the recovery passphrase goes (written by hand,
    // or printed when given) and what to do with it. Administrators only.
    // The yearly evaluation: cover, summary, charts, a table per kecamatan, the obstacles by
    // category. Refused without options.chartPainter. With an area code (a province "72" or regency
    // "72.05"), only its kecamatan.
    Result<ReportDocument> evaluation(const Session &session, int year, const ReportOptions &options,
                                      const QString &areaCode = {});
    Result<ReportDocument> recoverySheet(const Session &session, const ReportOptions &options,
                                         const SecretBytes *recoveryPassphrase = nullptr);
    // What the recovery sheet names about this vault (administrators only), for a sheet printed with
    // recoverySheetDocument() (core/reports/recoverysheet.h) without a log entry of its own, as
    // `recovery change --sheet` does: the change's entry says a new passphrase was made.
    Result<RecoverySheetFacts> recoverySheetFacts(const Session &session);

private:
    Result<QString> fingerprint();
    QDateTime printedAt() const;
    Vault &m_vault;
};

} // namespace Brankas
