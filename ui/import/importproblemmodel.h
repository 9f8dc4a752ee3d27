// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/accountimport.h>

#include <QAbstractTableModel>

namespace Brankas {

// The problems of an import preview, one per line: the spreadsheet's row number, the column (its
// header in the sheet, or "whole row") and what is wrong. Holds no cell of the sheet itself.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, ProblemColumn, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<ImportProblem> &problems);
    const QList<ImportProblem> &problems() const { return m_problems; }
    // "row N: column: what is wrong", as the CLI prints it.
    QString line(int row) const;
    // The column titles read again in the UI language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace Brankas
