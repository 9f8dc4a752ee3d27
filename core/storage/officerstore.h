// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/officer.h"
#include "../result.h"
#include "../vault/officerrecord.h"

#include <QList>

namespace Brankas::Storage {

class Database;

class OfficerStore
{
public:
    explicit OfficerStore(Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(const OfficerRecord &record);
    // NotFound if there is no officer of that name (names compare without case).
    Result<OfficerRecord> findByName(const QString &name);
    Result<OfficerRecord> findById(qint64 id);
    // Every officer with their keys (for handing the secrets key to those who may hold it).
    Result<QList<OfficerRecord>> records();
    Status setKeys(qint64 id, const QByteArray &signPublic, const QByteArray &boxPublic, const QByteArray &keysWrapped);
    // Closes an officer's access (a valid disabledAt) or opens it again (an invalid one).
    Status setAccess(qint64 id, const QDateTime &disabledAt, const QString &by, const QString &reason);
    Status setRole(qint64 id, Role role);
    // A new passphrase: salt, scrypt settings, verifier, keys and whether it must change again.
    Status setPassphrase(const OfficerRecord &record);
    Result<QList<Officer>> list();
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace Brankas::Storage
