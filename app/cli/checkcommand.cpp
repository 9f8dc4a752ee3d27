// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/backup/backuphealth.h>
#include <core/register/healthcheck.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
    parser.addOption({QStringLiteral("date"), CliText::tr("Check as of this date instead of today (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
}

// Findings are not a failure of the command: it exits 0 and lists them, so scripts read the list.
int run(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        QDate today = vault.clock().nowUtc().toLocalTime().date();
        if (parser.isSet(QStringLiteral("date"))) {
            auto date = parseDate(parser.value(QStringLiteral("date")));
            if (!date) {
                return fail(date.error());
            }
            today = date.value();
        }
        auto findings = HealthCheck(vault).run(today);
        if (!findings) {
            return fail(findings.error());
        }
        // The vault's backups (the age of the last one, and this PC's backup folder) after the
        // accounts' findings of the same severity.
        auto backups = Backup::backupFindings(vault, Backup::configuredBackupFolder(), today);
        if (!backups) {
            return fail(backups.error());
        }
        findings.value().append(backups.value());
        std::stable_sort(findings.value().begin(), findings.value().end(),
                         [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
        if (parser.isSet(QStringLiteral("json"))) {
            // Each rule's title and explanation once, not once per finding: a national register has
            // tens of thousands of findings.
            QJsonArray array;
            QJsonObject rules;
            for (const Finding &finding : findings.value()) {
                array.append(QJsonObject{{QStringLiteral("rule"), finding.rule},
                                         {QStringLiteral("severity"), severityId(finding.severity)},
                                         {QStringLiteral("accountId"), finding.accountId},
                                         {QStringLiteral("account"), finding.accountLabel},
                                         {QStringLiteral("kecamatan"), finding.kecamatan},
                                         {QStringLiteral("message"), finding.message}});
                if (!rules.contains(finding.rule)) {
                    rules.insert(finding.rule,
                                 QJsonObject{{QStringLiteral("title"), ruleTitle(finding.rule)},
                                             {QStringLiteral("explanation"), ruleExplanation(finding.rule)}});
                }
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("date"), today.toString(Qt::ISODate)},
                                                {QStringLiteral("rules"), rules},
                                                {QStringLiteral("findings"), array}}));
            return Success;
        }
        if (findings.value().isEmpty()) {
            printLine(CliText::tr("Nothing needs action as of %1.").arg(today.toString(Qt::ISODate)));
            return Success;
        }
        printLine(CliText::tr("Needs action as of %1: %n finding(s).", nullptr, int(findings.value().size()))
                      .arg(today.toString(Qt::ISODate)));
        std::optional<Finding::Severity> severity;
        for (const Finding &finding : findings.value()) {
            if (severity != finding.severity) {
                severity = finding.severity;
                printLine(QString());
                printLine(severityDisplayName(finding.severity).toUpper());
            }
            printLine(QStringLiteral("  [%1] %2  %3, %4: %5")
                          .arg(ruleTitle(finding.rule))
                          .arg(finding.accountId)
                          .arg(finding.accountLabel, finding.kecamatan, finding.message));
        }
        printLine(QString());
        QStringList seen;
        for (const Finding &finding : findings.value()) {
            if (!seen.contains(finding.rule)) {
                seen << finding.rule;
                printLine(QStringLiteral("%1: %2").arg(ruleTitle(finding.rule), ruleExplanation(finding.rule)));
            }
        }
        return Success;
    });
}
} // namespace

Command checkCommand()
{
    return Command{QStringLiteral("check"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list what needs action: accounts active past their "
                                                              "term, missing 2FA, old or shared passwords..."),
                   signInLines(), addOptions, run};
}

} // namespace Brankas::Cli
