// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas::Storage {

class Database;

// The few pieces of SQL the two engines spell differently, in one place so that a store writes its
// statement once and a third engine adds its spelling here. Each returns a fragment with one "?"
// where the statement binds a value (none for orderedBytes and utf8Bytes).
namespace Dialect {

// `column` equals the bound text, ignoring the case of letters: SQLite's COLLATE NOCASE, and on
// PostgreSQL lower() on both sides, the same fold as the unique indexes of its migration set.
QString equalsIgnoringCase(const Database &db, const QString &column);

// The bound text is part of `column`, ignoring case (instr on SQLite, strpos on PostgreSQL).
QString containsIgnoringCase(const Database &db, const QString &column);

// `column` matches a bound LIKE pattern (escaped with '\'), ignoring the case of ASCII letters at
// least: SQLite's LIKE does so, PostgreSQL's LIKE does not, its ILIKE does.
QString likeIgnoringCase(const Database &db, const QString &column);

// `expression` contains a character outside ASCII; binds nothing.
QString hasNonAscii(const Database &db, const QString &expression);

// The stored UTF-8 bytes of a text column, without a round trip through QString (the archive
// log's MACs cover those bytes).
QString utf8Bytes(const Database &db, const QString &column);

// Text ordered by its bytes, as SQLite's BINARY collation does, whatever collation the server's
// database was created with.
QString orderedBytes(const Database &db, const QString &column);

} // namespace Dialect
} // namespace Brankas::Storage
