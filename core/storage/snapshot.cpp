// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
