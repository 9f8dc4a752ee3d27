// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "../crypto/kdf.h"
#include "../domain/region.h"
#include "../keychain/keystore.h"
#include "../log/archivelog.h"
#include "../result.h"
#include "headlock.h"
#include "keychainstate.h"
#include "keywrap.h"
#include "officers.h"
#include "secretskey.h"
#include "session.h"
#include "signedinkeys.h"
#include "vaultlock.h"

#include <functional>
#include <memory>
#include <optional>

namespace Brankas {

class ReferenceData;
namespace Storage {
class Database;
class KeyWrapStore;
class LogStore;
class MetaStore;
class OfficerStore;
class SecretsWrapStore;
} // namespace Storage

// What a vault needs from outside; tests pass an in-memory key store, a fixed clock and cheap
// scrypt parameters, the app the OS keychain, the system clock and the defaults.
struct VaultEnvironment
{
    KeyStore &keyStore;
    const Clock &clock;
    Crypto::ScryptParams kdf = {};
};

struct NewVault
{
    QString regencyCode;
    QString adminName;
    QByteArrayView adminPassphrase;    // UTF-8
    QByteArrayView recoveryPassphrase; // UTF-8
};

struct VaultCounts
{
    qint64 officers = 0;
    qint64 logEntries = 0;
};

// The one door into a vault file: opens it (refusing anything that is not a healthy Brankas vault
// and leaving such a file untouched), unlocks its key, signs officers in and hands out services.
class Vault
{
public:
    enum class Access { ReadOnly, ReadWrite };

    struct Created;
    static Result<Created> create(const QString &path, const NewVault &spec, const ReferenceData &reference,
                                  VaultEnvironment environment);
    static Result<std::unique_ptr<Vault>> open(const QString &path, Access access, VaultEnvironment environment);
    ~Vault();

    const QString &path() const { return m_path; }
    const QString &id() const { return m_id; }
    int schemaVersion() const { return m_schemaVersion; }
    // The newest vault format this build reads and upgrades to, the same on every engine.
    static int latestSchemaVersion();
    QString officeName() const;
    Regency regency() const;
    QString provinceName() const;
    QDateTime createdAt() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    Result<VaultCounts> counts();

    // The vault key: from the keychain, or from the recovery passphrase when the keychain cannot
    // give it. A key that does not match the vault's check value is never used.
    bool isUnlocked() const { return m_key.has_value(); }
    Status unlockFromKeychain();
    Status unlockWithRecovery(QByteArrayView recoveryPassphrase, const QString &claimedOfficer);
    KeychainState keychainState();
    // What a failed unlockFromKeychain() means for this PC, without asking the keychain again.
    KeychainState keychainStateFor(const Error &unlockError) const;
    // Puts the (unlocked) key back into this PC's keychain. Administrators only; logged.
    Status restoreKeychain(const Session &session);
    // A key the caller already holds (a backup's header opened with the recovery passphrase). Refused,
    // like any key, unless it matches the vault's check value. (vaultbackup.cpp)
    Status unlockWithKey(SecretBytes key);
    // What a backup of this vault carries: the recovery passphrase's wrap of the vault key, as stored,
    // and the key that encrypts the backup, derived from the vault key and the backup's own salt.
    Result<KeyWrap> recoveryWrap();
    Result<SecretBytes> backupKey(QByteArrayView salt) const;
    // Replaces the recovery passphrase (administrators, who give the current one too): the vault key
    // is wrapped again and the recovery passphrase gets a new key pair, to which the secrets key is
    // sealed, in one logged transaction. The old passphrase and every sheet that carries it open
    // nothing any more.
    Status changeRecovery(const Session &session, QByteArrayView currentRecovery, QByteArrayView newRecovery);
    // Whether the recovery passphrase opens the passwords as well as the vault. A vault made before
    // format 5 gets the recovery passphrase's key pair only when recovery is next used or replaced.
    Result<bool> recoveryOpensSecrets();
    void lock();

