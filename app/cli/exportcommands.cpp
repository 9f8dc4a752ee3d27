// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountformat.h"
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/domain/role.h>
#include <core/export/registerexport.h>
#include <core/register/accounts.h>

namespace Brankas::Cli {

namespace {
void addExportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("out"), CliText::tr("The file to write: NAME.xlsx (Excel) or NAME.csv."),
         QStringLiteral("FILE")},
        {QStringLiteral("kecamatan"), CliText::tr("Only this kecamatan (code)."), QStringLiteral("CODE")},
        {QStringLiteral("platform"), CliText::tr("Only this platform."), QStringLiteral("P")},
        {QStringLiteral("status"), CliText::tr("Only this status."), QStringLiteral("S")},
        {QStringLiteral("term"), CliText::tr("Only accounts of this term (number)."), QStringLiteral("ID")},
        {QStringLiteral("with-secrets"),
         CliText::tr("Add the Password column (administrators only; reads your passphrase again). The file is "
                     "not protected.")},
    });
}

int runExportRegister(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        printNotice(CliText::tr("brankas-cli export register: give --out FILE.xlsx or --out FILE.csv."));
        return UsageError;
    }
    auto filter = accountFilterFrom(parser);
    if (!filter) {
        return fail(filter.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto accounts = Accounts(vault).list(filter.value());
        if (!accounts) {
            return fail(accounts.error());
        }
        const QString path = parser.value(QStringLiteral("out"));
        RegisterExport exporter(vault);
        if (!parser.isSet(QStringLiteral("with-secrets"))) {
            if (Status written = exporter.write(session, accounts.value(), path); !written) {
                return fail(written.error());
            }
            printLine(CliText::tr("%n account(s) written to %1", nullptr, int(accounts.value().size())).arg(path));
            return Success;
        }
        // Refused before the passphrase is asked again: an operator is not asked for nothing.
        if (!canManageOfficers(session.officer.role)) {
            return fail(Error(ErrorCode::PermissionDenied,
                              QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can export the register with "
                                                                  "its passwords.")));
        }
        auto again = context.passphrases.read(CliText::tr("passphrase of officer %1, again").arg(session.officer.name));
        if (!again) {
            return fail(again.error());
        }
        if (Status written = exporter.writeWithPasswords(session, accounts.value(), path, again.value().view());
            !written) {
            return fail(written.error());
        }
        printLine(CliText::tr("%n account(s) written to %1", nullptr, int(accounts.value().size())).arg(path));
        printNotice(CliText::tr("Warning: %1 holds the passwords in the clear and is not protected. Keep it off shared "
                                "folders and e-mail, and destroy it once it has been imported.")
                        .arg(path));
        return Success;
    });
}
} // namespace

Command exportRegisterCommand()
{
    return Command{QStringLiteral("export register"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "write the register (no secret) to an Excel workbook "
                                                              "or a CSV file, with the headers import reads"),
                   signInLines() << CliText::tr("with --with-secrets: the same passphrase again"), addExportOptions,
                   runExportRegister};
}

} // namespace Brankas::Cli
