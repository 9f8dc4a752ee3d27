// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
Officer officerFrom(const QSqlQuery &query)
{
    Officer officer;
    officer.id = query.value(0).toLongLong();
    officer.name = query.value(1).toString();
    officer.role = roleFromId(query.value(2).toString()).value_or(Role::Viewer);
    officer.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    officer.disabled = !query.value(4).isNull();
    if (officer.disabled) {
        officer.disabledAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        officer.disabledBy = query.value(5).toString();
        officer.disabledReason = query.value(6).toString();
    }
    officer.mustChangePassphrase = query.value(7).toBool();
    return officer;
}

const QString OfficerColumns =
    QStringLiteral("id, name, role, created_at, disabled_at, disabled_by, disabled_reason, must_change_passphrase");
const QString RecordColumns = OfficerColumns + QStringLiteral(", salt, kdf_n, kdf_r, kdf_p, verifier, sign_public, "
                                                              "box_public, keys_wrapped");
constexpr int FirstRecordColumn = 8;

OfficerRecord recordFrom(const QSqlQuery &query)
{
    OfficerRecord record;
    record.officer = officerFrom(query);
    record.salt = query.value(FirstRecordColumn).toByteArray();
    record.params.n = query.value(FirstRecordColumn + 1).toULongLong();
    record.params.r = query.value(FirstRecordColumn + 2).toUInt();
    record.params.p = query.value(FirstRecordColumn + 3).toUInt();
    record.verifier = query.value(FirstRecordColumn + 4).toByteArray();
    record.signPublic = query.value(FirstRecordColumn + 5).toByteArray();
    record.boxPublic = query.value(FirstRecordColumn + 6).toByteArray();
    record.keysWrapped = query.value(FirstRecordColumn + 7).toByteArray();
    return record;
}

Status execute(QSqlQuery &query)
{
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "That officer is no longer in the vault."));
    }
    return {};
}

// NULL rather than an empty blob, so "has no key yet" reads the same everywhere.
QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}
} // namespace

Result<qint64> OfficerStore::insert(const OfficerRecord &record)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO officer (name, role, kdf, salt, kdf_n, kdf_r, kdf_p, verifier, "
                                 "created_at, sign_public, box_public, keys_wrapped) "
                                 "VALUES (?, ?, 'scrypt', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.officer.name);
    query.addBindValue(roleId(record.officer.role));
    query.addBindValue(record.salt);
    query.addBindValue(qint64(record.params.n));
    query.addBindValue(record.params.r);
    query.addBindValue(record.params.p);
    query.addBindValue(record.verifier);
    query.addBindValue(record.officer.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(blob(record.signPublic));
    query.addBindValue(blob(record.boxPublic));
    query.addBindValue(blob(record.keysWrapped));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<OfficerRecord> OfficerStore::findByName(const QString &name)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + RecordColumns + QStringLiteral(" FROM officer WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "There is no officer named \"%1\"."),
                     {name});
    }
    return recordFrom(query);
}

Result<OfficerRecord> OfficerStore::findById(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + RecordColumns + QStringLiteral(" FROM officer WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "There is no officer number %1."),
                     {QString::number(id)});
    }
    return recordFrom(query);
}

Result<QList<OfficerRecord>> OfficerStore::records()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT ") + RecordColumns + QStringLiteral(" FROM officer ORDER BY id"))) {
        return fromSqlError(query.lastError());
    }
    QList<OfficerRecord> records;
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

Status OfficerStore::setKeys(qint64 id, const QByteArray &signPublic, const QByteArray &boxPublic,
                             const QByteArray &keysWrapped)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE officer SET sign_public = ?, box_public = ?, keys_wrapped = ? WHERE id = ?"));
    query.addBindValue(blob(signPublic));
    query.addBindValue(blob(boxPublic));
    query.addBindValue(blob(keysWrapped));
    query.addBindValue(id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Status OfficerStore::setAccess(qint64 id, const QDateTime &disabledAt, const QString &by, const QString &reason)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE officer SET disabled_at = ?, disabled_by = ?, disabled_reason = ? WHERE id = ?"));
    const bool disabled = disabledAt.isValid();
    query.addBindValue(disabled ? QVariant(disabledAt.toUTC().toString(Qt::ISODateWithMs))
                                : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(disabled ? QVariant(by) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(disabled ? QVariant(reason) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(id);
    return execute(query);
}

Status OfficerStore::setRole(qint64 id, Role role)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE officer SET role = ? WHERE id = ?"));
    query.addBindValue(roleId(role));
    query.addBindValue(id);
    return execute(query);
}

Status OfficerStore::setPassphrase(const OfficerRecord &record)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE officer SET salt = ?, kdf_n = ?, kdf_r = ?, kdf_p = ?, verifier = ?, "
                                 "sign_public = ?, box_public = ?, keys_wrapped = ?, must_change_passphrase = ? "
                                 "WHERE id = ?"));
    query.addBindValue(record.salt);
    query.addBindValue(qint64(record.params.n));
    query.addBindValue(record.params.r);
    query.addBindValue(record.params.p);
    query.addBindValue(record.verifier);
    query.addBindValue(blob(record.signPublic));
    query.addBindValue(blob(record.boxPublic));
    query.addBindValue(blob(record.keysWrapped));
    query.addBindValue(record.officer.mustChangePassphrase ? 1 : 0);
    query.addBindValue(record.officer.id);
    return execute(query);
}

Result<QList<Officer>> OfficerStore::list()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT ") + OfficerColumns + QStringLiteral(" FROM officer ORDER BY name"))) {
        return fromSqlError(query.lastError());
    }
    QList<Officer> officers;
    while (query.next()) {
        officers.append(officerFrom(query));
    }
    return officers;
}

Result<qint64> OfficerStore::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM officer")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

} // namespace Brankas::Storage
