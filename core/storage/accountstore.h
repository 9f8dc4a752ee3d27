// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"
#include "../domain/accountfilter.h"
#include "../result.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Brankas::Storage {

class Database;

// The account table and its status history. Accounts are never deleted: a closed account stays
// as a record.
class AccountStore
{
public:
    explicit AccountStore(Database &db);
    ~AccountStore();
    AccountStore(const AccountStore &) = delete;
    AccountStore &operator=(const AccountStore &) = delete;

    Result<qint64> insert(const Account &account);
    Status update(const Account &account);
    Status setStatus(qint64 id, AccountStatus status, const QDateTime &now);
    Status addStatusChange(qint64 accountId, const StatusChange &change);
    Status setReviewed(qint64 id, const QDate &date, const QDateTime &now);

    Result<Account> find(qint64 id);
    Result<QList<Account>> list(const AccountFilter &filter);
    Result<QList<StatusChange>> statusHistory(qint64 accountId);
    // The id of an account with this handle on this platform, or 0.
    Result<qint64> findHandle(Platform platform, const QString &platformName, const QString &handle);
    Result<qint64> count();
    // When each account last changed hands: went to the office (held) or came back into use from
    // held or deactivated. Passwords set before then should have been rotated.
    Result<QHash<qint64, QDateTime>> lastHandoverTimes();

private:
    Database &m_db;
};

} // namespace Brankas::Storage
