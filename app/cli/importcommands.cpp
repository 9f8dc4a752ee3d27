// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/import/accountimport.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
void addImportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("sheet"), CliText::tr("Sheet of the workbook to read (default: the first)."),
         QStringLiteral("NAME")},
        {QStringLiteral("map"), CliText::tr("Read the column HEADER as FIELD (repeatable)."),
         QStringLiteral("HEADER=FIELD")},
        {QStringLiteral("term"), CliText::tr("Term of rows that name none (default: the current term)."),
         QStringLiteral("ID")},
        {QStringLiteral("dry-run"), CliText::tr("Check every row and list the problems; record nothing.")},
        {QStringLiteral("skip-invalid"), CliText::tr("Record the valid rows even when other rows have problems.")},
    });
    addJsonOption(parser);
}

QString problemLine(const ImportProblem &problem)
{
    return problem.column.isEmpty()
               ? CliText::tr("row %1: %2").arg(problem.row).arg(problem.message)
               : CliText::tr("row %1: %2: %3").arg(problem.row).arg(problem.column, problem.message);
}

void report(const ImportPreview &preview, int recorded, bool json)
{
    if (json) {
        QJsonArray problems;
        for (const ImportProblem &problem : preview.problems) {
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("valid"), qint64(preview.valid.size())},
                                            {QStringLiteral("invalid"), preview.invalidRows},
                                            {QStringLiteral("duplicates"), preview.duplicates},
                                            {QStringLiteral("recorded"), recorded},
                                            {QStringLiteral("problems"), problems}}));
        return;
    }
    if (!preview.ignoredColumns.isEmpty()) {
        printNotice(
            CliText::tr("Columns not recognised, ignored: %1").arg(preview.ignoredColumns.join(QStringLiteral(", "))));
    }
    for (const ImportProblem &problem : preview.problems) {
        printLine(problemLine(problem));
    }
    printLine(CliText::tr("Valid rows: %1, rows with problems: %2 (duplicates: %3), recorded: %4")
                  .arg(qint64(preview.valid.size()))
                  .arg(preview.invalidRows)
                  .arg(preview.duplicates)
                  .arg(recorded));
}

int runImport(Context &context, const QCommandLineParser &parser)
{
    auto path = singlePositional(parser, QStringLiteral("FILE"));
    if (!path) {
        return fail(path.error());
    }
    ImportOptions options;
    options.fileName = QFileInfo(path.value()).fileName();
    options.sheetName = parser.value(QStringLiteral("sheet"));
    for (const QString &text : parser.values(QStringLiteral("map"))) {
        auto mapped = parseColumnOverride(text);
        if (!mapped) {
            return fail(mapped.error());
        }
        options.overrides.insert(mapped.value().first, mapped.value().second);
    }
    if (parser.isSet(QStringLiteral("term"))) {
        auto term = parseId(parser.value(QStringLiteral("term")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
        if (!term) {
            return fail(term.error());
        }
        options.termId = term.value();
    }
    const auto read = readInputFile(path.value());
    if (!read) {
        return fail(read.error());
    }
    const QByteArray &bytes = read.value();

    return context.withSession([&](Vault &vault, const Session &session) -> int {
        AccountImport import(vault);
        auto preview = import.preview(session, bytes, options);
        if (!preview) {
            return fail(preview.error());
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool problems = !preview.value().problems.isEmpty();
        if (parser.isSet(QStringLiteral("dry-run"))) {
            report(preview.value(), 0, json);
            return problems ? Failure : Success;
        }
        const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        if (problems && !skipInvalid) {
            report(preview.value(), 0, json);
            printNotice(CliText::tr("Nothing was recorded: correct the rows above, or give --skip-invalid to record "
                                    "only the valid rows."));
            return Failure;
        }
        auto recorded = import.record(session, preview.value(), options, skipInvalid);
        if (!recorded) {
            report(preview.value(), 0, json);
            return fail(recorded.error());
        }
        report(preview.value(), recorded.value(), json);
        if (preview.value().hasPasswords) {
            printNotice(CliText::tr("The passwords are now encrypted in the vault, but %1 still holds them in the "
                                    "clear: destroy the file and any copy of it (e-mail, USB stick, recycle bin).")
                            .arg(options.fileName));
        }
        return Success;
    });
}
} // namespace

Command importCommand()
{
    return Command{QStringLiteral("import"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "bring accounts in from an Excel workbook (.xlsx) or a "
                                                              "CSV file, every row checked first"),
                   signInLines(), addImportOptions, runImport};
}

} // namespace Brankas::Cli
