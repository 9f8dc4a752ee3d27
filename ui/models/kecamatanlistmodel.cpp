// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanlistmodel.h"

#include <core/register/kecamatanregister.h>

#include <algorithm>

namespace Brankas {

KecamatanListModel::KecamatanListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

Status KecamatanListModel::load(Vault &vault, bool includeRetired)
{
    auto kecamatan = KecamatanRegister(vault).list(includeRetired);
    if (!kecamatan) {
        return kecamatan.error();
    }
    setKecamatan(std::move(kecamatan).value());
    return {};
}

void KecamatanListModel::setKecamatan(QList<KecamatanRecord> kecamatan)
{
    beginResetModel();
    m_kecamatan = std::move(kecamatan);
    std::stable_sort(m_kecamatan.begin(), m_kecamatan.end(), [](const KecamatanRecord &a, const KecamatanRecord &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    endResetModel();
}

void KecamatanListModel::setAllRow(bool shown)
{
    if (shown == m_allRow) {
        return;
    }
    if (shown) {
        beginInsertRows({}, 0, 0);
        m_allRow = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, 0, 0);
        m_allRow = false;
        endRemoveRows();
    }
}

int KecamatanListModel::rowOfId(qint64 id) const
{
    if (id == 0) {
        return m_allRow ? 0 : -1;
    }
    for (int i = 0; i < m_kecamatan.size(); ++i) {
        if (m_kecamatan.at(i).id == id) {
            return i + offset();
        }
    }
    return -1;
}

int KecamatanListModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_kecamatan.size(); ++i) {
        if (m_kecamatan.at(i).code == code) {
            return i + offset();
        }
    }
    return -1;
}

int KecamatanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kecamatan.size()) + offset();
}

QVariant KecamatanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (m_allRow && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All kecamatan");
        case KecamatanIdRole:
            return qint64(0);
        case RetiredRole:
            return false;
        default:
            return {};
        }
    }
    const KecamatanRecord &record = m_kecamatan.at(index.row() - offset());
    switch (role) {
    case Qt::DisplayRole:
        return record.retired() ? tr("%1 (retired)").arg(record.name) : record.name;
    case Qt::ToolTipRole:
    case CodeRole:
        return record.code;
    case KecamatanIdRole:
        return record.id;
    case RetiredRole:
        return record.retired();
    default:
        return {};
    }
}

Qt::ItemFlags KecamatanListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren
                           : QAbstractListModel::flags(index);
}

void KecamatanListModel::retranslate()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    }
}

} // namespace Brankas
