// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QList>

namespace Brankas {

class Vault;

// One account's status changes, newest first: when, from which status to which, why, and who.
class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ChangeColumn, ReasonColumn, OfficerColumn, ColumnCount };

    explicit StatusHistoryModel(QObject *parent = nullptr);

    Status load(Vault &vault, qint64 accountId);
    void setChanges(QList<StatusChange> changes); // any order; shown newest first
    void clear() { setChanges({}); }
    const QList<StatusChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<StatusChange> m_changes;
};

} // namespace Brankas
