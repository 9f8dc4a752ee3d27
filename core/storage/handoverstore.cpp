// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverstore.h"

#include "bindvalue.h"
#include "database.h"
#include "selectquery.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
const QString Select = QStringLiteral(
    "SELECT h.id, h.kind, h.kecamatan_id, k.code, k.name, h.term_id, t.name, h.held_on, h.place, h.from_name, "
    "h.from_position, h.from_office, h.to_name, h.to_position, h.to_office, h.witness_name, h.witness_position, "
    "h.notes, h.copies, h.number, h.sequence, h.created_at, h.created_by, h.finalized_at, h.finalized_by "
    "FROM handover h JOIN kecamatan k ON k.id = h.kecamatan_id LEFT JOIN term t ON t.id = h.term_id");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Handover handoverFrom(const QSqlQuery &query)
{
    Handover handover;
    handover.id = query.value(0).toLongLong();
    handover.kind = handoverKindFromId(query.value(1).toString()).value_or(HandoverKind::Activation);
    handover.kecamatanId = query.value(2).toLongLong();
    handover.kecamatanCode = query.value(3).toString();
    handover.kecamatanName = query.value(4).toString();
    handover.termId = query.value(5).toLongLong();
    handover.termName = query.value(6).toString();
    handover.date = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    handover.place = query.value(8).toString();
    handover.from = {query.value(9).toString(), query.value(10).toString(), query.value(11).toString()};
    handover.to = {query.value(12).toString(), query.value(13).toString(), query.value(14).toString()};
    handover.witness = {query.value(15).toString(), query.value(16).toString(), QString()};
    handover.notes = query.value(17).toString();
    handover.copies = query.value(18).toInt();
    handover.number = query.value(19).toString();
    handover.sequence = query.value(20).toInt();
    handover.createdAt = timeFrom(query.value(21));
    handover.createdBy = query.value(22).toString();
    handover.finalizedAt = timeFrom(query.value(23));
    handover.finalizedBy = query.value(24).toString();
    return handover;
}

void bindHeader(QSqlQuery &query, const Handover &handover)
{
    query.addBindValue(handoverKindId(handover.kind));
    query.addBindValue(handover.kecamatanId);
    query.addBindValue(nullableId(handover.termId));
    query.addBindValue(handover.date.toString(Qt::ISODate));
    for (const QString &value :
         {handover.place, handover.from.name, handover.from.position, handover.from.office, handover.to.name,
          handover.to.position, handover.to.office, handover.witness.name, handover.witness.position, handover.notes}) {
        query.addBindValue(text(value));
    }
    query.addBindValue(handover.copies);
}

Status exec(QSqlQuery &query)
{
    return query.exec() ? Status() : Status(fromSqlError(query.lastError()));
}
} // namespace

Result<qint64> HandoverStore::insert(const Handover &handover)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO handover (kind, kecamatan_id, term_id, held_on, place, from_name, from_position, from_office, "
        "to_name, to_position, to_office, witness_name, witness_position, notes, copies, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindHeader(query, handover);
    query.addBindValue(handover.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(handover.createdBy));
    if (Status status = exec(query); !status) {
        return status.error();
    }
    return query.lastInsertId().toLongLong();
}

Status HandoverStore::update(const Handover &handover)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE handover SET kind = ?, kecamatan_id = ?, term_id = ?, held_on = ?, place = ?, from_name = ?, "
        "from_position = ?, from_office = ?, to_name = ?, to_position = ?, to_office = ?, witness_name = ?, "
        "witness_position = ?, notes = ?, copies = ? WHERE id = ?"));
    bindHeader(query, handover);
    query.addBindValue(handover.id);
    return exec(query);
}

Status HandoverStore::setItems(qint64 handoverId, const QList<HandoverItem> &items)
{
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM handover_account WHERE handover_id = ?"));
    remove.addBindValue(handoverId);
    if (Status status = exec(remove); !status) {
        return status;
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO handover_account (handover_id, account_id, position, "
                                  "password_changed, recovery_changed) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const HandoverItem &item : items) {
        insert.addBindValue(handoverId);
        insert.addBindValue(item.accountId);
        insert.addBindValue(++position);
        insert.addBindValue(item.passwordChanged ? 1 : 0);
        insert.addBindValue(item.recoveryChanged ? 1 : 0);
        if (Status status = exec(insert); !status) {
            return status;
        }
    }
    return {};
}

Status HandoverStore::setItemFlags(qint64 handoverId, qint64 accountId, bool passwordChanged, bool recoveryChanged)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE handover_account SET password_changed = ?, recovery_changed = ? "
                                 "WHERE handover_id = ? AND account_id = ?"));
    query.addBindValue(passwordChanged ? 1 : 0);
    query.addBindValue(recoveryChanged ? 1 : 0);
    query.addBindValue(handoverId);
    query.addBindValue(accountId);
    return exec(query);
}

