// SPDX-License-Identifier: GPL-3.0-or-later
#include "metastore.h"

#include "database.h"
#include "keptstatement.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<QMap<QString, QString>> MetaStore::all()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM vault_meta"))) {
        return fromSqlError(query.lastError());
    }
    QMap<QString, QString> values;
    while (query.next()) {
        values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

Result<QString> MetaStore::value(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM vault_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault is damaged: its \"%1\" record is missing. Open a backup copy."),
                     {key});
    }
    return query.value(0).toString();
}

QString MetaStore::setValueSql()
{
    return QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
}

Status MetaStore::setValue(const QString &key, const QString &value)
{
    auto prepared = m_db.prepared(setValueSql());
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(key);
    query.addBindValue(value);
    return runToEnd(query);
}

Result<KeyWrap> KeyWrapStore::find(const QString &name)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT salt, kdf_n, kdf_r, kdf_p, wrapped, created_at FROM key_wrap WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(
            ErrorCode::VaultDamaged,
            QT_TRANSLATE_NOOP("Brankas::Error",
                              "The vault is damaged: its recovery key record is missing. Open a backup copy."));
    }
    KeyWrap wrap;
    wrap.name = name;
    wrap.salt = query.value(0).toByteArray();
    wrap.params.n = query.value(1).toULongLong();
    wrap.params.r = query.value(2).toUInt();
    wrap.params.p = query.value(3).toUInt();
    wrap.wrapped = query.value(4).toByteArray();
    wrap.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return wrap;
}

Status KeyWrapStore::put(const KeyWrap &wrap)
{
    QSqlQuery query(m_db.connection());
    // ON CONFLICT rather than SQLite's INSERT OR REPLACE: both engines speak it.
    query.prepare(QStringLiteral("INSERT INTO key_wrap (name, kdf, salt, kdf_n, kdf_r, kdf_p, wrapped, created_at) "
                                 "VALUES (?, 'scrypt', ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                 "kdf = excluded.kdf, salt = excluded.salt, kdf_n = excluded.kdf_n, "
                                 "kdf_r = excluded.kdf_r, kdf_p = excluded.kdf_p, wrapped = excluded.wrapped, "
                                 "created_at = excluded.created_at"));
    query.addBindValue(wrap.name);
    query.addBindValue(wrap.salt);
    query.addBindValue(qint64(wrap.params.n));
    query.addBindValue(wrap.params.r);
    query.addBindValue(wrap.params.p);
    query.addBindValue(wrap.wrapped);
    query.addBindValue(wrap.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
