// SPDX-License-Identifier: GPL-3.0-or-later
#include "termtablemodel.h"

#include "displaytime.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Brankas {

TermTableModel::TermTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TermTableModel::setTerms(QList<Term> terms, const QDate &today)
{
    beginResetModel();
    m_terms = std::move(terms);
    // The newest term first: it is the one an officer works with.
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [](const Term &a, const Term &b) { return a.formedOn > b.formedOn; });
    m_today = today;
    endResetModel();
}

int TermTableModel::rowOf(qint64 termId) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).id == termId) {
            return row;
        }
    }
    return -1;
}

QString TermTableModel::stateText(const Term &term) const
{
    const QDate end = term.effectiveEnd();
    if (term.formedOn > m_today) {
        return tr("Starts %1").arg(DisplayTime::date(term.formedOn));
    }
    if (end < m_today) {
        return tr("Ended %1").arg(DisplayTime::date(end));
    }
    return tr("Running, %n day(s) left", nullptr, int(m_today.daysTo(end)));
}

void TermTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_terms.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int TermTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int TermTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TermTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Term &term = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return term.name;
        case FormedColumn:
            return DisplayTime::date(term.formedOn);
        case EndsColumn:
            return DisplayTime::date(term.endsOn);
        case EffectiveEndColumn:
            return term.extensions.isEmpty() ? tr("Not extended") : DisplayTime::date(term.effectiveEnd());
        case ExtensionsColumn:
            return term.extensions.isEmpty() ? QString() : term.extensions.last().basis;
        case StateColumn:
            return stateText(term);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            const bool running = term.formedOn <= m_today && term.effectiveEnd() >= m_today;
            return QApplication::style()->standardIcon(running ? QStyle::SP_MediaPlay : QStyle::SP_MediaStop);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExtensionsColumn && !term.extensions.isEmpty()) {
            QStringList lines;
            for (const TermExtension &extension : term.extensions) {
                lines << tr("Until %1: %2").arg(DisplayTime::date(extension.until), extension.basis);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case TermIdRole:
        return term.id;
    }
    return {};
}

QVariant TermTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Term");
    case FormedColumn:
        return tr("Formed on");
    case EndsColumn:
        return tr("Ends on");
    case EffectiveEndColumn:
        return tr("Extended until");
    case ExtensionsColumn:
        return tr("Basis of the last extension");
    case StateColumn:
        return tr("Today");
    }
    return {};
}

} // namespace Brankas
