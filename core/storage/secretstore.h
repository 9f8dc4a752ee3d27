// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/secretkind.h"
#include "../result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Brankas::Storage {

class Database;

// One value a secret had: encrypted, bound to its row id, with who set it, when and why.
struct SecretRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    SecretKind kind = SecretKind::Password;
    QByteArray sealed;
    QByteArray reuseTag; // passwords only
    QDateTime setAt;
    QString officer;
    QString reason;
};

class SecretStore
{
public:
    explicit SecretStore(Database &db)
        : m_db(db)
    {}

    // The id the next record will get: the ciphertext is bound to it before the row exists.
    Result<qint64> nextId();
    Status insert(const SecretRecord &record);
    Result<std::optional<SecretRecord>> current(qint64 accountId, SecretKind kind);
    // Every value of every kind of one account, newest first.
    Result<QList<SecretRecord>> history(qint64 accountId);
    // Current password tag -> the accounts that share it, only where two or more do.
    Result<QHash<QByteArray, QList<qint64>>> sharedPasswords();
    // When each account's current password was set.
    Result<QHash<qint64, QDateTime>> passwordSetTimes();
    // Which kinds each account currently has a value for.
    Result<QHash<qint64, QList<SecretKind>>> kindsPresent();

    // Every value ever stored, oldest first (for moving them all to a new key in one transaction).
    Result<QList<SecretRecord>> all();
    Status reseal(qint64 id, const QByteArray &sealed, const QByteArray &reuseTag);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
