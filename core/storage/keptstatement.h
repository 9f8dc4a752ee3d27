// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

class QSqlQuery;

namespace Brankas::Storage {

// Runs a statement the connection keeps (Database::prepared) and resets it, whether it succeeded
// or not: a SQLite statement left unreset keeps its read open, and the next caller of the same
// statement must find it idle.
Status runToEnd(QSqlQuery &query);
// The same for an INSERT ... RETURNING id: the new row's id.
Result<qint64> runReturningId(QSqlQuery &query);
// Runs a kept statement that reads one row: whether there is one. On failure the statement is
// reset; otherwise the caller takes the row's values and then calls finish(), so the kept statement
// holds no read of the vault open between calls.
Result<bool> firstRow(QSqlQuery &query);

} // namespace Brankas::Storage
