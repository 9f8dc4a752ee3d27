// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretswrapstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<QByteArray> SecretsWrapStore::find(const QString &holder)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT box FROM secrets_wrap WHERE holder = ?"));
    query.addBindValue(holder);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "No access to passwords was given to %1 on this vault."),
                     {holder});
    }
    return query.value(0).toByteArray();
}

Result<QMap<QString, QByteArray>> SecretsWrapStore::all()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT holder, box FROM secrets_wrap"))) {
        return fromSqlError(query.lastError());
    }
    QMap<QString, QByteArray> wraps;
    while (query.next()) {
        wraps.insert(query.value(0).toString(), query.value(1).toByteArray());
    }
    return wraps;
}

Status SecretsWrapStore::put(const QString &holder, const QByteArray &box, const QDateTime &at)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO secrets_wrap (holder, box, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (holder) DO UPDATE SET box = excluded.box, created_at = excluded.created_at"));
    query.addBindValue(holder);
    query.addBindValue(box);
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Status SecretsWrapStore::remove(const QString &holder)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM secrets_wrap WHERE holder = ?"));
    query.addBindValue(holder);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