    // Requires an unlocked vault, so that every attempt lands in the archive log. Opens the
    // officer's signing key and, for operators and administrators, the secrets key; gives an
    // officer from before format 5 their keys, and moves a vault's secrets under a secrets key the
    // first time an officer who may see them signs in.
    // An officer whose passphrase an administrator reset signs in only with a new one
    // (ErrorCode::PassphraseChangeRequired without it); it replaces the temporary one in the same
    // transaction. A disabled officer is refused, and the refusal logged.
    Result<Session> signIn(const QString &officerName, QByteArrayView passphrase, QByteArrayView newPassphrase = {});

    // The end check that ran when the key was accepted failed: the vault can be read, but nothing
    // is written to it (every change fails with ErrorCode::LogTampered).
    const std::optional<LogVerification> &logTampered() const { return m_log->tampered(); }
    // Verifies the log; after a full check by an administrator on a writable vault, records a
    // checkpoint so the next verification need not check every signature again.
    Result<LogVerification> verifyLog(const Session *session, const ArchiveLog::Progress &progress = {},
                                      bool full = false);
    // Whether this officer's sign-in can decrypt secrets (an operator whose access has not been
    // sealed to them yet cannot, until an administrator signs in).
    bool hasSecretsAccess(const Session &session) const;
    // The key check value stored in the file, read again, against the key in memory (vault check).
    Status checkKeyAgainstFile();

    Officers &officers() { return *m_officers; }
    ArchiveLog &log() { return *m_log; }

    // Encrypts and decrypts one secret field of one row, with the signed-in officer's secrets key.
    // Viewers can never decrypt; nor can anyone holding only the vault key.
    Result<QByteArray> sealField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                 QByteArrayView plaintext);
    Result<SecretBytes> openField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                  QByteArrayView sealed);

    // Runs a change and appends its log entries in one transaction: both commit or neither does.
    Status commitChange(const Session &session, const std::function<Result<QList<LogEvent>>()> &change,
                        HeadLock headLock = HeadLock::ForWholeChange);

    Storage::Database &database() { return *m_db; }
    const Clock &clock() const { return m_env.clock; }

    // A keyed hash of a password (HMAC under a key derived from the vault key): equal passwords
    // give equal tags, so reuse across accounts shows without decrypting anything.
    Result<QByteArray> passwordTag(const Session &session, QByteArrayView password) const;
    // The officer's log signer, for code that appends in its own transaction (bulk generators).
    std::optional<LogSigner> signerFor(const Session &session) const;

private:
    Vault(QString path, Access access, VaultEnvironment environment);
    Status load();
    Status seedIfUpgraded();
    Status acceptKey(SecretBytes key);
    const SecretFieldKeys *fieldKeysFor(const Session &session) const;
    struct SignInKeys;
    Result<SignInKeys> openSignInKeys(const Officers::Authenticated &officer, QList<LogEvent> &events);
    Status upgradeSecrets(SignInKeys &keys, QList<LogEvent> &events);

    QString m_path;
    Access m_access;
    VaultEnvironment m_env;
    std::unique_ptr<VaultLock> m_lock;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::MetaStore> m_meta;
    std::unique_ptr<Storage::KeyWrapStore> m_keyWraps;
    std::unique_ptr<Storage::OfficerStore> m_officerStore;
    std::unique_ptr<Storage::LogStore> m_logStore;
    std::unique_ptr<ArchiveLog> m_log;
    std::unique_ptr<Officers> m_officers;
    QString m_id;
    int m_schemaVersion = 0;
    QMap<QString, QString> m_metaValues;
    std::unique_ptr<Storage::SecretsWrapStore> m_secretsWraps;
    std::optional<SecretBytes> m_key;
    // Before format 5 secrets were sealed under keys derived from the vault key; they are used
    // only until the first sign-in of an officer who may see secrets moves them.
    std::optional<SecretFieldKeys> m_legacyKeys;
    // The secrets key as the recovery passphrase opened it, until the vault locks.
    std::optional<SecretBytes> m_recoverySecretsKey;
    SignedInKeyring m_keyring;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    Status keychain; // the vault exists either way; this says whether the keychain holds its key
};

// Where the GUI keeps its vault, and so where brankas-cli looks without --vault.
QString defaultVaultPath();

} // namespace Brankas
