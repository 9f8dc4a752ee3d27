// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace Brankas {

class Vault;

// The register's accounts as a table. Holds Account values only, which never carry a secret.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PlatformColumn,
        HandleColumn,
        KecamatanColumn,
        StatusColumn,
        TermColumn,
        ActiveUntilColumn,
        HolderColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        // A value that sorts the column the way an officer expects (dates as dates, statuses in
        // their life-cycle order), for any sorting proxy.
        SortRole,
        // True for an account someone can still post on after its active period ended.
        PastTermRole,
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    // Reads every account of the register; `today` decides which are past their term.
    Status load(Vault &vault, const QDate &today);
    void setAccounts(QList<Account> accounts, const QDate &today);

    const QList<Account> &accounts() const { return m_accounts; }
    const Account &account(int row) const { return m_accounts.at(row); }
    // -1 when the account is not in the register (any more).
    int rowOf(qint64 accountId) const { return m_rowById.value(accountId, -1); }
    bool isPastTerm(int row) const;
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts come from tr() on every data() call; this tells the views to ask again.
    void retranslate();

    static QString platformText(const Account &account);
    static QString handleText(const Account &account);

private:
    QVariant display(const Account &account, int column, bool pastTerm) const;
    QVariant sortValue(const Account &account, int column) const;

    QList<Account> m_accounts;
    QHash<qint64, int> m_rowById;
    QDate m_today;
};

} // namespace Brankas
