#pragma once

#include "../clock.h"
#include "../crypto/kdf.h"
#include "../domain/officer.h"
#include "../log/archivelog.h"
#include "../result.h"
#include "../storage/database.h"
#include "../storage/officerstore.h"
#include "session.h"

namespace Brankas {

// The people who use a vault, each with a role and a passphrase checked against a scrypt verifier.
class Officers
{
public:
    Officers(Storage::Database &db, Storage::OfficerStore &store, ArchiveLog &log, const Clock &clock,
             Crypto::ScryptParams kdf);

    // Administrators only. The name must be new (names compare without case).
    Result<Officer> add(const Session &session, const QString &name, Role role, QByteArrayView passphrase);
    Result<QList<Officer>> list() { return m_store.list(); }

    // Checks name and passphrase; does not log (the vault's signIn does).
    Result<Officer> authenticate(const QString &name, QByteArrayView passphrase);

    static Status checkName(const QString &name);
    static Result<Storage::OfficerRecord> makeRecord(const QString &name, Role role, QByteArrayView passphrase,
                                                     const Crypto::ScryptParams &kdf, const QDateTime &now);

private:
    Storage::Database &m_db;
    Storage::OfficerStore &m_store;
    ArchiveLog &m_log;
    const Clock &m_clock;
    Crypto::ScryptParams m_kdf;
};

} // namespace Brankas
