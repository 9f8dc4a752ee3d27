// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &) {}

// On a new computer, after a reinstall, or when the keychain lost its entry: the recovery
// passphrase opens the vault and the key goes back into this computer's keychain. For a vault on a
// server this is how a PC enrols: with --vault postgresql://..., and the server's password first
// when the server asks for one that this PC does not have.
int run(Context &context, const QCommandLineParser &)
{
    if (context.officerName.trimmed().isEmpty()) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error",
                                            "Say which officer you are with --officer NAME (or BRANKAS_OFFICER).")));
    }
    // A PC enrolling in a vault on a server may first need the server's own password.
    if (Status enrolled = context.enrolServerPassword(); !enrolled) {
        return fail(enrolled.error());
    }
    auto vault = Vault::open(context.vaultPath, Vault::Access::ReadWrite, context.environment());
    if (!vault) {
        return fail(vault.error());
    }
    auto passphrase = context.passphrases.read(CliText::tr("passphrase of officer %1").arg(context.officerName));
    if (!passphrase) {
        return fail(passphrase.error());
    }
    auto recovery = context.passphrases.read(CliText::tr("recovery passphrase"));
    if (!recovery) {
        return fail(recovery.error());
    }
    if (Status status = vault.value()->unlockWithRecovery(recovery.value().view(), context.officerName); !status) {
        return fail(status.error());
    }
    auto session = vault.value()->signIn(context.officerName, passphrase.value().view());
    if (!session) {
        return fail(session.error());
    }
    if (Status status = vault.value()->restoreKeychain(session.value()); !status) {
        return fail(status.error());
    }
    printLine(CliText::tr("The vault key is back in this computer's keychain (%1): the vault opens here without the "
                          "recovery passphrase again.")
                  .arg(context.keyStore().backendName()));
    return Success;
}
} // namespace

Command recoverCommand()
{
    return Command{QStringLiteral("recover"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "open the vault with the recovery passphrase and put its key back into this "
                                     "computer's keychain (administrators); enrols a computer in a vault on a server, "
                                     "whose password, when the server asks for one this computer lacks, is the first "
                                     "line of standard input"),
                   {CliText::tr("the officer's passphrase"), CliText::tr("the recovery passphrase")},
                   addOptions,
                   run};
}

} // namespace Brankas::Cli
