// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedstatement.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace Brankas::Storage
