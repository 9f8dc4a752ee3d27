// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "../crypto/kdf.h"
#include "../domain/officer.h"
#include "../log/archivelog.h"
#include "../result.h"
#include "officerkeys.h"
#include "officerrecord.h"
#include "session.h"
#include "signedinkeys.h"

namespace Brankas {

namespace Storage {
class Database;
class MetaStore;
class OfficerStore;
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
    Result<QList<Officer>> list();

    // Administrators only, each in one signed transaction that also puts the seals of the secrets
    // key right (given to operators and administrators who may hold it, taken from viewers and
    // closed officers), so the acting administrator's sign-in must have opened the secrets key.
    // The last active administrator can never be closed or demoted.
    Status disable(const Session &session, const QString &name, const QString &reason);
    Status enable(const Session &session, const QString &name);
    Status setRole(const Session &session, const QString &name, Role role);
    // A temporary passphrase for another officer, who must choose a new one at their next sign-in.
    // Nobody else can open that officer's keys, so they get new key pairs, registered in the log
    // under the administrator's signature.
    Status reset(const Session &session, const QString &name, QByteArrayView temporary);
    // The signed-in officer's own passphrase: the same key pairs, sealed under the new one.
    Status changePassphrase(const Session &session, QByteArrayView current, QByteArrayView next);
    // The record with a new passphrase (new salt and verifier) and the same key pairs rewrapped
    // under its key-encryption key; no longer marked as needing a change.
    Result<OfficerRecord> withPassphrase(OfficerRecord record, const SecretBytes &signSeed,
                                         const SecretBytes &boxPrivate, QByteArrayView passphrase) const;

    // Checks name and passphrase; does not log (the vault's signIn does). The key-encryption key
    // comes with the record: it opens the officer's own keys.
    struct Authenticated
    {
        OfficerRecord record;
        SecretBytes kek;
    };
    Result<Authenticated> authenticate(const QString &name, QByteArrayView passphrase);

    static Status checkName(const QString &name);
    // A new officer with their key pairs, and the registration the log records for them.
    struct NewOfficer
    {
        OfficerRecord record;
        OfficerKeyPairs keys;
        QJsonObject registration() const;
    };
    static Result<NewOfficer> makeRecord(const QString &name, Role role, QByteArrayView passphrase,
                                         const Crypto::ScryptParams &kdf, const QDateTime &now, const QString &vaultId);

private:
    struct AdminChange
    {
        const SignedInKeys *keys = nullptr;
        OfficerRecord target;
    };
    Result<AdminChange> prepareAdminChange(const Session &session, const QString &name);
    Status refuseLastAdministrator(const Officer &target);
    Status commitAdminChange(const Session &session, const AdminChange &change,
                             const std::function<Result<QList<LogEvent>>()> &apply);

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
