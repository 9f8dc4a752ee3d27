#pragma once

#include "../clock.h"
#include "../crypto/kdf.h"
#include "../domain/officer.h"
#include "../log/archivelog.h"
#include "../result.h"
#include "../storage/database.h"
#include "../storage/officerstore.h"
#include "officerkeys.h"
#include "session.h"
#include "signedinkeys.h"

namespace Brankas {

namespace Storage {
class MetaStore;
class SecretsWrapStore;
} // namespace Storage

// The people who use a vault, each with a role and a passphrase checked against a scrypt verifier.
class Officers
{
public:
    struct Stores
    {
        Storage::OfficerStore &officers;
        Storage::SecretsWrapStore &secretsWraps;
        Storage::MetaStore &meta;
    };
    Officers(Storage::Database &db, Stores stores, ArchiveLog &log, const SignedInKeyring &keyring,
             const QString &vaultId, const Clock &clock, Crypto::ScryptParams kdf);

    // Administrators only. The name must be new (names compare without case). An operator or
    // administrator is given the secrets key in the same transaction.
    Result<Officer> add(const Session &session, const QString &name, Role role, QByteArrayView passphrase);
    Result<QList<Officer>> list() { return m_store.list(); }

    // Checks name and passphrase; does not log (the vault's signIn does). The key-encryption key
    // comes with the record: it opens the officer's own keys.
    struct Authenticated
    {
        Storage::OfficerRecord record;
        SecretBytes kek;
    };
    Result<Authenticated> authenticate(const QString &name, QByteArrayView passphrase);

    static Status checkName(const QString &name);
    // A new officer with their key pairs, and the registration the log records for them.
    struct NewOfficer
    {
        Storage::OfficerRecord record;
        OfficerKeyPairs keys;
        QJsonObject registration() const;
    };
    static Result<NewOfficer> makeRecord(const QString &name, Role role, QByteArrayView passphrase,
                                         const Crypto::ScryptParams &kdf, const QDateTime &now, const QString &vaultId);

private:
    Storage::Database &m_db;
    Storage::OfficerStore &m_store;
    Stores m_stores;
    ArchiveLog &m_log;
    const SignedInKeyring &m_keyring;
    const QString &m_vaultId;
    const Clock &m_clock;
    Crypto::ScryptParams m_kdf;
};

} // namespace Brankas
