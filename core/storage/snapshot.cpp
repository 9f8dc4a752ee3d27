// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "database.h"
#include "sqlerror.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <memory>

namespace Brankas::Storage {

Status writeSnapshot(Database &db, const QString &targetPath)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

namespace {
// What VACUUM INTO writes: the pages in use (it leaves the free ones out).
qint64 pagesInUse(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count "
                                   "FROM pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())")) ||
        !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong() * query.value(1).toLongLong();
}
} // namespace

Status writeSnapshot(Database &db, const QString &targetPath, const SnapshotProgress &progress)
{
    if (!progress || db.engine() != Database::Engine::SQLite) {
        return writeSnapshot(db, targetPath);
    }
    const qint64 expected = pagesInUse(db);
    const QString source = db.path();
    Status copied;
    // ReadWrite, not ReadOnly: the ReadOnly connection sets query_only, which refuses VACUUM INTO
    // (it writes the target). This connection only reads the vault, which `db` already has open
    // for writing.
    std::unique_ptr<QThread> worker(QThread::create([&copied, source, targetPath] {
        auto own = Database::open(source, Database::Mode::ReadWrite);
        copied = own ? writeSnapshot(*own.value(), targetPath) : Status(own.error());
    }));
    worker->start();
    while (!worker->wait(QDeadlineTimer(100))) {
        progress(qMin(QFileInfo(targetPath).size(), expected), expected);
    }
    if (copied) {
        progress(expected, expected);
    }
    return copied;
}

Status useWriteAheadLog(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error", "SQLite could not keep the restored vault in its usual "
                                                         "journal mode (%1). Nothing was restored."),
                     {query.value(0).toString()});
    }
    return {};
}

} // namespace Brankas::Storage
