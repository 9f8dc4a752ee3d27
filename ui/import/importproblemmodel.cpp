// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemmodel.h"

namespace Brankas {

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportProblemModel::setProblems(const QList<ImportProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

QString ImportProblemModel::line(int row) const
{
    const ImportProblem &problem = m_problems.at(row);
    return problem.column.isEmpty() ? tr("row %1: %2").arg(problem.row).arg(problem.message)
                                    : tr("row %1: %2: %3").arg(problem.row).arg(problem.column, problem.message);
}

void ImportProblemModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_problems.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportProblem &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return problem.row;
        case ColumnColumn:
            return problem.column.isEmpty() ? tr("(whole row)") : problem.column;
        case ProblemColumn:
            return problem.message;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ProblemColumn) {
        return problem.message;
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::AccessibleTextRole) {
        return line(index.row());
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ProblemColumn:
        return tr("What is wrong");
    }
    return {};
}

} // namespace Brankas
