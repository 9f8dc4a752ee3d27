// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/evaluationnote.h"
#include "../result.h"
#include "../vault/session.h"

namespace Brankas {

class Vault;

// The achievements and obstacles (kendala) of each kecamatan's accounts in a year, written for
// the evaluation meeting.
class EvaluationNotes
{
public:
    explicit EvaluationNotes(Vault &vault)
        : m_vault(vault)
    {}

    // An obstacle needs its category; an achievement has none.
    Result<EvaluationNote> add(const Session &session, const QString &kecamatanCode, int year, NoteKind kind,
                               std::optional<ObstacleCategory> category, const QString &text);
    // Corrects a note's category and text; its kecamatan, year and kind stay. The log keeps the
    // old and the new text (evaluation.note-changed); an edit that changes nothing logs nothing.
    Result<EvaluationNote> edit(const Session &session, qint64 noteId, std::optional<ObstacleCategory> category,
                                const QString &text);
    Result<QList<EvaluationNote>> list(std::optional<int> year);

private:
    Vault &m_vault;
};

} // namespace Brankas
