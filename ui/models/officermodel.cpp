// SPDX-License-Identifier: GPL-3.0-or-later
#include "officermodel.h"

#include "displaytime.h"

#include <QApplication>
#include <QStyle>

namespace Brankas {

OfficerModel::OfficerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OfficerModel::setOfficers(QList<Officer> officers)
{
    beginResetModel();
    m_officers = std::move(officers);
    endResetModel();
}

int OfficerModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_officers.size(); ++row) {
        if (m_officers.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

void OfficerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_officers.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int OfficerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_officers.size());
}

int OfficerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Officer &officer = m_officers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return officer.name;
        case RoleColumn:
            return roleDisplayName(officer.role);
        case StateColumn:
            if (officer.disabled) {
                return tr("Access closed on %1 by %2")
                    .arg(DisplayTime::date(officer.disabledAt.toLocalTime().date()), officer.disabledBy);
            }
            return officer.mustChangePassphrase ? tr("Temporary passphrase") : tr("Can sign in");
        case SinceColumn:
            return DisplayTime::date(officer.createdAt.toLocalTime().date());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && officer.disabled) {
            return tr("Why: %1").arg(officer.disabledReason);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            return QApplication::style()->standardIcon(officer.disabled ? QStyle::SP_DialogCancelButton
                                                                        : QStyle::SP_DialogApplyButton);
        }
        return {};
    case OfficerIdRole:
        return officer.id;
    }
    return {};
}

QVariant OfficerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("Status");
    case SinceColumn:
        return tr("Officer since");
    }
    return {};
}

} // namespace Brankas
