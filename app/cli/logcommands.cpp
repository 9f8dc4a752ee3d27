// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Brankas::Cli {

namespace {
const QRegularExpression TrailingSpace(QStringLiteral("\\s+$"));

void addListOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("json"), CliText::tr("Print JSON.")},
        {QStringLiteral("from"), CliText::tr("Only entries on or after this date (YYYY-MM-DD, local time)."),
         QStringLiteral("DATE")},
        {QStringLiteral("until"), CliText::tr("Only entries on or before this date (YYYY-MM-DD, local time)."),
         QStringLiteral("DATE")},
        {QStringLiteral("officer-filter"), CliText::tr("Only entries by this officer."), QStringLiteral("NAME")},
        {QStringLiteral("action"), CliText::tr("Only actions starting with this text, e.g. officer."),
         QStringLiteral("ACTION")},
        {QStringLiteral("limit"), CliText::tr("At most this many entries, newest first."), QStringLiteral("N")},
    });
}

int runList(Context &context, const QCommandLineParser &parser)
{
    LogFilter filter;
    if (parser.isSet(QStringLiteral("from"))) {
        auto date = parseDate(parser.value(QStringLiteral("from")));
        if (!date) {
            return fail(date.error());
        }
        filter.from = date.value().startOfDay().toUTC();
    }
    if (parser.isSet(QStringLiteral("until"))) {
        auto date = parseDate(parser.value(QStringLiteral("until")));
        if (!date) {
            return fail(date.error());
        }
        filter.until = date.value().addDays(1).startOfDay().toUTC();
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0) {
            return fail(Error(ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("Brankas::Error", "--limit takes a whole number, e.g. 50.")));
        }
        filter.newestFirst = true;
    }
    filter.officer = parser.value(QStringLiteral("officer-filter"));
    filter.actionPrefix = parser.value(QStringLiteral("action"));

    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto entries = vault.log().entries(filter);
        if (!entries) {
            return fail(entries.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const LogEntry &entry : entries.value()) {
                array.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                         {QStringLiteral("at"), formatLogTime(entry.at)},
                                         {QStringLiteral("officer"), entry.officer},
                                         {QStringLiteral("action"), entry.action},
                                         {QStringLiteral("target"), entry.target},
                                         {QStringLiteral("details"), entry.detailsObject()},
                                         {QStringLiteral("unattested"), entry.isUnattested()},
                                         {QStringLiteral("mac"), QString::fromLatin1(entry.mac.toHex())}});
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const LogEntry &entry : entries.value()) {
            printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                          .arg(entry.seq, 6)
                          .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               entry.officer.leftJustified(16), entry.action.leftJustified(28),
                               entry.target.leftJustified(20),
                               entry.details == QLatin1String("{}") ? QString() : entry.details)
                          .remove(TrailingSpace) +
                      (entry.isUnattested()
                           ? QStringLiteral("  [%1]").arg(CliText::tr("recorded without the vault key, not proof"))
                           : QString()));
        }
        return Success;
    });
}

void addVerifyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("full"),
                      CliText::tr("Check every officer signature, not only those after the newest checkpoint.")});
}

int runVerify(Context &context, const QCommandLineParser &parser)
{
    return context.withSession(
        [&](Vault &vault, const Session &session) -> int {
            auto verification = vault.verifyLog(&session, {}, parser.isSet(QStringLiteral("full")));
            if (!verification) {
                return fail(verification.error());
            }
            if (const auto &tampered = vault.logTampered(); tampered && verification.value().intact()) {
                printNotice(QStringLiteral("brankas-cli: ") + tampered->summary());
                return LogTampered;
            }
            if (!verification.value().intact()) {
                printNotice(QStringLiteral("brankas-cli: ") + verification.value().summary());
                return LogTampered;
            }
            printLine(verification.value().summary());
            return Success;
        },
        true);
}
} // namespace

Command logListCommand()
{
    return Command{QStringLiteral("log list"), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list archive log entries"),
                   signInLines(), addListOptions, runList};
}

Command logVerifyCommand()
{
    return Command{QStringLiteral("log verify"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "check that no archive log entry was edited, deleted, inserted or reordered"),
                   signInLines(), addVerifyOptions, runVerify};
}

} // namespace Brankas::Cli
