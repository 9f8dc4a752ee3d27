// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../i18n/language.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <span>

// The action names written into the archive log. They are stable identifiers that scripts filter
// on, so they are never translated and never renamed.
namespace Brankas::LogAction {

// One action the archive log can hold and its words. The archive log refuses to write an action
// that is not in all(), so the log viewer, its filters and the printed log extract can always say
// in words what an entry records.
struct Description
{
    const char *action;
    const char *english;    // QT_TRANSLATE_NOOP("Brankas::LogAction", ...): the window's language
    const char *indonesian; // printed reports, whatever a translation file says (see reporttext.h)
};

std::span<const Description> all();
const Description *describe(QStringView action);
inline bool isDescribed(QStringView action)
{
    return describe(action) != nullptr;
}
// The action in words in the window's language; the identifier itself when not described.
QString words(QStringView action);
// The action in words for a printed report.
QString words(QStringView action, Language language);
// Every described action, in the order the log filters offer them.
QStringList identifiers();

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
// An encrypted backup was written (file name, SHA-256, size, entries it holds).
inline QString vaultBackedUp()
{
    return QStringLiteral("vault.backed-up");
}
// The vault was restored from a backup (the backup's SHA-256 and time), the first entry after it.
inline QString vaultRestored()
{
    return QStringLiteral("vault.restored");
}
inline QString recoveryChanged()
{
    return QStringLiteral("vault.recovery-changed");
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
// A disabled officer gave the right passphrase: refused, and unsigned like a failed sign-in.
inline QString signInRefused()
{
    return QStringLiteral("officer.sign-in-refused");
}
inline QString officerDisabled()
{
    return QStringLiteral("officer.disabled");
}
inline QString officerEnabled()
{
    return QStringLiteral("officer.enabled");
}
// Signed by an administrator; the verifier takes the officer's role from it.
inline QString officerRoleChanged()
{
    return QStringLiteral("officer.role-changed");
}
inline QString officerPassphraseChanged()
{
    return QStringLiteral("officer.passphrase-changed");
}
// An administrator gave an officer a temporary passphrase (and new keys, registered beside it).
inline QString officerPassphraseReset()
{
    return QStringLiteral("officer.passphrase-reset");
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
// Accounts were brought in from an office's spreadsheet (file name, SHA-256 and counts).
inline QString registerImported()
{
    return QStringLiteral("register.imported");
}
// The public list of official accounts was written for the office's website (its SHA-256, the
// number of accounts, the day it is for and each file's SHA-256).
inline QString registerPublished()
{
    return QStringLiteral("register.published");
}
// The register was written to a spreadsheet (.xlsx or .csv) without any secret.
inline QString reportExported()
{
    return QStringLiteral("report.exported");
}
// A report printed with the credentials of accounts in it (the sealed-envelope annex).
inline QString reportSecretsPrinted()
{
    return QStringLiteral("report.secrets-printed");
}

// Entries that no officer can sign, because nobody has proved who they are when they happen: a
// failed sign-in, an unlock with the recovery passphrase before anyone signs in, an upgrade of the
// vault's format. The chain still covers them.
inline bool isSignedByOfficer(QByteArrayView action)
{
    return action != QByteArrayView("officer.sign-in-failed") && action != QByteArrayView("officer.sign-in-refused") &&
           action != QByteArrayView("vault.migrated") && action != QByteArrayView("vault.unlocked-with-recovery");
}

} // namespace Brankas::LogAction
