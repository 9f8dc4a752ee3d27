// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/evaluation/metrics.h>
#include <core/evaluation/metricsimport.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
const char *const FigureNames[] = {"followers", "posts", "reach", "engagement"};

// "" clears a figure (it becomes unknown); anything else must be a whole number.
Result<std::optional<qint64>> parseFigureOption(const QString &name, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return std::optional<qint64>();
    }
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || text.trimmed().startsWith(QLatin1Char('+'))) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "--%1 takes a whole number, e.g. 1250, or \"\" to clear it; "
                                                         "\"%2\" is not one."),
                     {name, text});
    }
    return std::optional<qint64>(value);
}

QJsonValue figureJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString figureText(const std::optional<qint64> &value, int width)
{
    return (value ? QString::number(*value) : QStringLiteral("-")).rightJustified(width);
}

QString figuresLine(const MonthlyFigures &figures)
{
    return QStringLiteral("%1  %2 %3 %4 %5 %6")
        .arg(figures.accountId, 6)
        .arg(monthText(figures.month), figureText(figures.followers, 12), figureText(figures.posts, 8),
             figureText(figures.reach, 12), figureText(figures.engagement, 12));
}

QJsonObject figuresJson(const MonthlyFigures &figures)
{
    return QJsonObject{{QStringLiteral("account"), figures.accountId},
                       {QStringLiteral("month"), monthText(figures.month)},
                       {QStringLiteral("followers"), figureJson(figures.followers)},
                       {QStringLiteral("posts"), figureJson(figures.posts)},
                       {QStringLiteral("reach"), figureJson(figures.reach)},
                       {QStringLiteral("engagement"), figureJson(figures.engagement)}};
}

Result<QDate> parseMonth(const QString &text)
{
    const QDate month = monthFromText(text);
    if (!month.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a month: write YYYY-MM, e.g. 2025-03."),
                     {text});
    }
    return month;
}

void addSetOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account (see account list)."));
    parser.addOptions({
        {QStringLiteral("month"), CliText::tr("The month the figures are for (YYYY-MM)."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("followers"), CliText::tr("Followers at the end of the month (\"\" clears it)."),
         QStringLiteral("N")},
        {QStringLiteral("posts"), CliText::tr("Posts published in the month."), QStringLiteral("N")},
        {QStringLiteral("reach"), CliText::tr("Reach (or impressions) in the month."), QStringLiteral("N")},
        {QStringLiteral("engagement"), CliText::tr("Likes, comments and shares in the month."), QStringLiteral("N")},
    });
}

int runSet(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    if (!parser.isSet(QStringLiteral("month"))) {
        printNotice(CliText::tr("brankas-cli metrics set: give the account's ID, --month YYYY-MM and at least one "
                                "figure."));
        return UsageError;
    }
    auto month = parseMonth(parser.value(QStringLiteral("month")));
    if (!month) {
        return fail(month.error());
    }
    FigureChange change;
    std::optional<std::optional<qint64>> *targets[] = {&change.followers, &change.posts, &change.reach,
                                                       &change.engagement};
    for (int i = 0; i < 4; ++i) {
        const QString name = QString::fromLatin1(FigureNames[i]);
        if (parser.isSet(name)) {
            auto value = parseFigureOption(name, parser.value(name));
            if (!value) {
                return fail(value.error());
            }
            *targets[i] = value.value();
        }
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto figures = Metrics(vault).set(session, id.value(), month.value(), change);
        if (!figures) {
            return fail(figures.error());
        }
        printLine(CliText::tr("Figures recorded: %1").arg(figuresLine(figures.value()).trimmed()));
        return Success;
    });
}

void addListOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("account"), CliText::tr("Only this account."), QStringLiteral("ID")},
        {QStringLiteral("year"), CliText::tr("Only the months of this year."), QStringLiteral("YYYY")},
    });
    addJsonOption(parser);
}

