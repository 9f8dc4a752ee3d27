// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountformat.h"
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/io/outputfile.h>
#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>
#include <ui/charts/qtchartpainter.h>

#include <QDir>

namespace Brankas::Cli {

namespace {
void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("out"), CliText::tr("The PDF file to write."), QStringLiteral("FILE.pdf")},
        {QStringLiteral("paper"), CliText::tr("a4 (default) or f4 (215 x 330 mm)."), QStringLiteral("PAPER")},
    });
}

// The options every report takes; a usage error is reported here and ends the command.
std::optional<ReportOptions> commonOptions(const Context &context, const QCommandLineParser &parser,
                                           const QString &command)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        printNotice(CliText::tr("brankas-cli %1: give --out FILE.pdf.").arg(command));
        return std::nullopt;
    }
    // Refused before anything is signed in, gathered or logged: a report is never written over a
    // vault or through a link.
    if (Status target = checkOutputPath(parser.value(QStringLiteral("out"))); !target) {
        printError(target.error());
        return std::nullopt;
    }
    ReportOptions options;
    options.language = context.language;
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = paperFromId(parser.value(QStringLiteral("paper")));
        if (!paper) {
            printNotice(CliText::tr("brankas-cli %1: the paper is a4 or f4.").arg(command));
            return std::nullopt;
        }
        options.paper = *paper;
    }
    return options;
}

int write(Result<ReportDocument> document, const QCommandLineParser &parser)
{
    if (!document) {
        return fail(document.error());
    }
    const QString path = parser.value(QStringLiteral("out"));
    const Status written = writeReportPdf(document.value(), path);
    document.value().wipeSensitive();
    if (!written) {
        return fail(written.error());
    }
    printLine(CliText::tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return Success;
}

void addHandoverOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the handover."));
    parser.addOption({QStringLiteral("with-secrets"),
                      CliText::tr("Add the sealed-envelope annex with the accounts' passwords (logged; not for "
                                  "viewers).")});
}

int runHandover(Context &context, const QCommandLineParser &parser)
{
    const auto options = commonOptions(context, parser, QStringLiteral("report handover"));
    if (!options) {
        return UsageError;
    }
    auto text = singlePositional(parser, QStringLiteral("ID"));
    if (!text) {
        return fail(text.error());
    }
    auto id = parseId(text.value(), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "handover"));
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(
            Reports(vault).handover(session, id.value(), *options, parser.isSet(QStringLiteral("with-secrets"))),
            parser);
    });
}

void addRegisterOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Only this kecamatan (code)."), QStringLiteral("CODE")},
        {QStringLiteral("platform"), CliText::tr("Only this platform."), QStringLiteral("P")},
        {QStringLiteral("status"), CliText::tr("Only this status."), QStringLiteral("S")},
        {QStringLiteral("term"), CliText::tr("Only accounts of this term (number)."), QStringLiteral("ID")},
        {QStringLiteral("active-from"), CliText::tr("Only accounts active on or after this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("active-until"), CliText::tr("Only accounts active on or before this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
    });
}

Result<RegisterReportFilter> registerFilter(const QCommandLineParser &parser)
{
    auto accounts = accountFilterFrom(parser);
    if (!accounts) {
        return accounts.error();
    }
    RegisterReportFilter filter;
    filter.accounts = accounts.value();
    for (const auto &[option, target] :
         {std::pair{"active-from", &filter.activeFrom}, std::pair{"active-until", &filter.activeUntil}}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            auto date = parseDate(parser.value(QString::fromLatin1(option)));
            if (!date) {
                return date.error();
            }
            *target = date.value();
        }
    }
    return filter;
}

int runRegister(Context &context, const QCommandLineParser &parser)
{
    const auto options = commonOptions(context, parser, QStringLiteral("report register"));
    if (!options) {
        return UsageError;
    }
    auto filter = registerFilter(parser);
    if (!filter) {
        return fail(filter.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(Reports(vault).accountRegister(session, filter.value(), *options), parser);
    });
}

int runHealth(Context &context, const QCommandLineParser &parser)
{
    const auto options = commonOptions(context, parser, QStringLiteral("report health"));
    if (!options) {
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(Reports(vault).health(session, *options), parser);
    });
}

void addLogOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("from"), CliText::tr("First day of the extract (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("until"), CliText::tr("Last day of the extract (YYYY-MM-DD)."), QStringLiteral("DATE")},
    });
}

int runLog(Context &context, const QCommandLineParser &parser)
{
    const auto options = commonOptions(context, parser, QStringLiteral("report log"));
    if (!options) {
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("until"))) {
        printNotice(CliText::tr("brankas-cli report log: give --from DATE and --until DATE."));
        return UsageError;
    }
    auto from = parseDate(parser.value(QStringLiteral("from")));
    auto until = parseDate(parser.value(QStringLiteral("until")));
    if (!from || !until) {
        return fail(from ? until.error() : from.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(Reports(vault).logExtract(session, from.value(), until.value(), *options), parser);
    });
}

int runRecoverySheet(Context &context, const QCommandLineParser &parser)
{
    const auto options = commonOptions(context, parser, QStringLiteral("report recovery-sheet"));
    if (!options) {
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(Reports(vault).recoverySheet(session, *options), parser);
    });
}
void addEvaluationOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("year"), CliText::tr("The year evaluated."), QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("area"),
                      CliText::tr("Only the kecamatan of this province (72) or regency (72.05); the whole vault "
                                  "when left out."),
                      QStringLiteral("CODE")});
}

int runEvaluation(Context &context, const QCommandLineParser &parser)
{
    auto options = commonOptions(context, parser, QStringLiteral("report evaluation"));
    if (!options) {
        return UsageError;
    }
    bool yearOk = false;
    const int year = parser.value(QStringLiteral("year")).trimmed().toInt(&yearOk);
    if (!parser.isSet(QStringLiteral("year")) || !yearOk) {
        printNotice(CliText::tr("brankas-cli report evaluation: give --year YYYY."));
        return UsageError;
    }
    // main() made a QApplication for this command: Qt Charts draws with QGraphicsScene.
    options->chartPainter = std::make_shared<Charts::QtChartPainter>();
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        return write(Reports(vault).evaluation(session, year, *options, parser.value(QStringLiteral("area")).trimmed()),
                     parser);
    });
}
} // namespace

Command reportHandoverCommand()
{
    return Command{QStringLiteral("report handover"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print the berita acara of a handover to PDF"),
                   signInLines(), addHandoverOptions, runHandover};
}

Command reportRegisterCommand()
{
    return Command{QStringLiteral("report register"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print the account register to PDF"), signInLines(),
                   addRegisterOptions, runRegister};
}

Command reportHealthCommand()
{
    return Command{QStringLiteral("report health"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print the health check's findings to PDF"),
                   signInLines(), addCommonOptions, runHealth};
}

Command reportLogCommand()
{
    return Command{QStringLiteral("report log"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print an archive log extract with its verification to "
                                                              "PDF"),
                   signInLines(), addLogOptions, runLog};
}

Command reportEvaluationCommand()
{
    return Command{QStringLiteral("report evaluation"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print the yearly evaluation of the accounts, with "
                                                              "charts, as PDF"),
                   signInLines(), addEvaluationOptions, runEvaluation};
}

Command reportRecoverySheetCommand()
{
    return Command{QStringLiteral("report recovery-sheet"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print the recovery sheet for the office safe to PDF "
                                                              "(administrators)"),
                   signInLines(), addCommonOptions, runRecoverySheet};
}

} // namespace Brankas::Cli
