// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverlistmodel.h"

#include <core/handover/handovers.h>
#include <ui/models/displaytime.h>

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace Brankas {

HandoverListModel::HandoverListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status HandoverListModel::load(Vault &vault)
{
    auto handovers = Handovers(vault).list();
    if (!handovers) {
        return handovers.error();
    }
    setHandovers(std::move(handovers).value());
    return {};
}

void HandoverListModel::setHandovers(QList<Handover> handovers)
{
    beginResetModel();
    m_handovers = std::move(handovers);
    endResetModel();
}

int HandoverListModel::rowOf(qint64 handoverId) const
{
    for (int row = 0; row < m_handovers.size(); ++row) {
        if (m_handovers.at(row).id == handoverId) {
            return row;
        }
    }
    return -1;
}

int HandoverListModel::draftCount() const
{
    return int(std::count_if(m_handovers.cbegin(), m_handovers.cend(),
                             [](const Handover &handover) { return !handover.isFinal(); }));
}

int HandoverListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_handovers.size());
}

int HandoverListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HandoverListModel::kindText(HandoverKind kind)
{
    switch (kind) {
    case HandoverKind::Activation:
        return tr("Activation");
    case HandoverKind::Return:
        return tr("Return");
    case HandoverKind::Transfer:
        return tr("Transfer");
    }
    return {};
}

QVariant HandoverListModel::display(const Handover &handover, int column) const
{
    switch (column) {
    case NumberColumn:
        return handover.isFinal() ? handover.number : tr("Draft");
    case DateColumn:
        return DisplayTime::date(handover.date);
    case KindColumn:
        return kindText(handover.kind);
    case KecamatanColumn:
        return handover.kecamatanName;
    case PartiesColumn:
        return tr("%1 → %2").arg(handover.from.name, handover.to.name);
    case AccountsColumn:
        return handover.items.size();
    case FinalizedColumn:
        if (!handover.isFinal()) {
            return tr("Not final (started by %1)").arg(handover.createdBy);
        }
        return tr("%1, %2").arg(handover.finalizedBy, DisplayTime::dateTime(handover.finalizedAt));
    default:
        return {};
    }
}

QVariant HandoverListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Handover &handover = m_handovers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(handover, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PartiesColumn) {
            return tr("Handed over by %1 (%2), received by %3 (%4)")
                .arg(handover.from.name, handover.from.position, handover.to.name, handover.to.position);
        }
        if (index.column() == NumberColumn && !handover.isFinal()) {
            return tr("A draft: continue it to finalise it, or discard it.");
        }
        return {};
    case Qt::FontRole:
        if (index.column() == NumberColumn && !handover.isFinal()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AccountsColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case HandoverIdRole:
        return handover.id;
    case IsFinalRole:
        return handover.isFinal();
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            // Finalised ones by year and sequence; drafts after them.
            return handover.isFinal() ? handover.date.year() * 100000 + handover.sequence
                                      : std::numeric_limits<int>::max();
        case DateColumn:
            return handover.date;
        case AccountsColumn:
            return handover.items.size();
        case FinalizedColumn:
            return handover.finalizedAt;
        default:
            return display(handover, index.column());
        }
    default:
        return {};
    }
}

QVariant HandoverListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case KecamatanColumn:
        return tr("Kecamatan");
    case PartiesColumn:
        return tr("From → to");
    case AccountsColumn:
        return tr("Accounts");
    case FinalizedColumn:
        return tr("Finalised");
    default:
        return {};
    }
}

void HandoverListModel::retranslate()
{
    if (!m_handovers.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Brankas
