// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnotes.h"

#include "../register/kecamatanregister.h"
#include "../register/permissions.h"
#include "../storage/evaluationnotestore.h"
#include "../text/textrules.h"
#include "../vault/vault.h"

#include <QJsonObject>

#include <algorithm>

namespace Brankas {

namespace {
// The rules a note's category and text follow, when added and when corrected. Returns the text as
// stored (spaces simplified).
Result<QString> checkedNote(NoteKind kind, const std::optional<ObstacleCategory> &category, const QString &text)
{
    if (kind == NoteKind::Obstacle && !category) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "An obstacle needs its category: no-device, officer-changed, "
                                                         "account-locked, platform-restriction or other."));
    }
    if (kind == NoteKind::Achievement && category) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an obstacle has a category; leave it out for an "
                                                         "achievement."));
    }
    const QString simplified = text.simplified();
    if (simplified.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Write what was achieved or what got in the way, in a "
                                                         "sentence or two."));
    }
    // simplified() already turned line breaks into spaces; the check still catches hidden marks.
    if (Status clean = checkText(TextRules::EvaluationNote, simplified); !clean) {
        return clean.error();
    }
    return simplified;
}
} // namespace

Result<EvaluationNote> EvaluationNotes::add(const Session &session, const QString &kecamatanCode, int year,
                                            NoteKind kind, std::optional<ObstacleCategory> category,
                                            const QString &text)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    const int thisYear = m_vault.clock().nowUtc().date().year();
    if (year < 2000 || year > thisYear) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The year %1 is not one to evaluate: give a year from 2000 "
                                                         "to %2."),
                     {QString::number(year), QString::number(thisYear)});
    }
    auto checked = checkedNote(kind, category, text);
    if (!checked) {
        return checked.error();
    }
    EvaluationNote note;
    note.text = checked.value();
    auto kecamatan = KecamatanRegister(m_vault).find(kecamatanCode);
    if (!kecamatan) {
        return kecamatan.error();
    }
    note.kecamatanId = kecamatan.value().id;
    note.kecamatanCode = kecamatan.value().code;
    note.kecamatanName = kecamatan.value().name;
    note.year = year;
    note.kind = kind;
    note.category = category;
    note.createdAt = m_vault.clock().nowUtc();
    note.officer = session.officer.name;
    Storage::EvaluationNoteStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto id = store.insert(note);
        if (!id) {
            return id.error();
        }
        note.id = id.value();
        QJsonObject details{{QStringLiteral("note"), note.id},
                            {QStringLiteral("year"), year},
                            {QStringLiteral("kind"), noteKindId(kind)},
                            {QStringLiteral("text"), note.text}};
        if (category) {
            details.insert(QStringLiteral("category"), obstacleCategoryId(*category));
        }
        return QList<LogEvent>{
            {QStringLiteral("evaluation.note-added"), QStringLiteral("kecamatan:%1").arg(note.kecamatanCode), details}};
    });
    if (!status) {
        return status.error();
    }
    return note;
}

Result<EvaluationNote> EvaluationNotes::edit(const Session &session, qint64 noteId,
                                             std::optional<ObstacleCategory> category, const QString &text)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Storage::EvaluationNoteStore store(m_vault.database());
    auto all = store.list(std::nullopt);
    if (!all) {
        return all.error();
    }
    const auto found = std::find_if(all.value().cbegin(), all.value().cend(),
                                    [noteId](const EvaluationNote &note) { return note.id == noteId; });
    if (found == all.value().cend()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "There is no evaluation note %1."),
                     {QString::number(noteId)});
    }
    auto checked = checkedNote(found->kind, category, text);
    if (!checked) {
        return checked.error();
    }
    const EvaluationNote before = *found;
    EvaluationNote note = before;
    note.category = category;
    note.text = checked.value();
    if (note.category == before.category && note.text == before.text) {
        return note; // nothing changes, so nothing is written or logged
    }
    auto describe = [](const EvaluationNote &n) {
        QJsonObject object{{QStringLiteral("text"), n.text}};
        if (n.category) {
            object.insert(QStringLiteral("category"), obstacleCategoryId(*n.category));
        }
        return object;
    };
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status updated = store.update(note); !updated) {
            return updated.error();
        }
        return QList<LogEvent>{{QStringLiteral("evaluation.note-changed"),
                                QStringLiteral("kecamatan:%1").arg(note.kecamatanCode),
                                QJsonObject{{QStringLiteral("note"), note.id},
                                            {QStringLiteral("year"), note.year},
                                            {QStringLiteral("kind"), noteKindId(note.kind)},
                                            {QStringLiteral("from"), describe(before)},
                                            {QStringLiteral("to"), describe(note)}}}};
    });
    if (!status) {
        return status.error();
    }
    return note;
}

Result<QList<EvaluationNote>> EvaluationNotes::list(std::optional<int> year)
{
    return Storage::EvaluationNoteStore(m_vault.database()).list(year);
}

} // namespace Brankas
