#pragma once

#include "../clock.h"
#include "../crypto/kdf.h"
#include "../domain/region.h"
#include "../keychain/keystore.h"
#include "../log/archivelog.h"
#include "../result.h"
#include "../storage/database.h"
#include "../storage/logstore.h"
#include "../storage/metastore.h"
#include "../storage/officerstore.h"
#include "keychainstate.h"
#include "officers.h"
#include "session.h"
#include "vaultlock.h"

#include <functional>
#include <memory>
#include <optional>

namespace Brankas {

class ReferenceData;

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
    void lock();

    // Requires an unlocked vault, so that every attempt lands in the archive log.
    Result<Session> signIn(const QString &officerName, QByteArrayView passphrase);

    Officers &officers() { return *m_officers; }
    ArchiveLog &log() { return *m_log; }

    // Encrypts and decrypts one secret field of one row. Viewers can never decrypt.
    Result<QByteArray> sealField(const QString &table, qint64 rowId, const QString &field, QByteArrayView plaintext);
    Result<SecretBytes> openField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                  QByteArrayView sealed);

    // Runs a change and appends its log entries in one transaction: both commit or neither does.
    Status commitChange(const Session &session, const std::function<Result<QList<LogEvent>>()> &change);

    Storage::Database &database() { return *m_db; }
    const Clock &clock() const { return m_env.clock; }

    // A keyed hash of a password (HMAC under a key derived from the vault key): equal passwords
    // give equal tags, so reuse across accounts shows without decrypting anything.
    Result<QByteArray> passwordTag(QByteArrayView password) const;

private:
    Vault(QString path, Access access, VaultEnvironment environment);
    Status load();
    Status seedIfUpgraded();
    Status acceptKey(SecretBytes key);

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
    std::optional<SecretBytes> m_key;
    std::optional<SecretBytes> m_fieldKey;
    std::optional<SecretBytes> m_tagKey;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    Status keychain; // the vault exists either way; this says whether the keychain holds its key
};

// Where the GUI keeps its vault, and so where brankas-cli looks without --vault.
QString defaultVaultPath();

} // namespace Brankas
