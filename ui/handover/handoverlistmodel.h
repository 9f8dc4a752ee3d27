// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/handover/handover.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QList>

namespace Brankas {

class Vault;

// The office's handovers, newest first: finalised ones by number, drafts marked as such. Holds
// Handover values, which never carry a secret.
class HandoverListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        DateColumn,
        KindColumn,
        KecamatanColumn,
        PartiesColumn,
        AccountsColumn,
        FinalizedColumn,
        ColumnCount
    };
    enum Role {
        HandoverIdRole = Qt::UserRole + 1,
        IsFinalRole,
        SortRole, // dates as dates, counts as numbers
    };

    explicit HandoverListModel(QObject *parent = nullptr);

    Status load(Vault &vault);
    void setHandovers(QList<Handover> handovers);
    const QList<Handover> &handovers() const { return m_handovers; }
    const Handover &handover(int row) const { return m_handovers.at(row); }
    int rowOf(qint64 handoverId) const; // -1 when absent
    int draftCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts come from tr() on every data() call; this tells the views to ask again.
    void retranslate();

    static QString kindText(HandoverKind kind);

private:
    QVariant display(const Handover &handover, int column) const;

    QList<Handover> m_handovers;
};

} // namespace Brankas
