// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "bindvalue.h"
#include "database.h"
#include "keptstatement.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
const QString Columns = QStringLiteral("id, account_id, kind, sealed, reuse_tag, set_at, officer, reason");
const QString CurrentPasswords =
    QStringLiteral("SELECT account_id, reuse_tag, set_at FROM account_secret WHERE id IN "
                   "(SELECT max(id) FROM account_secret WHERE kind = 'password' GROUP BY account_id)");

SecretRecord recordFrom(const QSqlQuery &query)
{
    SecretRecord record;
    record.id = query.value(0).toLongLong();
    record.accountId = query.value(1).toLongLong();
    record.kind = secretKindFromId(query.value(2).toString()).value_or(SecretKind::Notes);
    record.sealed = query.value(3).toByteArray();
    record.reuseTag = query.value(4).toByteArray();
    record.setAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    record.officer = query.value(6).toString();
    record.reason = query.value(7).toString();
    return record;
}
} // namespace

Result<qint64> SecretStore::nextId()
{
    // The id is bound into the sealed secret before the row exists. SQLite's writer holds the whole
    // file, so the next number is free; on a server several PCs write at once, and the identity
    // column's sequence hands each one its own number. Kept by the connection: every password
    // recorded asks.
    auto row =
        KeptRow::read(m_db, m_db.engine() == Database::Engine::PostgreSql
                                ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('account_secret', 'id'))")
                                : QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM account_secret"));
    if (!row) {
        return row.error();
    }
    return row->query().value(0).toLongLong(); // both statements always give one row
}

Status SecretStore::insert(const SecretRecord &record)
{
    auto prepared = m_db.prepared(QStringLiteral("INSERT INTO account_secret (") + Columns +
                                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(record.id);
    query.addBindValue(record.accountId);
    query.addBindValue(secretKindId(record.kind));
    query.addBindValue(record.sealed);
    query.addBindValue(record.reuseTag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                 : QVariant(record.reuseTag));
    query.addBindValue(record.setAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(record.officer));
    query.addBindValue(text(record.reason));
    return runToEnd(query);
}

Result<std::optional<SecretRecord>> SecretStore::current(qint64 accountId, SecretKind kind)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM account_secret WHERE account_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(accountId);
    query.addBindValue(secretKindId(kind));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<SecretRecord>();
    }
    return std::optional<SecretRecord>(recordFrom(query));
}

Result<QList<SecretRecord>> SecretStore::history(qint64 accountId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM account_secret WHERE account_id = ? ORDER BY id DESC"));
    query.addBindValue(accountId);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<SecretRecord> records;
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

Result<QHash<QByteArray, QList<qint64>>> SecretStore::sharedPasswords()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(CurrentPasswords)) {
        return fromSqlError(query.lastError());
    }
    QHash<QByteArray, QList<qint64>> byTag;
    while (query.next()) {
        const QByteArray tag = query.value(1).toByteArray();
        if (!tag.isEmpty()) {
            byTag[tag].append(query.value(0).toLongLong());
        }
    }
    for (auto it = byTag.begin(); it != byTag.end();) {
        it = it.value().size() > 1 ? std::next(it) : byTag.erase(it);
    }
    return byTag;
}

Result<QHash<qint64, QDateTime>> SecretStore::passwordSetTimes()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(CurrentPasswords)) {
        return fromSqlError(query.lastError());
    }
    QHash<qint64, QDateTime> times;
    while (query.next()) {
        times.insert(query.value(0).toLongLong(), QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs));
    }
    return times;
}

Result<QHash<qint64, QList<SecretKind>>> SecretStore::kindsPresent()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT account_id, kind FROM account_secret"))) {
        return fromSqlError(query.lastError());
    }
    QHash<qint64, QList<SecretKind>> kinds;
    while (query.next()) {
        if (auto kind = secretKindFromId(query.value(1).toString())) {
            kinds[query.value(0).toLongLong()].append(*kind);
        }
    }
    return kinds;
}

Result<QList<SecretRecord>> SecretStore::all()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM account_secret ORDER BY id"))) {
        return fromSqlError(query.lastError());
    }
    QList<SecretRecord> records;
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

Status SecretStore::reseal(qint64 id, const QByteArray &sealed, const QByteArray &reuseTag)
{
    auto prepared = m_db.prepared(QStringLiteral("UPDATE account_secret SET sealed = ?, reuse_tag = ? WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(sealed);
    query.addBindValue(reuseTag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(reuseTag));
    query.addBindValue(id);
    return runToEnd(query);
}

} // namespace Brankas::Storage
