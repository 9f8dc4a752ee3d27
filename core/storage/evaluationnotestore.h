// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/evaluationnote.h"
#include "../result.h"

#include <optional>

namespace Brankas::Storage {

class Database;

// evaluation_note: the achievements and obstacles of each kecamatan and year.
class EvaluationNoteStore
{
public:
    explicit EvaluationNoteStore(Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(const EvaluationNote &note);
    // Changes the category and text of a note (its kecamatan, year and kind stay).
    Status update(const EvaluationNote &note);
    // The notes of the year (every year when none), by kecamatan code, then in the order written.
    Result<QList<EvaluationNote>> list(std::optional<int> year);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
