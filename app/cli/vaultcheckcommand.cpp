// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/vault/vaultaddress.h>
#include <core/vault/vaultcheck.h>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &) {}

// Every problem is one line on standard output; the exit code is 3 when the archive log fails (as
// `log verify`), 1 for any other problem, 0 for none.
int run(Context &context, const QCommandLineParser &)
{
    return context.withSession(
        [&](Vault &vault, const Session &session) -> int {
            auto checked = checkVault(vault, session);
            if (!checked) {
                return fail(checked.error());
            }
            if (!checked.value().storageChecked.isEmpty()) {
                printLine(checked.value().storageChecked);
            }
            for (const QString &problem : checked.value().problems) {
                printLine(problem);
            }
            if (!checked.value().logIntact() || vault.logTampered()) {
                return LogTampered;
            }
            if (!checked.value().problems.isEmpty()) {
                return Failure;
            }
            // A server vault has no file of its own: its storage line above said what was checked there.
            const auto address = VaultAddress::parse(vault.path());
            const bool onServer = address && address.value().isServer();
            printLine((onServer ? CliText::tr("No problems: the server's guards, the key, the archive log (%1 entries) "
                                              "and every secret are whole.")
                                : CliText::tr("No problems: the file, the key, the archive log (%1 entries) and every "
                                              "secret are whole."))
                          .arg(checked.value().log.entries));
            return Success;
        },
        true);
}
} // namespace

Command vaultCheckCommand()
{
    return Command{QStringLiteral("vault check"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "check the vault file, its key, the archive log and every secret; one line per "
                                     "problem, exit 3 if the log fails"),
                   signInLines(), addOptions, run};
}

} // namespace Brankas::Cli
