// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>

#include <memory>

class QSqlQuery;

namespace Brankas::Storage {

class Database;

// A statement prepared on first use and kept while its store lives (the log's append path, the
// lookups a sheet's check runs once per row: parsing the SQL each time cost more than running it).
// A server connection opened again after it broke (Database::connection) knows none of the old
// one's prepared statements, so the statement is prepared again on it.
class PreparedStatement
{
public:
    PreparedStatement();
    ~PreparedStatement();
    PreparedStatement(PreparedStatement &&) noexcept;
    PreparedStatement &operator=(PreparedStatement &&) noexcept;

    // The statement, ready for bindValue() and exec(), or why it could not be prepared. The SQL
    // must be the same at every call.
    Result<QSqlQuery *> on(Database &db, const QString &sql);

private:
    std::unique_ptr<QSqlQuery> m_query;
    quint64 m_connection = 0;
};

// Runs a kept statement (PreparedStatement, Database::prepared) and resets it, whether it
// succeeded or not: a SQLite statement left unreset keeps its read open, and the next caller of
// the same statement must find it idle.
Status runToEnd(QSqlQuery &query);
// The same for an INSERT ... RETURNING id: the new row's id.
Result<qint64> runReturningId(QSqlQuery &query);

} // namespace Brankas::Storage
