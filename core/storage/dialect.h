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

// The stored UTF-8 bytes of a text column (the archive log's MACs cover those bytes). A file's
// come as a blob, as they are: a file edited by hand may hold bytes that are not UTF-8, which a
// round trip through QString would change. A server's text comes as it is: PostgreSQL stores only
// valid UTF-8, which QString hands back to the byte, and converting it to bytea first cost the
// server a hex encoding of every value (a national log's verification took a quarter longer).
QString utf8Bytes(const Database &db, const QString &column);

// Text ordered by its bytes, as SQLite's BINARY collation does, whatever collation the server's
// database was created with.
QString orderedBytes(const Database &db, const QString &column);

} // namespace Dialect
} // namespace Brankas::Storage
