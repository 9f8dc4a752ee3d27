#pragma once

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
inline QString reportSecretsPrinted()
{
    return QStringLiteral("report.secrets-printed");
}

} // namespace Brankas::LogAction
