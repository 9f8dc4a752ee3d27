// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "database.h"
#include "migrations.h"
#include "sqlerror.h"
#include "vaultcopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
