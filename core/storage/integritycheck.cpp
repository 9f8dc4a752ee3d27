// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<QStringList> integrityProblems(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return fromSqlError(query.lastError());
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

} // namespace Brankas::Storage
