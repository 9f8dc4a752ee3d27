// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "output.h"

#include <core/vault/serveraccess.h>

#include <QCoreApplication>

namespace Brankas::Cli {

namespace {
bool isKeychainProblem(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainEntryMissing:
    case ErrorCode::KeychainDenied:
    case ErrorCode::KeychainTimeout:
    case ErrorCode::KeychainMismatch:
        return true;
    default:
        return false;
    }
}
} // namespace

Context::Context(KeyStore &keyStore, const Clock &clock)
    : m_keyStore(keyStore)
    , m_clock(clock)
{}

int fail(const Error &error)
{
    printError(error);
    return error.code() == ErrorCode::LogTampered ? LogTampered : Failure;
}

Status Context::enrolServerPassword()
{
    auto address = VaultAddress::parse(vaultPath);
    if (!address) {
        return address.error();
    }
    return Brankas::enrolServerPassword(address.value(), m_keyStore, [&]() {
        return passphrases.read(CliText::tr("password of database user %1 on the server").arg(address.value().user()));
    });
}

Result<Session> Context::signInChangingPassphrase(Vault &vault, const SecretBytes &passphrase)
{
    if (!changePassphrase) {
        auto signedIn = vault.signIn(officerName, passphrase.view());
        if (signedIn || signedIn.error().code() != ErrorCode::PassphraseChangeRequired) {
            return signedIn;
        }
        printNotice(signedIn.error().message());
    }
    auto chosen = passphrases.read(CliText::tr("new passphrase of officer %1").arg(officerName), true);
    if (!chosen) {
        return chosen.error();
    }
    return vault.signIn(officerName, passphrase.view(), chosen.value().view());
}

Result<std::unique_ptr<Vault>> Context::openAndSignIn(Session &session, bool allowTampered)
{
    if (officerName.trimmed().isEmpty()) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "Say which officer you are with --officer NAME (or BRANKAS_OFFICER)."));
    }
    auto vault = Vault::open(vaultPath, Vault::Access::ReadWrite, environment());
    if (!vault) {
        return vault.error();
    }
    auto passphrase = passphrases.read(CliText::tr("passphrase of officer %1").arg(officerName));
    if (!passphrase) {
        return passphrase.error();
    }
    if (readRecovery) {
        auto recovery = passphrases.read(CliText::tr("recovery passphrase"));
        if (!recovery) {
            return recovery.error();
        }
        recoveryPassphrase = std::move(recovery).value();
    }
    Status unlocked = vault.value()->unlockFromKeychain();
    if (!unlocked) {
        if (!isKeychainProblem(unlocked.error().code())) {
            return unlocked.error();
        }
        printNotice(unlocked.error().message());
        if (!recoveryPassphrase) {
            printNotice(CliText::tr("The recovery passphrase from the recovery sheet opens the vault."));
            auto recovery = passphrases.read(CliText::tr("recovery passphrase"));
            if (!recovery) {
                return recovery.error();
            }
            recoveryPassphrase = std::move(recovery).value();
        }
        if (Status status = vault.value()->unlockWithRecovery(recoveryPassphrase->view(), officerName); !status) {
            return status.error();
        }
        printNotice(CliText::tr("Opened with the recovery passphrase. To open it without the "
                                "passphrase on this computer, an administrator runs: brankas-cli "
                                "recover"));
    }
    if (const auto &tampered = vault.value()->logTampered(); tampered && !allowTampered) {
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 Brankas changes nothing in this vault. Run `brankas-cli log verify` for "
                                       "the details, and restore the vault from a backup."),
                     {tampered->summary()});
    }
    auto signedIn = signInChangingPassphrase(*vault.value(), passphrase.value());
    if (!signedIn) {
        return signedIn.error();
    }
    session = signedIn.value();
    return vault;
}

int Context::withSession(const SessionWork &work, bool allowTampered)
{
    Session session;
    auto vault = openAndSignIn(session, allowTampered);
    if (!vault) {
        return fail(vault.error());
    }
    return work(*vault.value(), session);
}

} // namespace Brankas::Cli
