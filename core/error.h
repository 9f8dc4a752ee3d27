// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Brankas {

// What went wrong, as a category callers can act on; the message says it to the officer.
enum class ErrorCode {
    None,
    InvalidInput,             // a value the officer typed or a script passed is not acceptable
    NotFound,                 // a named thing (officer, entry, regency) does not exist
    AlreadyExists,            // creating something that is already there
    PermissionDenied,         // the signed-in officer's role does not allow this
    WrongPassphrase,          // officer or recovery passphrase does not match
    PassphraseChangeRequired, // a temporary passphrase signs in only together with a new one
    NoVault,                  // there is no file at the given path
    NotAVault,                // the file is not a Brankas vault
    VaultDamaged,             // a Brankas vault whose content is broken
    VaultTooNew,              // written by a newer Brankas than this one
    VaultNeedsUpgrade,        // an older format opened read-only, so it cannot be upgraded
    VaultInUse,               // another process holds the vault for writing
    VaultLocked,              // the vault key is not in memory
    DamagedOrMovedData,       // an encrypted value failed authentication
    KeychainUnavailable,      // no OS keychain service could be reached
    KeychainEntryMissing,
    KeychainDenied, // keychain refused access or is locked
    KeychainTimeout,
    KeychainMismatch, // the keychain holds a key that does not open this vault
    LogTampered,      // the archive log failed verification
    Storage,          // the database refused an operation
    Crypto,           // the crypto library failed (not a wrong key)
    Io,               // reading or writing a file failed
    Cancelled,
    Conflict, // the record changed (another window or PC) since the officer looked at it
    Busy,     // this window is still reading the vault (a verification under way); nothing was changed
};

// The one error type of Brankas. The message is kept as an untranslated source text and translated
// when it is shown, so the same error reads correctly in whichever language the UI is switched to.
// Create messages with QT_TRANSLATE_NOOP("Brankas::Error", "...") so lupdate collects them.
class Error
{
public:
    static constexpr const char *TranslationContext = "Brankas::Error";

    Error() = default;
    Error(ErrorCode code, const char *sourceText, QStringList arguments = {});

    ErrorCode code() const { return m_code; }
    bool isError() const { return m_code != ErrorCode::None; }

    // The message in the current UI language, with its arguments filled in.
    QString message() const;
    // The message in English (source language), for logs a developer reads.
    QString untranslatedMessage() const;

    // Technical detail (e.g. a SQLite error text). Never holds secrets; shown only on request.
    QString detail() const { return m_detail; }
    Error &withDetail(const QString &detail);

    const char *sourceText() const { return m_sourceText; }
    const QStringList &arguments() const { return m_arguments; }

private:
    ErrorCode m_code = ErrorCode::None;
    const char *m_sourceText = "";
    QStringList m_arguments;
    QString m_detail;
};

QString errorCodeName(ErrorCode code);

// The vault key is not in memory (never unlocked, or locked again): the officer signs in again.
Error vaultLockedError();

} // namespace Brankas
