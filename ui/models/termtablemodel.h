// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/term.h>

#include <QAbstractTableModel>

namespace Brankas {

// The terms (masa tugas) with their period, extensions and where they stand today.
class TermTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FormedColumn,
        EndsColumn,
        EffectiveEndColumn,
        ExtensionsColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { TermIdRole = Qt::UserRole + 1 };

    explicit TermTableModel(QObject *parent = nullptr);

    void setTerms(QList<Term> terms, const QDate &today);
    const Term &term(int row) const { return m_terms.at(row); }
    int rowOf(qint64 termId) const;
    // "Running, 12 days left", "Ended 31 December 2024", "Starts 1 March 2027".
    QString stateText(const Term &term) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Term> m_terms;
    QDate m_today;
};

} // namespace Brankas
