// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnotemodel.h"

namespace Brankas {

EvaluationNoteModel::EvaluationNoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EvaluationNoteModel::setNotes(QList<EvaluationNote> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

void EvaluationNoteModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_notes.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int EvaluationNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int EvaluationNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const EvaluationNote &note = m_notes.at(index.row());
    switch (index.column()) {
    case KecamatanColumn:
        return QStringLiteral("%1 (%2)").arg(note.kecamatanName, note.kecamatanCode);
    case KindColumn:
        return noteKindDisplayName(note.kind);
    case CategoryColumn:
        return note.category ? obstacleCategoryDisplayName(*note.category) : QString();
    case TextColumn:
        return note.text;
    case OfficerColumn:
        return note.officer;
    default:
        return {};
    }
}

QVariant EvaluationNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KecamatanColumn:
        return tr("Kecamatan");
    case KindColumn:
        return tr("Kind");
    case CategoryColumn:
        return tr("Category");
    case TextColumn:
        return tr("Note");
    case OfficerColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace Brankas
