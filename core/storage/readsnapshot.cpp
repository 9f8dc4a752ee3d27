// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsnapshot.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Brankas::Storage {

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(Database &db)
{
    QSqlQuery query(db.connection());
    const QString begin = db.engine() == Database::Engine::PostgreSql
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN");
    if (!query.exec(begin)) {
        return fromSqlError(query.lastError());
    }
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(db));
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: ending it is all there is to do. A broken connection has ended it.
    if (m_db.connection().isOpen()) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("COMMIT"));
    }
}

} // namespace Brankas::Storage
