// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricyearstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
// Well below SQLite's limit on bound values; a larger set reads the whole year instead.
constexpr qsizetype MaximumListed = 500;
} // namespace

Status MetricYearStore::forEach(int year, const QList<qint64> *accounts,
                                const std::function<void(const MonthCells &)> &each)
{
    if (accounts && accounts->isEmpty()) {
        return {};
    }
    const bool listed = accounts && accounts->size() <= MaximumListed;
    // One row per account with its months packed as text ("MM F P R E MM F P R E …", an empty
    // field for NULL): Qt SQL costs about a microsecond per value, so 36,425 rows of two values
    // read several times faster than 437,000 rows of six. Walking the primary key (account_id,
    // month) keeps the grouping a stream, without a sort.
    QString sql =
        QStringLiteral("SELECT account_id, group_concat(substr(month, 6, 2) || ' ' || ifnull(followers, '') || ' ' || "
                       "ifnull(posts, '') || ' ' || ifnull(reach, '') || ' ' || ifnull(engagement, ''), ' ') "
                       "FROM account_metric WHERE account_id > 0 AND month >= ? AND month <= ?");
    if (listed) {
        QStringList marks(accounts->size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND account_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" GROUP BY account_id");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(QStringLiteral("%1-01").arg(year, 4, 10, QLatin1Char('0')));
    query.addBindValue(QStringLiteral("%1-12").arg(year, 4, 10, QLatin1Char('0')));
    if (listed) {
        for (qint64 id : *accounts) {
            query.addBindValue(id);
        }
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    MonthCells cells;
    while (query.next()) {
        cells.accountId = query.value(0).toLongLong();
        const QString packed = query.value(1).toString();
        int field = 0;
        for (const QStringView token : QStringView(packed).tokenize(QLatin1Char(' '))) {
            if (field == 0) {
                cells.month = token.toInt();
            } else {
                bool ok = false;
                const qint64 value = token.toLongLong(&ok);
                cells.values[size_t(field - 1)] = ok ? value : MonthCells::None;
            }
            if (++field == 5) {
                each(cells);
                field = 0;
            }
        }
    }
    return {};
}

} // namespace Brankas::Storage
