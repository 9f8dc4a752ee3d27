// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanstore.h"

#include "bindvalue.h"
#include "database.h"
#include "keptstatement.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
const QString Columns = QStringLiteral("SELECT k.id, k.code, k.name, k.address, k.phone, k.email, k.retired_at, ");
const QString Select =
    Columns + QStringLiteral("(SELECT count(*) FROM account a WHERE a.kecamatan_id = k.id) FROM kecamatan k");
const QString SelectUncounted = Columns + QStringLiteral("0 FROM kecamatan k");

KecamatanRecord recordFrom(const QSqlQuery &query)
{
    KecamatanRecord record;
    record.id = query.value(0).toLongLong();
    record.code = query.value(1).toString();
    record.name = query.value(2).toString();
    record.address = query.value(3).toString();
    record.phone = query.value(4).toString();
    record.email = query.value(5).toString();
    if (!query.value(6).isNull()) {
        record.retiredAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    }
    record.accountCount = query.value(7).toInt();
    return record;
}
} // namespace

KecamatanStore::KecamatanStore(Database &db)
    : m_db(db)
{}

KecamatanStore::~KecamatanStore() = default;

Result<QList<KecamatanRecord>> KecamatanStore::list(bool includeRetired)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(Select + (includeRetired ? QString() : QStringLiteral(" WHERE k.retired_at IS NULL")) +
                    QStringLiteral(" ORDER BY k.code"))) {
        return fromSqlError(query.lastError());
    }
    QList<KecamatanRecord> records;
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

Result<KecamatanRecord> KecamatanStore::findByCode(const QString &code)
{
    return findByCode(Select, code);
}

Result<KecamatanRecord> KecamatanStore::findByCodeUncounted(const QString &code)
{
    return findByCode(SelectUncounted, code);
}

Result<KecamatanRecord> KecamatanStore::findByCode(const QString &select, const QString &code)
{
    // Kept by the connection: every account added looks its kecamatan up, and a sheet's check once
    // per row.
    auto row = KeptRow::read(m_db, select + QStringLiteral(" WHERE k.code = ?"), {code.trimmed()});
    if (!row) {
        return row.error();
    }
    if (!row->found()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "There is no kecamatan with code \"%1\" in this vault. See: brankas-cli "
                                       "kecamatan list"),
                     {code});
    }
    return recordFrom(row->query());
}

Result<qint64> KecamatanStore::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM kecamatan")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

Result<qint64> KecamatanStore::insert(const Kecamatan &kecamatan, const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(kecamatan.code);
    query.addBindValue(kecamatan.name);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Status KecamatanStore::insertAll(const QList<Kecamatan> &kecamatan, const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES (?, ?, ?)"));
    const QString created = now.toUTC().toString(Qt::ISODateWithMs);
    for (const Kecamatan &item : kecamatan) {
        query.bindValue(0, item.code);
        query.bindValue(1, item.name);
        query.bindValue(2, created);
        if (!query.exec()) {
            return fromSqlError(query.lastError());
        }
    }
    return {};
}

Status KecamatanStore::updateContacts(qint64 id, const QString &address, const QString &phone, const QString &email)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE kecamatan SET address = ?, phone = ?, email = ? WHERE id = ?"));
    query.addBindValue(text(address));
    query.addBindValue(text(phone));
    query.addBindValue(text(email));
    query.addBindValue(id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Status KecamatanStore::setRetired(qint64 id, const QDateTime &retiredAt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE kecamatan SET retired_at = ? WHERE id = ?"));
    query.addBindValue(retiredAt.isValid() ? QVariant(retiredAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
    query.addBindValue(id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
