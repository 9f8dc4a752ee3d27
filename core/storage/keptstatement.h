// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QVariantList>

#include <functional>

class QSqlQuery;
class QString;

namespace Brankas::Storage {

class Database;

// Runs a statement the connection keeps (Database::prepared) and resets it, whether it succeeded
// or not: a SQLite statement left unreset keeps its read open, and the next caller of the same
// statement must find it idle.
Status runToEnd(QSqlQuery &query);
// The same for an INSERT ... RETURNING id: the new row's id.
Result<qint64> runReturningId(QSqlQuery &query);

// The first row a kept statement read, for as long as this lives; then the statement is reset, so
// that it holds no read of the vault open between calls (SQLite would go on seeing the vault as it
// was, and hold back the file's checkpoints).
class KeptRow
{
public:
    // The statement for `sql` (Database::prepared), run with `values` bound in their order.
    static Result<KeptRow> read(Database &db, const QString &sql, const QVariantList &values = {});
    // The same with the values bound by `bind` (many, or bound by position).
    static Result<KeptRow> read(Database &db, const QString &sql, const std::function<void(QSqlQuery &)> &bind);
    ~KeptRow();
    KeptRow(KeptRow &&other) noexcept;
    KeptRow &operator=(KeptRow &&) = delete;
    KeptRow(const KeptRow &) = delete;
    KeptRow &operator=(const KeptRow &) = delete;

    bool found() const { return m_found; }
    // The row's columns, as QSqlQuery::value and isNull give them; only when found().
    const QSqlQuery &query() const { return *m_query; }

private:
    KeptRow(QSqlQuery *query, bool found);
    QSqlQuery *m_query;
    bool m_found;
};

} // namespace Brankas::Storage
