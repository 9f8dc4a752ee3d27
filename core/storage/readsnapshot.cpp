// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsnapshot.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Brankas::Storage {

ReadSnapshot::ReadSnapshot(Database &db, bool began)
    : m_db(db)
    , m_began(began)
{
    ++m_db.m_openSnapshots;
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(Database &db)
{
    if (db.transactionNumber() != 0 || db.m_openSnapshots > 0) {
        return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(db, false));
    }
    QSqlQuery query(db.connection());
    const QString begin = db.engine() == Database::Engine::PostgreSql
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN");
    if (!query.exec(begin)) {
        return fromSqlError(query.lastError());
    }
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(db, true));
}

ReadSnapshot::~ReadSnapshot()
{
    --m_db.m_openSnapshots;
    // Nothing was written: ending it is all there is to do. A broken connection has ended it.
    if (m_began && m_db.connection().isOpen()) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("COMMIT"));
    }
}

} // namespace Brankas::Storage
