// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/io/outputfile.h>
#include <core/reports/recoverysheet.h>
#include <core/reports/reportprinter.h>
#include <core/vault/recoveryproposal.h>

#include <QDir>
#include <QFile>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("sheet"),
         CliText::tr("Write the new recovery sheet, with the new passphrase on it, to this PDF."),
         QStringLiteral("FILE.pdf")},
        {QStringLiteral("paper"), CliText::tr("a4 (default) or f4 (215 x 330 mm), for --sheet."),
         QStringLiteral("PAPER")},
        {QStringLiteral("propose"),
         CliText::tr("Let Brankas choose the new passphrase (six words, as the setup does) and print it only on the "
                     "--sheet; standard input then has no line for it.")},
    });
}

// The new passphrase is on paper before it is the vault's: the sheet is written first, the change
// committed next, and the sheet removed again when the change is refused.
int run(Context &context, const QCommandLineParser &parser)
{
    const bool propose = parser.isSet(QStringLiteral("propose"));
    const QString sheetPath = parser.value(QStringLiteral("sheet"));
    if (!parser.positionalArguments().isEmpty() || (propose && sheetPath.isEmpty())) {
        printNotice(CliText::tr("brankas-cli recovery change: takes no NAME; --propose needs --sheet FILE.pdf, the "
                                "only place the proposed passphrase is written."));
        return UsageError;
    }
    ReportOptions options;
    options.language = context.language;
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = paperFromId(parser.value(QStringLiteral("paper")));
        if (!paper) {
            printNotice(CliText::tr("brankas-cli recovery change: the paper is a4 or f4."));
            return UsageError;
        }
        options.paper = *paper;
    }
    if (!sheetPath.isEmpty()) {
        if (Status target = checkOutputPath(sheetPath); !target) {
            return fail(target.error());
        }
    }
    context.readRecovery = true;
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        if (!canManageOfficers(session.officer.role)) {
            return fail(Error(ErrorCode::PermissionDenied,
                              QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can change the "
                                                                  "recovery passphrase.")));
        }
        auto replacement = propose ? proposeRecoveryPassphrase()
                                   : context.passphrases.read(CliText::tr("new recovery passphrase"), true);
        if (!replacement) {
            return fail(replacement.error());
        }
        if (!sheetPath.isEmpty()) {
            auto facts = Reports(vault).recoverySheetFacts(session);
            if (!facts) {
                return fail(facts.error());
            }
            ReportDocument sheet = recoverySheetDocument(facts.value(), options, &replacement.value());
            const Status written = writeReportPdf(sheet, sheetPath);
            sheet.wipeSensitive();
            if (!written) {
                return fail(written.error());
            }
        }
        const Status changed =
            vault.changeRecovery(session, context.recoveryPassphrase->view(), replacement.value().view());
        if (!changed) {
            if (!sheetPath.isEmpty()) {
                QFile::remove(sheetPath); // a sheet whose passphrase opens nothing must not reach the safe
            }
            return fail(changed.error());
        }
        printLine(CliText::tr("The recovery passphrase is replaced: the old one and its sheet open nothing any more. "
                              "Destroy the old sheet."));
        if (!sheetPath.isEmpty()) {
            printLine(CliText::tr("The new recovery sheet is %1: print it for the office safe, then delete the file.")
                          .arg(QDir::toNativeSeparators(sheetPath)));
        }
        return Success;
    });
}
} // namespace

Command recoveryChangeCommand()
{
    return Command{QStringLiteral("recovery change"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "replace the recovery passphrase and print its new sheet; the old passphrase "
                                     "opens nothing any more (administrators)"),
                   {CliText::tr("your passphrase (the officer given with --officer)"),
                    CliText::tr("the current recovery passphrase"),
                    CliText::tr("the new recovery passphrase, unless --propose is given"),
                    CliText::tr("a new passphrase of your own, only if an administrator reset yours (officer reset)")},
                   addOptions,
                   run};
}

} // namespace Brankas::Cli
