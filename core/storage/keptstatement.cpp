// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptstatement.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

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

KeptRow::KeptRow(QSqlQuery *query, bool found)
    : m_query(query)
    , m_found(found)
{}

KeptRow::KeptRow(KeptRow &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_found(other.m_found)
{}

KeptRow::~KeptRow()
{
    if (m_query) {
        m_query->finish();
    }
}

Result<KeptRow> KeptRow::read(Database &db, const QString &sql, const QVariantList &values)
{
    return read(db, sql, [&values](QSqlQuery &query) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.bindValue(int(i), values.at(i));
        }
    });
}

Result<KeptRow> KeptRow::read(Database &db, const QString &sql, const std::function<void(QSqlQuery &)> &bind)
{
    auto prepared = db.prepared(sql);
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    bind(query);
    KeptRow row(&query, false); // resets the statement on every way out
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    row.m_found = query.next();
    if (!row.m_found && query.lastError().isValid()) {
        return fromSqlError(query.lastError());
    }
    return row;
}

} // namespace Brankas::Storage
