// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <core/clock.h>
#include <core/i18n/language.h>
#include <core/keychain/keystore.h>
#include <core/vault/vault.h>

#include <QStringList>

#include <functional>
#include <optional>

namespace Brankas::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2, LogTampered = 3 };

// What every command shares: the global options, the passphrase source, and the steps to open a
// vault and sign an officer in.
class Context
{
public:
    Context(KeyStore &keyStore, const Clock &clock);

    QString vaultPath;
    QString officerName;
    Language language = Language::Indonesian; // of messages and of printed reports
    PassphraseInput passphrases;
    // `officer passphrase`: the sign-in also reads the new passphrase (after the recovery one).
    bool changePassphrase = false;
    // `recovery change`: the recovery passphrase is always read, right after the officer's, and kept
    // here (it also opens the vault when the keychain cannot).
    bool readRecovery = false;
    std::optional<SecretBytes> recoveryPassphrase;

    KeyStore &keyStore() { return m_keyStore; }
    // A vault on a server that asks for a password this PC does not have yet: reads it (the first
    // line of standard input, before any passphrase) and keeps it in this PC's keychain. `init` and
    // `recover` only; see enrolServerPassword.
    Status enrolServerPassword();
    VaultEnvironment environment() { return VaultEnvironment{m_keyStore, m_clock, {}}; }

    // Opens the vault for writing, unlocks it (keychain first, recovery passphrase if the keychain
    // cannot give the key) and signs the officer in. Reads the officer's passphrase, then the
    // recovery passphrase only if it is needed, then a new passphrase if the officer's was reset (or
    // changePassphrase is set).
    // A vault whose archive log's end fails its check is refused with ErrorCode::LogTampered (exit
    // 3), unless the command is there to examine it (`allowTampered`).
    Result<std::unique_ptr<Vault>> openAndSignIn(Session &session, bool allowTampered = false);
    // What a command does once it has the vault and its officer; returns the exit code.
    using SessionWork = std::function<int(Vault &vault, const Session &session)>;
    // The one place a command opens the vault and signs in (openAndSignIn): a failure there ends
    // the command with its message and exit code, so a command holds only its own work.
    int withSession(const SessionWork &work, bool allowTampered = false);

private:
    Result<Session> signInChangingPassphrase(Vault &vault, const SecretBytes &passphrase);

    KeyStore &m_keyStore;
    const Clock &m_clock;
};

// Ends a command that failed: prints the one line on stderr and returns the exit code.
int fail(const Error &error);

} // namespace Brankas::Cli
