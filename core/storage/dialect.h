// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

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

// One of `columns` matches the LIKE pattern (escaped with '\\', ASCII), ignoring the case of ASCII
// letters at least; appends to `values` what the fragment binds. SQLite's LIKE on each column is
// fast. PostgreSQL's ILIKE lowers text and pattern anew for every value it meets in a UTF-8
// database: seven ILIKEs per account took 220 ms on the national register (36,425 accounts), so
// there the columns are joined (by a character no search word holds) and matched with one ILIKE:
// 60 ms, the join of accounts and kecamatan alone being 33 ms (at load 11). It lets through the same
// rows or more (a pattern spans two columns only through that character); the caller confirms each.
QString anyLikeIgnoringCase(const Database &db, const QStringList &columns, const QString &pattern,
                            QVariantList &values);

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
