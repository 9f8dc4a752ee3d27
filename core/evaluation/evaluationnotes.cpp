// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnotes.h"

#include "../register/kecamatanregister.h"
#include "../register/permissions.h"
#include "../storage/evaluationnotestore.h"
#include "../text/textrules.h"
#include "../vault/vault.h"

#include <QJsonObject>

namespace Brankas {

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
    EvaluationNote note;
    note.text = text.simplified();
    if (note.text.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Write what was achieved or what got in the way, in a "
                                                         "sentence or two."));
    }
    // simplified() already turned line breaks into spaces; the check still catches hidden marks.
    if (Status clean = checkText(TextRules::EvaluationNote, note.text); !clean) {
        return clean.error();
    }
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

Result<QList<EvaluationNote>> EvaluationNotes::list(std::optional<int> year)
{
    return Storage::EvaluationNoteStore(m_vault.database()).list(year);
}

} // namespace Brankas
