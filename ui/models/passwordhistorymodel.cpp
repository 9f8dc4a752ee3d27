// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhistorymodel.h"

#include "displaytime.h"

#include <core/domain/account.h>

#include <QFont>

#include <algorithm>

namespace Brankas {

PasswordHistoryModel::PasswordHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status PasswordHistoryModel::load(Vault &vault, qint64 accountId)
{
    auto versions = Secrets(vault).history(accountId);
    if (!versions) {
        clear();
        return versions.error();
    }
    setVersions(std::move(versions).value());
    return {};
}

void PasswordHistoryModel::setVersions(QList<SecretVersion> versions)
{
    beginResetModel();
    m_versions.clear();
    for (SecretVersion &version : versions) {
        if (!m_kind || version.kind == *m_kind) {
            m_versions << std::move(version);
        }
    }
    std::stable_sort(m_versions.begin(), m_versions.end(), [](const SecretVersion &a, const SecretVersion &b) {
        return a.setAt != b.setAt ? a.setAt > b.setAt : a.id > b.id;
    });
    endResetModel();
}

int PasswordHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PasswordHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PasswordHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SecretVersion &version = m_versions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SetAtColumn:
            return version.current ? tr("%1 (current)").arg(DisplayTime::dateTime(version.setAt))
                                   : DisplayTime::dateTime(version.setAt);
        case KindColumn:
            return secretKindDisplayName(version.kind);
        case OfficerColumn:
            return version.officer;
        case ReasonColumn:
            return reasonDisplayText(version.reason);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && version.current) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return {};
}

QVariant PasswordHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SetAtColumn:
        return tr("Set on");
    case KindColumn:
        return tr("Kind");
    case OfficerColumn:
        return tr("Officer");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void PasswordHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_versions.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace Brankas
