// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Brankas::Storage {

class Database;

// Inserts rows into one table in multi-row INSERTs with bound values, many rows per statement.
// To a server every statement is a round trip, so a national vault's million log entries go in
// about a thousand statements instead of a million; QPSQL offers no COPY FROM STDIN, and this is
// the bulk path it does have. Runs inside the caller's transaction: a failed statement fails the
// copy, and the caller's rollback takes back every row sent before it.
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns);

    // Queues one row (one value per column, in the columns' order); sends a full statement.
    Status add(const QVariantList &row);
    // Sends the rows still queued. Call once after the last add().
    Status finish();

    // Rows per statement: as many as fit under both engines' limits on bound values (SQLite's
    // 32,766, PostgreSQL's 65,535), at most 1,000.
    static int rowsPerStatement(int columns);

private:
    Status send(int rows);
    QString statement(int rows) const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::optional<QSqlQuery> m_full; // prepared once, for every full statement
    QVariantList m_queued;
};

} // namespace Brankas::Storage
