#pragma once

#include <QByteArrayView>
#include <QString>

// The action names written into the archive log. They are stable identifiers that scripts filter
// on, so they are never translated and never renamed.
namespace Brankas::LogAction {

inline QString vaultCreated()
{
    return QStringLiteral("vault.created");
}
inline QString vaultMigrated()
{
    return QStringLiteral("vault.migrated");
}
inline QString unlockedWithRecovery()
{
    return QStringLiteral("vault.unlocked-with-recovery");
}
inline QString keychainRestored()
{
    return QStringLiteral("vault.keychain-restored");
}
inline QString signedIn()
{
    return QStringLiteral("officer.signed-in");
}
inline QString signInFailed()
{
    return QStringLiteral("officer.sign-in-failed");
}
inline QString officerAdded()
{
    return QStringLiteral("officer.added");
}
// An officer who had no signing key (their vault predates signed entries) made one at sign-in.
inline QString officerKeysRegistered()
{
    return QStringLiteral("officer.keys-registered");
}
// The secrets key was made and every stored secret moved under it (a vault made before it existed).
inline QString secretsKeyCreated()
{
    return QStringLiteral("secrets.key-created");
}
// The secrets key was sealed to an officer (or to the recovery passphrase), or taken away.
inline QString secretsAccessGranted()
{
    return QStringLiteral("secrets.access-granted");
}
inline QString secretsAccessRevoked()
{
    return QStringLiteral("secrets.access-revoked");
}
// An administrator verified every signature up to an entry; later verifications start there.
inline QString logCheckpoint()
{
    return QStringLiteral("log.checkpoint");
}
inline QString secretRevealed()
{
    return QStringLiteral("secret.revealed");
}
inline QString secretCopied()
{
    return QStringLiteral("secret.copied");
}

inline QString handoverCreated()
{
    return QStringLiteral("handover.created");
}
inline QString handoverUpdated()
{
    return QStringLiteral("handover.updated");
}
inline QString handoverDiscarded()
{
    return QStringLiteral("handover.discarded");
}
inline QString handoverFinalized()
{
    return QStringLiteral("handover.finalized");
}
// A report printed with the credentials of accounts in it (the sealed-envelope annex).
// Accounts were brought in from an office's spreadsheet (file name, SHA-256 and counts).
inline QString registerImported()
{
    return QStringLiteral("register.imported");
}
// The register was written to a spreadsheet (.xlsx or .csv) without any secret.
inline QString reportExported()
{
    return QStringLiteral("report.exported");
}
inline QString reportSecretsPrinted()
{
    return QStringLiteral("report.secrets-printed");
}

// Entries that no officer can sign, because nobody has proved who they are when they happen: a
// failed sign-in, an unlock with the recovery passphrase before anyone signs in, an upgrade of the
// vault's format. The chain still covers them.
inline bool isSignedByOfficer(QByteArrayView action)
{
    return action != QByteArrayView("officer.sign-in-failed") && action != QByteArrayView("vault.migrated") &&
           action != QByteArrayView("vault.unlocked-with-recovery");
}

} // namespace Brankas::LogAction
