// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptstatement.h"

#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Status runToEnd(QSqlQuery &query)
{
    const bool done = query.exec();
    const QSqlError error = query.lastError();
    query.finish();
    if (!done) {
        return fromSqlError(error);
    }
    return {};
}

Result<qint64> runReturningId(QSqlQuery &query)
{
    if (!query.exec() || !query.next()) {
        const QSqlError error = query.lastError();
        query.finish();
        return fromSqlError(error);
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<bool> firstRow(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return fromSqlError(error);
    }
    const bool found = query.next();
    if (!found && query.lastError().isValid()) {
        const QSqlError error = query.lastError();
        query.finish();
        return fromSqlError(error);
    }
    return found;
}

} // namespace Brankas::Storage
