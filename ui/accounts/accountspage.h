// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounttableview.h"

#include <core/domain/account.h>

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTimer;

namespace Brankas {

class AdaptiveSplitter;

class AccountDetailPanel;
class AccountFilterBar;
class AccountFilterModel;
class AccountTableModel;
class Workspace;

// The register of accounts: a filter bar, the table, and the selected account's details with its
// secrets. Its actions (copy username/password/TOTP, record, edit, change status, find) carry
// their shortcuts, for the main window's menus; they act on the table's current account, except
// the status change, which acts on every selected row.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AccountsPage() override;

    // In menu order; viewers get no copy-secret or changing actions.
    QList<QAction *> accountActions() const;
    QAction *findAction() const { return m_find; }
    QAction *copyUsernameAction() const { return m_copyUsername; }
    QAction *copyPasswordAction() const { return m_copyPassword; }
    QAction *copyTotpAction() const { return m_copyTotp; }
    QAction *addAccountAction() const { return m_add; }
    QAction *editAccountAction() const { return m_edit; }
    QAction *changeStatusAction() const { return m_changeStatus; }

    // Selects the account (clearing filters that hide it) and shows its details at once.
    void showAccount(qint64 accountId);
    std::optional<Account> currentAccount() const;
    // The accounts of the selected rows, in the table's order; the status change acts on all.
    QList<qint64> selectedAccountIds() const;
    // Reads the register again, keeping filters and selection.
    void reload();

    AccountTableModel *accountModel() const { return m_model; }
    AccountFilterModel *filterModel() const { return m_filter; }
    AccountFilterBar *filterBar() const { return m_filterBar; }
    AccountTableView *table() const { return m_table; }
    AccountDetailPanel *detailPanel() const { return m_detail; }

    // The action handlers, also callable directly. Each says why when it cannot act.
    void copyUsername();
    void copyPassword();
    void copyTotp();
    void addAccount();
    void editAccount();
    void changeStatus();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QAction *action(const QString &objectName, const QKeySequence &shortcut, void (AccountsPage::*slot)());
    void retranslateUi();
    void registerChanged();
    void filterChanged();
    void currentRowChanged();
    void selectionChanged();
    void selectAccount(qint64 accountId);
    void updateDetail();
    void updateActions();
    // The detail panel shows the selected account (it lags behind typing in the search field).
    bool detailIsCurrent();

    Workspace &m_workspace;
    AccountTableModel *m_model;
    AccountFilterModel *m_filter;
    QLabel *m_title;
    QPushButton *m_addButton;
    AccountFilterBar *m_filterBar;
    AccountTableView *m_table;
    AccountDetailPanel *m_detail;
    AdaptiveSplitter *m_splitter;
    QTimer *m_detailDelay;
    QLabel *m_statusNote;
    qint64 m_selectedId = 0;
    bool m_stale = false;
    bool m_selectedCountShown = false; // the note says how many rows are selected
    QAction *m_find;
    QAction *m_copyUsername;
    QAction *m_copyPassword;
    QAction *m_copyTotp;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_changeStatus;
};

} // namespace Brankas
