// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
// Times are stored as UTC ISO text, dates as YYYY-MM-DD: a year is the text range [start, next).
QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

Result<int> count(Database &db, const QString &sql, int year, const QString &areaCode)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(yearStart(year));
    query.addBindValue(yearStart(year + 1));
    if (!areaCode.isEmpty()) {
        // Codes hold digits and dots only, neither of which LIKE treats as a wildcard.
        query.addBindValue(areaCode + QStringLiteral(".%"));
    }
    if (!query.exec() || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toInt();
}
} // namespace

Result<RegisterYear> EvaluationStore::registerYear(int year, const QString &areaCode)
{
    RegisterYear result;
    const struct
    {
        int *target;
        const char *sql;
        const char *account; // the column that names the account, for the area
    } counts[] = {
        {&result.added, "SELECT count(*) FROM account WHERE created_at >= ? AND created_at < ?", "id"},
        {&result.deactivated,
         "SELECT count(DISTINCT account_id) FROM account_status_change WHERE at >= ? AND at < ? "
         "AND to_status IN ('deactivated', 'closed')",
         "account_id"},
        {&result.handedOver,
         "SELECT count(DISTINCT a.account_id) FROM handover_account a JOIN handover h ON "
         "h.id = a.handover_id WHERE h.finalized_at IS NOT NULL AND h.held_on >= ? AND "
         "h.held_on < ?",
         "a.account_id"},
        {&result.passwordsRotated,
         "SELECT count(DISTINCT a.account_id) FROM handover_account a JOIN handover h ON "
         "h.id = a.handover_id WHERE h.finalized_at IS NOT NULL AND h.held_on >= ? AND "
         "h.held_on < ? AND a.password_changed = 1",
         "a.account_id"},
    };
    for (const auto &entry : counts) {
        QString sql = QString::fromLatin1(entry.sql);
        if (!areaCode.isEmpty()) {
            sql += QStringLiteral(" AND %1 IN (SELECT ac.id FROM account ac JOIN kecamatan k ON k.id = ac.kecamatan_id "
                                  "WHERE k.code LIKE ?)")
                       .arg(QLatin1String(entry.account));
        }
        auto value = count(m_db, sql, year, areaCode);
        if (!value) {
            return value.error();
        }
        *entry.target = value.value();
    }
    return result;
}

Result<QHash<qint64, QString>> EvaluationStore::statusesAtEndOf(int year)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT account_id, to_status FROM account_status_change WHERE at < ? "
                                 "ORDER BY account_id, at, id"));
    query.addBindValue(yearStart(year + 1));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QHash<qint64, QString> statuses;
    while (query.next()) {
        statuses.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return statuses;
}

} // namespace Brankas::Storage
