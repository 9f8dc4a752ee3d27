// SPDX-License-Identifier: GPL-3.0-or-later
#include "termlistmodel.h"

#include "displaytime.h"

#include <core/register/terms.h>

#include <algorithm>

namespace Brankas {

TermListModel::TermListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

Status TermListModel::load(Vault &vault)
{
    auto terms = Terms(vault).list();
    if (!terms) {
        return terms.error();
    }
    setTerms(std::move(terms).value());
    return {};
}

void TermListModel::setTerms(QList<Term> terms)
{
    beginResetModel();
    m_terms = std::move(terms);
    std::stable_sort(m_terms.begin(), m_terms.end(), [](const Term &a, const Term &b) {
        return a.formedOn != b.formedOn ? a.formedOn > b.formedOn : a.id > b.id;
    });
    endResetModel();
}

void TermListModel::setExtraRows(bool allRow, bool noTermRow)
{
    beginResetModel();
    m_allRow = allRow;
    m_noTermRow = noTermRow;
    endResetModel();
}

int TermListModel::rowOf(std::optional<qint64> termId) const
{
    if (!termId) {
        return m_allRow ? 0 : -1;
    }
    if (*termId == 0) {
        return m_noTermRow ? (m_allRow ? 1 : 0) : -1;
    }
    for (int i = 0; i < m_terms.size(); ++i) {
        if (m_terms.at(i).id == *termId) {
            return i + offset();
        }
    }
    return -1;
}

std::optional<qint64> TermListModel::termIdAt(int row) const
{
    if (m_allRow && row == 0) {
        return std::nullopt;
    }
    if (m_noTermRow && row == (m_allRow ? 1 : 0)) {
        return qint64(0);
    }
    const int termRow = row - offset();
    return termRow >= 0 && termRow < m_terms.size() ? std::optional<qint64>(m_terms.at(termRow).id) : std::nullopt;
}

int TermListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size()) + offset();
}

QVariant TermListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    if (m_allRow && row == 0) {
        return role == Qt::DisplayRole ? QVariant(tr("All terms")) : QVariant();
    }
    if (m_noTermRow && row == (m_allRow ? 1 : 0)) {
        if (role == Qt::DisplayRole) {
            return tr("No term");
        }
        return role == TermIdRole ? QVariant(qint64(0)) : QVariant();
    }
    const Term &term = m_terms.at(row - offset());
    switch (role) {
    case Qt::DisplayRole:
        return term.name;
    case Qt::ToolTipRole:
        return tr("%1 to %2").arg(DisplayTime::longDate(term.formedOn), DisplayTime::longDate(term.effectiveEnd()));
    case TermIdRole:
        return term.id;
    default:
        return {};
    }
}

void TermListModel::retranslate()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }
}

} // namespace Brankas
