// SPDX-License-Identifier: GPL-3.0-or-later
#include "statushistorymodel.h"

#include "accounticons.h"
#include "displaytime.h"

#include <core/register/accounts.h>

#include <algorithm>

namespace Brankas {

StatusHistoryModel::StatusHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status StatusHistoryModel::load(Vault &vault, qint64 accountId)
{
    auto changes = Accounts(vault).statusHistory(accountId);
    if (!changes) {
        clear();
        return changes.error();
    }
    setChanges(std::move(changes).value());
    return {};
}

void StatusHistoryModel::setChanges(QList<StatusChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    std::stable_sort(m_changes.begin(), m_changes.end(), [](const StatusChange &a, const StatusChange &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    endResetModel();
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StatusChange &change = m_changes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return DisplayTime::dateTime(change.at);
        case ChangeColumn:
            return change.from ? tr("%1 → %2").arg(statusDisplayName(*change.from), statusDisplayName(change.to))
                               : statusDisplayName(change.to);
        case ReasonColumn:
            return reasonDisplayText(change.reason);
        case OfficerColumn:
            return change.officer;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == ChangeColumn) {
        return AccountIcons::status(change.to);
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case OfficerColumn:
        return tr("Officer");
    default:
        return {};
    }
}

void StatusHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace Brankas
