// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteversion.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

QString sqliteVersion()
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("brankas-sqlite-version-%1").arg(counter.fetchAndAddRelaxed(1));
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.isValid() && db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace Brankas::Storage
