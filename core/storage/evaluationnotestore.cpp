// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnotestore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<qint64> EvaluationNoteStore::insert(const EvaluationNote &note)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO evaluation_note (kecamatan_id, year, kind, category, text, created_at, "
                                 "officer) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(note.kecamatanId);
    query.addBindValue(note.year);
    query.addBindValue(noteKindId(note.kind));
    query.addBindValue(note.category ? QVariant(obstacleCategoryId(*note.category))
                                     : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(note.text);
    query.addBindValue(note.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(note.officer);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Status EvaluationNoteStore::update(const EvaluationNote &note)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE evaluation_note SET category = ?, text = ? WHERE id = ?"));
    query.addBindValue(note.category ? QVariant(obstacleCategoryId(*note.category))
                                     : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(note.text);
    query.addBindValue(note.id);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Result<QList<EvaluationNote>> EvaluationNoteStore::list(std::optional<int> year)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT n.id, n.kecamatan_id, k.code, k.name, n.year, n.kind, n.category, n.text, "
                                 "n.created_at, n.officer FROM evaluation_note n JOIN kecamatan k ON "
                                 "k.id = n.kecamatan_id %1 ORDER BY n.year, k.code, n.id")
                      .arg(year ? QStringLiteral("WHERE n.year = ?") : QString()));
    if (year) {
        query.addBindValue(*year);
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<EvaluationNote> notes;
    while (query.next()) {
        EvaluationNote note;
        note.id = query.value(0).toLongLong();
        note.kecamatanId = query.value(1).toLongLong();
        note.kecamatanCode = query.value(2).toString();
        note.kecamatanName = query.value(3).toString();
        note.year = query.value(4).toInt();
        note.kind = noteKindFromId(query.value(5).toString()).value_or(NoteKind::Achievement);
        if (!query.value(6).isNull()) {
            note.category = obstacleCategoryFromId(query.value(6).toString()).value_or(ObstacleCategory::Other);
        }
        note.text = query.value(7).toString();
        note.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        note.officer = query.value(9).toString();
        notes.append(note);
    }
    return notes;
}

} // namespace Brankas::Storage
