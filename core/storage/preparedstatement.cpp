// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedstatement.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

PreparedStatement::PreparedStatement() = default;
PreparedStatement::~PreparedStatement() = default;
PreparedStatement::PreparedStatement(PreparedStatement &&) noexcept = default;
PreparedStatement &PreparedStatement::operator=(PreparedStatement &&) noexcept = default;

Result<QSqlQuery *> PreparedStatement::on(Database &db, const QString &sql)
{
    const quint64 connection = db.connectionNumber();
    if (!m_query || m_connection != connection) {
        auto query = std::make_unique<QSqlQuery>(db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return fromSqlError(query->lastError());
        }
        m_query = std::move(query);
        m_connection = connection;
    }
    return m_query.get();
}

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

} // namespace Brankas::Storage
