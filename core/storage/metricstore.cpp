// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
const char *const Columns = "account_id, month, followers, posts, reach, engagement";

std::optional<qint64> figure(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant bound(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

MonthlyFigures figuresFrom(const QSqlQuery &query)
{
    MonthlyFigures figures;
    figures.accountId = query.value(0).toLongLong();
    figures.month = monthFromText(query.value(1).toString());
    figures.followers = figure(query.value(2));
    figures.posts = figure(query.value(3));
    figures.reach = figure(query.value(4));
    figures.engagement = figure(query.value(5));
    return figures;
}
} // namespace

Result<std::optional<MonthlyFigures>> MetricStore::find(qint64 accountId, const QDate &month)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM account_metric WHERE account_id = ? AND month = ?").arg(QLatin1String(Columns)));
    query.addBindValue(accountId);
    query.addBindValue(monthText(month));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<MonthlyFigures>();
    }
    return std::optional<MonthlyFigures>(figuresFrom(query));
}

Result<QList<MonthlyFigures>> MetricStore::list(const MetricFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (filter.accountId) {
        conditions << QStringLiteral("account_id = ?");
        values << *filter.accountId;
    }
    if (filter.year) {
        // month is 'YYYY-MM', so a year is a range of text the index can seek.
        conditions << QStringLiteral("month >= ? AND month <= ?");
        values << QStringLiteral("%1-01").arg(*filter.year, 4, 10, QLatin1Char('0'))
               << QStringLiteral("%1-12").arg(*filter.year, 4, 10, QLatin1Char('0'));
    }
    if (!filter.areaCode.isEmpty()) {
        // Codes hold digits and dots only, neither of which LIKE treats as a wildcard.
        conditions << QStringLiteral("account_id IN (SELECT a.id FROM account a JOIN kecamatan k ON "
                                     "k.id = a.kecamatan_id WHERE k.code LIKE ?)");
        values << filter.areaCode + QStringLiteral(".%");
    }
    QString sql = QStringLiteral("SELECT %1 FROM account_metric").arg(QLatin1String(Columns));
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY account_id, month");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<MonthlyFigures> figures;
    while (query.next()) {
        figures.append(figuresFrom(query));
    }
    return figures;
}

Status MetricStore::put(const MonthlyFigures &figures, const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    if (figures.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM account_metric WHERE account_id = ? AND month = ?"));
        query.addBindValue(figures.accountId);
        query.addBindValue(monthText(figures.month));
    } else {
        // ON CONFLICT rather than SQLite's INSERT OR REPLACE: both engines speak it.
        query.prepare(QStringLiteral("INSERT INTO account_metric (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (account_id, month) DO UPDATE SET followers = excluded.followers, "
                                     "posts = excluded.posts, reach = excluded.reach, engagement = "
                                     "excluded.engagement, updated_at = excluded.updated_at")
                          .arg(QLatin1String(Columns)));
        query.addBindValue(figures.accountId);
        query.addBindValue(monthText(figures.month));
        query.addBindValue(bound(figures.followers));
        query.addBindValue(bound(figures.posts));
        query.addBindValue(bound(figures.reach));
        query.addBindValue(bound(figures.engagement));
        query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
