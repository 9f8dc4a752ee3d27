// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/vault/vaultaddress.h>
#include <core/vault/vaultmove.h>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("to"),
                      CliText::tr("Where the copy goes: a new vault file, or an empty database on a PostgreSQL server "
                                  "(postgresql://USER@HOST[:PORT]/DATABASE)."),
                      QStringLiteral("FILE|URL")});
}

int run(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("to"))) {
        printNotice(CliText::tr("brankas-cli vault move: give --to FILE or --to postgresql://USER@HOST/DATABASE."));
        return UsageError;
    }
    const QString target = parser.value(QStringLiteral("to"));
    if (auto address = VaultAddress::parse(target); !address) {
        printError(address.error());
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        // The target's server may ask for its own password first (read after the sign-in lines).
        const QString source = context.vaultPath;
        context.vaultPath = target;
        Status enrolled = context.enrolServerPassword();
        context.vaultPath = source;
        if (!enrolled) {
            return fail(enrolled.error());
        }
        auto moved = moveVault(vault, session, target, context.environment(),
                               context.recoveryPassphrase ? context.recoveryPassphrase->view() : QByteArrayView());
        if (!moved) {
            return fail(moved.error());
        }
        printLine(labelled({
            {CliText::tr("Copied to"), moved.value().target},
            {CliText::tr("Archive log"), moved.value().log.summary()},
        }));
        printLine(CliText::tr("The vault at %1 was left as it was. Once every officer uses the new place (--vault %2), "
                              "keep the old one as a copy or remove it.")
                      .arg(vault.path(), moved.value().target));
        return Success;
    });
}
} // namespace

Command vaultMoveCommand()
{
    return Command{QStringLiteral("vault move"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "copy the vault to a new file or to a PostgreSQL server (either way), verify the "
                                     "copy's archive log, and leave the vault itself untouched (administrators)"),
                   signInLines(), addOptions, run};
}

} // namespace Brankas::Cli
