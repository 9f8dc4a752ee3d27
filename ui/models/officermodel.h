// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/officer.h>

#include <QAbstractTableModel>

namespace Brankas {

// The officers of the vault with their role and whether they may still sign in. Holds no
// passphrase material: only what Officers::list returns.
class OfficerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, StateColumn, SinceColumn, ColumnCount };
    enum Role { OfficerIdRole = Qt::UserRole + 1 };

    explicit OfficerModel(QObject *parent = nullptr);

    void setOfficers(QList<Officer> officers);
    const Officer &officer(int row) const { return m_officers.at(row); }
    int rowOf(const QString &name) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Officer> m_officers;
};

} // namespace Brankas