int runList(Context &context, const QCommandLineParser &parser)
{
    MetricFilter filter;
    if (parser.isSet(QStringLiteral("account"))) {
        auto id =
            parseId(parser.value(QStringLiteral("account")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
        if (!id) {
            return fail(id.error());
        }
        filter.accountId = id.value();
    }
    if (parser.isSet(QStringLiteral("year"))) {
        auto year = parseYear(parser.value(QStringLiteral("year")));
        if (!year) {
            return fail(year.error());
        }
        filter.year = year.value();
    }
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto figures = Metrics(vault).list(filter);
        if (!figures) {
            return fail(figures.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const MonthlyFigures &month : figures.value()) {
                array.append(figuresJson(month));
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        printLine(QStringLiteral("%1  %2 %3 %4 %5 %6")
                      .arg(CliText::tr("Account").rightJustified(6), CliText::tr("Month").leftJustified(7),
                           CliText::tr("Followers").rightJustified(12), CliText::tr("Posts").rightJustified(8),
                           CliText::tr("Reach").rightJustified(12), CliText::tr("Engagement").rightJustified(12)));
        for (const MonthlyFigures &month : figures.value()) {
            printLine(figuresLine(month));
        }
        return Success;
    });
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .xlsx or .csv file with the figures."));
    parser.addOptions({
        {QStringLiteral("account"), CliText::tr("The account a platform's own export is of."), QStringLiteral("ID")},
        {QStringLiteral("sheet"), CliText::tr("Sheet of the workbook to read (default: the first)."),
         QStringLiteral("NAME")},
        {QStringLiteral("dry-run"), CliText::tr("Check every row and list the problems; record nothing.")},
    });
    addJsonOption(parser);
}

void reportImport(const MetricsImportPreview &preview, int recorded, bool json)
{
    if (json) {
        QJsonArray problems;
        for (const ImportProblem &problem : preview.problems) {
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("layout"), metricsLayoutId(preview.layout)},
                                            {QStringLiteral("months"), qint64(preview.months.size())},
                                            {QStringLiteral("changed"), preview.changed},
                                            {QStringLiteral("recorded"), recorded},
                                            {QStringLiteral("problems"), problems}}));
        return;
    }
    printLine(CliText::tr("Layout: %1").arg(metricsLayoutName(preview.layout)));
    if (!preview.ignoredColumns.isEmpty()) {
        printNotice(
            CliText::tr("Columns not used, ignored: %1").arg(preview.ignoredColumns.join(QStringLiteral(", "))));
    }
    for (const ImportProblem &problem : preview.problems) {
        printLine(problem.column.isEmpty()
                      ? CliText::tr("row %1: %2").arg(problem.row).arg(problem.message)
                      : CliText::tr("row %1: %2: %3").arg(problem.row).arg(problem.column, problem.message));
    }
    for (const MonthlyFigures &month : preview.months) {
        printLine(figuresLine(month));
    }
    printLine(CliText::tr("Months: %1 (changing figures already recorded: %2), rows with problems: %3, recorded: %4")
                  .arg(qint64(preview.months.size()))
                  .arg(preview.changed)
                  .arg(qint64(preview.problems.size()))
                  .arg(recorded));
}

int runImport(Context &context, const QCommandLineParser &parser)
{
    auto path = singlePositional(parser, QStringLiteral("FILE"));
    if (!path) {
        return fail(path.error());
    }
    MetricsImportOptions options;
    options.fileName = QFileInfo(path.value()).fileName();
    options.sheetName = parser.value(QStringLiteral("sheet"));
    if (parser.isSet(QStringLiteral("account"))) {
        auto id =
            parseId(parser.value(QStringLiteral("account")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
        if (!id) {
            return fail(id.error());
        }
        options.accountId = id.value();
    }
    const auto read = readInputFile(path.value());
    if (!read) {
        return fail(read.error());
    }
    const QByteArray &bytes = read.value();

    return context.withSession([&](Vault &vault, const Session &session) -> int {
        MetricsImport import(vault);
        auto preview = import.preview(bytes, options);
        if (!preview) {
            return fail(preview.error());
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool problems = !preview.value().problems.isEmpty();
        if (parser.isSet(QStringLiteral("dry-run"))) {
            reportImport(preview.value(), 0, json);
            return problems ? Failure : Success;
        }
        if (problems) {
            reportImport(preview.value(), 0, json);
            printNotice(CliText::tr("Nothing was recorded: correct the rows above and import the file again."));
            return Failure;
        }
        auto recorded = import.record(session, preview.value(), options);
        if (!recorded) {
            reportImport(preview.value(), 0, json);
            return fail(recorded.error());
        }
        reportImport(preview.value(), recorded.value(), json);
        return Success;
    });
}
} // namespace

Command metricsSetCommand()
{
    return Command{QStringLiteral("metrics set"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "record an account's figures for one month"),
                   signInLines(), addSetOptions, runSet};
}

Command metricsImportCommand()
{
    return Command{QStringLiteral("metrics import"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "bring monthly figures in from a sheet or a platform's "
                                                              "export, every row checked first"),
                   signInLines(), addImportOptions, runImport};
}

Command metricsListCommand()
{
    return Command{QStringLiteral("metrics list"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list the monthly figures of the accounts"),
                   signInLines(), addListOptions, runList};
}

} // namespace Brankas::Cli