Status HandoverStore::setItemStatuses(qint64 handoverId, qint64 accountId, AccountStatus before, AccountStatus after)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE handover_account SET status_before = ?, status_after = ? "
                                 "WHERE handover_id = ? AND account_id = ?"));
    query.addBindValue(statusId(before));
    query.addBindValue(statusId(after));
    query.addBindValue(handoverId);
    query.addBindValue(accountId);
    return exec(query);
}

Status HandoverStore::finalize(qint64 handoverId, const QString &number, int sequence, qint64 committeeId,
                               const QDateTime &at, const QString &officer)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE handover SET number = ?, sequence = ?, committee_id = ?, finalized_at = ?, "
                                 "finalized_by = ? WHERE id = ? AND finalized_at IS NULL"));
    query.addBindValue(number);
    query.addBindValue(sequence);
    query.addBindValue(nullableId(committeeId));
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(officer));
    query.addBindValue(handoverId);
    return exec(query);
}

Status HandoverStore::remove(qint64 handoverId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM handover_account WHERE handover_id = ?"),
                               QStringLiteral("DELETE FROM handover WHERE id = ?")}) {
        QSqlQuery query(m_db.connection());
        query.prepare(sql);
        query.addBindValue(handoverId);
        if (Status status = exec(query); !status) {
            return status;
        }
    }
    return {};
}

Result<int> HandoverStore::nextSequence(int year)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM handover WHERE finalized_at IS NOT "
                                 "NULL AND substr(held_on, 1, 4) = ?"));
    query.addBindValue(QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')));
    if (!query.exec() || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toInt();
}

Result<bool> HandoverStore::numberTaken(const QString &number)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM handover WHERE number = ?"));
    query.addBindValue(number);
    if (!query.exec() || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong() > 0;
}

Result<QList<HandoverItem>> HandoverStore::items(qint64 handoverId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT account_id, password_changed, recovery_changed, status_before, status_after "
                                 "FROM handover_account WHERE handover_id = ? ORDER BY position"));
    query.addBindValue(handoverId);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<HandoverItem> items;
    while (query.next()) {
        HandoverItem item;
        item.accountId = query.value(0).toLongLong();
        item.passwordChanged = query.value(1).toInt() != 0;
        item.recoveryChanged = query.value(2).toInt() != 0;
        if (!query.value(3).isNull()) {
            item.statusBefore = statusFromId(query.value(3).toString());
        }
        if (!query.value(4).isNull()) {
            item.statusAfter = statusFromId(query.value(4).toString());
        }
        items.append(item);
    }
    return items;
}

Result<Handover> HandoverStore::find(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(Select + QStringLiteral(" WHERE h.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "There is no handover with number %1. See: brankas-cli "
                                                         "handover list"),
                     {QString::number(id)});
    }
    Handover handover = handoverFrom(query);
    auto loaded = items(id);
    if (!loaded) {
        return loaded.error();
    }
    handover.items = std::move(loaded).value();
    return handover;
}

Result<QList<Handover>> HandoverStore::list(const HandoverFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.kecamatanCode.trimmed().isEmpty()) {
        where << QStringLiteral("k.code = ?");
        values << filter.kecamatanCode.trimmed();
    }
    if (filter.accountId > 0) {
        where << QStringLiteral("h.id IN (SELECT handover_id FROM handover_account WHERE account_id = ?)");
        values << filter.accountId;
    }
    auto query =
        SelectQuery{Select, where, values, QStringLiteral("h.held_on DESC, h.id DESC"), filter.limit}.run(m_db);
    if (!query) {
        return query.error();
    }
    QList<Handover> handovers;
    while (query.value().next()) {
        handovers.append(handoverFrom(query.value()));
    }
    for (Handover &handover : handovers) {
        auto loaded = items(handover.id);
        if (!loaded) {
            return loaded.error();
        }
        handover.items = std::move(loaded).value();
    }
    return handovers;
}

Result<qint64> HandoverStore::committeeFor(qint64 kecamatanId, qint64 termId)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO committee (kecamatan_id, term_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(kecamatanId);
    insert.addBindValue(termId);
    if (Status status = exec(insert); !status) {
        return status.error();
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM committee WHERE kecamatan_id = ? AND term_id = ?"));
    query.addBindValue(kecamatanId);
    query.addBindValue(termId);
    if (!query.exec() || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

Status HandoverStore::addCommitteeMember(qint64 committeeId, const QString &name, const QString &position)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO committee_member (committee_id, name, position, handles_social_media) SELECT ?, ?, ?, 1 "
        "WHERE NOT EXISTS (SELECT 1 FROM committee_member WHERE committee_id = ? AND lower(name) = lower(?))"));
    query.addBindValue(committeeId);
    query.addBindValue(text(name));
    query.addBindValue(text(position));
    query.addBindValue(committeeId);
    query.addBindValue(text(name));
    return exec(query);
}

} // namespace Brankas::Storage
