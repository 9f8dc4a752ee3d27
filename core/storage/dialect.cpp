// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "database.h"

namespace Brankas::Storage::Dialect {

namespace {
bool onServer(const Database &db)
{
    return db.engine() == Database::Engine::PostgreSql;
}
} // namespace

QString equalsIgnoringCase(const Database &db, const QString &column)
{
    return onServer(db) ? QStringLiteral("lower(%1) = lower(?)").arg(column)
                        : QStringLiteral("%1 = ? COLLATE NOCASE").arg(column);
}

QString containsIgnoringCase(const Database &db, const QString &column)
{
    return onServer(db) ? QStringLiteral("strpos(lower(%1), lower(?)) > 0").arg(column)
                        : QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(column);
}

QString likeIgnoringCase(const Database &db, const QString &column)
{
    return onServer(db) ? QStringLiteral("%1 ILIKE ? ESCAPE '\\'").arg(column)
                        : QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column);
}

QString hasNonAscii(const Database &db, const QString &expression)
{
    // Both patterns name the same class: any character from U+0080 up (or NUL, which no text holds).
    return onServer(db) ? QStringLiteral("(%1) ~ '[^\\x01-\\x7f]'").arg(expression)
                        : QStringLiteral("(%1) GLOB '*[^\x01-\x7f]*'").arg(expression);
}

QString utf8Bytes(const Database &db, const QString &column)
{
    return onServer(db) ? column : QStringLiteral("CAST(%1 AS BLOB)").arg(column);
}

QString orderedBytes(const Database &db, const QString &column)
{
    return onServer(db) ? QStringLiteral("%1 COLLATE \"C\"").arg(column) : column;
}

} // namespace Brankas::Storage::Dialect
