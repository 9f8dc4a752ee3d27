// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/kecamatanrecord.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Brankas {

// The office's kecamatan with their secretariat contacts, how many accounts each has and how many
// of those are live (someone can still post on them), and whether the kecamatan was retired.
class KecamatanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        AddressColumn,
        PhoneColumn,
        EmailColumn,
        AccountsColumn,
        LiveColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, RetiredRole };

    explicit KecamatanTableModel(QObject *parent = nullptr);

    // liveCounts: live accounts by kecamatan code.
    void setKecamatan(QList<KecamatanRecord> records, QHash<QString, int> liveCounts);
    const KecamatanRecord &record(int row) const { return m_records.at(row); }
    int liveCount(const QString &code) const { return m_live.value(code); }
    int rowOf(const QString &code) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KecamatanRecord> m_records;
    QHash<QString, int> m_live;
};

} // namespace Brankas
