// SPDX-License-Identifier: GPL-3.0-or-later
// Reports::health: the health check's findings, grouped by severity, each rule explained.
#include "reports.h"

#include "../register/healthcheck.h"
#include "../register/officesettings.h"
#include "../vault/vault.h"
#include "numberwords.h"
#include "reporttext.h"

namespace Brankas {

namespace {
QString severityHeading(Finding::Severity severity, Language language)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return say(language, "KRITIS — segera ditindaklanjuti", "CRITICAL — act now");
    case Finding::Severity::Warning:
        return say(language, "PERINGATAN — perlu ditindaklanjuti", "WARNING — needs action");
    case Finding::Severity::Info:
        return say(language, "INFORMASI", "INFORMATION");
    }
    return {};
}
} // namespace

Result<ReportDocument> Reports::health(const Session &, const ReportOptions &options, QDate today)
{
    const Language language = options.language;
    const QDateTime now = printedAt();
    if (!today.isValid()) {
        today = now.toLocalTime().date();
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto findings = HealthCheck(m_vault).run(today);
    if (!findings) {
        return findings.error();
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.title = say(language, "Laporan Pemeriksaan Register Akun", "Account Register Health Report");
    document.footer = reportFooter(language, print.value(), now);
    document.blocks.push_back(letterheadFor(office.value(), options.logo));
    document.blocks.push_back(heading(say(language, "LAPORAN PEMERIKSAAN REGISTER AKUN MEDIA SOSIAL",
                                          "HEALTH REPORT OF THE SOCIAL-MEDIA ACCOUNT REGISTER")));
    document.blocks.push_back(
        paragraph(say(language, "Keadaan per ", "As of ") + longDate(today, language), Qt::AlignHCenter, 10));
    if (findings.value().isEmpty()) {
        document.blocks.push_back(paragraph(say(language, "Tidak ada temuan: tidak ada yang perlu ditindaklanjuti.",
                                                "No findings: nothing needs action.")));
        return document;
    }
    int critical = 0;
    int warning = 0;
    int info = 0;
    for (const Finding &finding : findings.value()) {
        (finding.severity == Finding::Severity::Critical  ? critical
         : finding.severity == Finding::Severity::Warning ? warning
                                                          : info)++;
    }
    document.blocks.push_back(paragraph(say(language, "Temuan: %1 kritis, %2 peringatan, %3 informasi.",
                                            "Findings: %1 critical, %2 warnings, %3 for information.")
                                            .arg(critical)
                                            .arg(warning)
                                            .arg(info)));
    // Findings come sorted by severity; a new rule or severity starts a new section.
    std::optional<Finding::Severity> severity;
    QString rule;
    ReportTable table;
    auto flush = [&] {
        if (!table.rows.isEmpty()) {
            document.blocks.push_back(std::move(table));
        }
        table = ReportTable{};
        table.columns = {{say(language, "No.", "No."), 0.6, Qt::AlignRight},
                         {say(language, "Kecamatan", "Kecamatan"), 2.2},
                         {say(language, "Akun", "Account"), 2.6},
                         {say(language, "Keterangan", "Details"), 4.6}};
    };
    flush();
    for (const Finding &finding : findings.value()) {
        if (finding.severity != severity) {
            flush();
            severity = finding.severity;
            rule.clear();
            ReportParagraph title = paragraph(severityHeading(finding.severity, language), Qt::AlignLeft, 11, true);
            title.keepWithNext = true;
            document.blocks.push_back(title);
        }
        if (finding.rule != rule) {
            flush();
            rule = finding.rule;
            ReportParagraph title;
            title.runs = {{ruleTitle(rule), true, false}, {QStringLiteral(". ") + ruleExplanation(rule), false, false}};
            title.keepWithNext = true;
            title.pointSize = 10;
            document.blocks.push_back(title);
        }
        table.rows.append(
            {QString::number(table.rows.size() + 1), finding.kecamatan, finding.accountLabel, finding.message});
    }
    flush();
    return document;
}

} // namespace Brankas
