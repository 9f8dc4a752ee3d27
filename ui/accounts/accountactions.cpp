// SPDX-License-Identifier: GPL-3.0-or-later
// What the Accounts page does to the account (or accounts) selected: copy its username, password
// or two-factor code, add, edit, change status. Kept apart from accountspage.cpp, which lays the
// page out and keeps its list, selection and detail current.
#include "accountspage.h"

#include "../app/workspace.h"
#include "../models/accounttablemodel.h"
#include "accountdetailpanel.h"
#include "accountdialog.h"
#include "bulkstatusdialog.h"
#include "secretpanel.h"
#include "statusdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>

namespace Brankas {

void AccountsPage::copyUsername()
{
    const std::optional<Account> account = currentAccount();
    if (!account) {
        return;
    }
    // A handle is public (it is on the profile page): an ordinary copy, not a logged secret.
    QGuiApplication::clipboard()->setText(account->handle);
    m_statusNote->setText(tr("Copied the username %1.").arg(AccountTableModel::handleText(*account)));
}

void AccountsPage::copyPassword()
{
    if (!detailIsCurrent() || !m_detail->secretPanel()) {
        return;
    }
    if (!m_detail->secretPanel()->has(SecretKind::Password)) {
        m_statusNote->setText(tr("This account has no password recorded."));
        return;
    }
    m_detail->secretPanel()->copy(SecretKind::Password);
}

void AccountsPage::copyTotp()
{
    if (!detailIsCurrent() || !m_detail->secretPanel()) {
        return;
    }
    if (!m_detail->secretPanel()->has(SecretKind::Totp)) {
        m_statusNote->setText(tr("This account has no two-factor (TOTP) key recorded."));
        return;
    }
    m_detail->secretPanel()->copyTotpCode();
}

void AccountsPage::addAccount()
{
    if (!m_workspace.canChangeRegister()) {
        return;
    }
    AccountDialog dialog(m_workspace, this);
    if (const std::optional<Account> account = currentAccount()) {
        dialog.setKecamatan(account->kecamatanCode);
    }
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        showAccount(dialog.saved()->id);
    }
}

void AccountsPage::editAccount()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !m_workspace.canChangeRegister()) {
        return;
    }
    AccountDialog dialog(m_workspace, *account, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        showAccount(dialog.saved()->id);
    } else if (m_stale) {
        showAccount(account->id); // changed elsewhere meanwhile: the edit was refused on a stale view
    }
}

void AccountsPage::changeStatus()
{
    if (const QList<qint64> selected = selectedAccountIds(); selected.size() > 1 && m_workspace.canChangeRegister()) {
        BulkStatusDialog dialog(m_workspace, selected, this);
        if (dialog.exec() == QDialog::Accepted && dialog.changed()) {
            const qsizetype moved = dialog.changed()->moves.size();
            const qsizetype refused = dialog.changed()->refused.size();
            m_statusNote->setText(
                refused == 0 ? tr("%n account(s) changed status.", nullptr, int(moved))
                             : tr("%n account(s) changed status; %1 could not.", nullptr, int(moved)).arg(refused));
            m_selectedCountShown = false;
        }
        return;
    }
    const std::optional<Account> account = currentAccount();
    if (!account || !m_workspace.canChangeRegister()) {
        return;
    }
    StatusDialog dialog(m_workspace, *account, this);
    if (dialog.exec() == QDialog::Accepted && dialog.changed()) {
        showAccount(dialog.changed()->id);
    } else if (m_stale) {
        showAccount(account->id); // changed elsewhere meanwhile: the dialog was refused on a stale view
    }
}

} // namespace Brankas
