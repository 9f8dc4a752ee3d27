// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatantablemodel.h"

#include "displaytime.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Brankas {

KecamatanTableModel::KecamatanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KecamatanTableModel::setKecamatan(QList<KecamatanRecord> records, QHash<QString, int> liveCounts)
{
    beginResetModel();
    m_records = std::move(records);
    m_live = std::move(liveCounts);
    endResetModel();
}

int KecamatanTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).code == code) {
            return row;
        }
    }
    return -1;
}

void KecamatanTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int KecamatanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int KecamatanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KecamatanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KecamatanRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return record.code;
        case NameColumn:
            return record.name;
        case AddressColumn:
            return record.address;
        case PhoneColumn:
            return record.phone;
        case EmailColumn:
            return record.email;
        case AccountsColumn:
            return QLocale().toString(record.accountCount);
        case LiveColumn:
            return QLocale().toString(m_live.value(record.code));
        case StateColumn:
            return record.retired() ? tr("Retired %1").arg(DisplayTime::date(record.retiredAt.toLocalTime().date()))
                                    : tr("In use");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn && record.retired()) {
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AccountsColumn || index.column() == LiveColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case CodeRole:
        return record.code;
    case RetiredRole:
        return record.retired();
    }
    return {};
}

QVariant KecamatanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Kecamatan");
    case AddressColumn:
        return tr("Secretariat address");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case AccountsColumn:
        return tr("Accounts");
    case LiveColumn:
        return tr("Live accounts");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace Brankas
