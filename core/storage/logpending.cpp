// SPDX-License-Identifier: GPL-3.0-or-later
// LogStore's pending_event rows: events recorded without the vault key (a refused sign-in), chained
// at the next unlock (ArchiveLog::absorbPending).
#include "logstore.h"

#include "bindvalue.h"
#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Status LogStore::addPending(const LogEntry &entry)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO pending_event (at, officer, action, target, details) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(formatLogTime(entry.at));
    query.addBindValue(text(entry.officer));
    query.addBindValue(entry.action);
    query.addBindValue(text(entry.target));
    query.addBindValue(entry.details);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Result<QList<LogEntry>> LogStore::pending()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, at, officer, action, target, details FROM pending_event ORDER BY id"))) {
        return fromSqlError(query.lastError());
    }
    QList<LogEntry> result;
    while (query.next()) {
        // Not yet in the chain: no sequence number, no MAC (seq holds the row's id, their order).
        result.append(LogEntry{query.value(0).toLongLong(),
                               parseLogTime(query.value(1).toString()),
                               query.value(2).toString(),
                               query.value(3).toString(),
                               query.value(4).toString(),
                               query.value(5).toString(),
                               {}});
    }
    return result;
}

Status LogStore::clearPending()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM pending_event"))) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
