// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "database.h"
#include "migrations.h"
#include "sqlerror.h"
#include "vaultcopy.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <memory>

namespace Brankas::Storage {

namespace {
// A server has no file to copy: its rows go into a new SQLite vault file of the same format, read
// in one REPEATABLE READ transaction (copyVault), so the backup is the vault as it was at one
// moment while other PCs keep writing, and it restores as a file like any other backup.
Status writeServerSnapshot(Database &db, const QString &targetPath)
{
    auto file = Database::open(targetPath, Database::Mode::Create);
    if (!file) {
        return file.error();
    }
    if (Status status = migrate(*file.value(), 0); !status) {
        return status;
    }
    if (Status status = copyVault(db, *file.value()); !status) {
        return status;
    }
    // As VACUUM INTO leaves it: one file in rollback mode, nothing left in a -wal beside it.
    QSqlQuery query(file.value()->connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
        return fromSqlError(query.lastError());
    }
    return {};
}
} // namespace

Status writeSnapshot(Database &db, const QString &targetPath)
{
    if (db.engine() == Database::Engine::PostgreSql) {
        return writeServerSnapshot(db, targetPath);
    }
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
