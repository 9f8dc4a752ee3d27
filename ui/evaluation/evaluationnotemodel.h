// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/evaluationnote.h>

#include <QAbstractTableModel>

namespace Brankas {

// The achievements and obstacles of a year, for the Evaluasi page's notes table.
class EvaluationNoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The text last: it takes the room left and may be long.
    enum Column { KecamatanColumn, KindColumn, CategoryColumn, OfficerColumn, TextColumn, ColumnCount };

    explicit EvaluationNoteModel(QObject *parent = nullptr);

    void setNotes(QList<EvaluationNote> notes);
    const EvaluationNote &note(int row) const { return m_notes.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvaluationNote> m_notes;
};

} // namespace Brankas
