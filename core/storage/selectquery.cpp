// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectquery.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>

namespace Brankas::Storage {

Result<QSqlQuery> SelectQuery::run(Database &db) const
{
    QString sql = select;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    if (!orderBy.isEmpty()) {
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    }
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query;
}

} // namespace Brankas::Storage
