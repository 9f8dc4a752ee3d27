// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class Workspace;

// Moves an account to another status with a reason. Only the statuses the rules allow from the
// current one can be chosen; the others are listed greyed out with the reason as their tooltip.
// A change core still refuses (someone changed the account meanwhile) shows core's message and
// keeps the dialog open.
class StatusDialog : public QDialog
{
    Q_OBJECT

public:
    StatusDialog(Workspace &workspace, const Account &account, QWidget *parent = nullptr);

    // The account as core returned it after the change; empty until accepted.
    const std::optional<Account> &changed() const { return m_changed; }

    // For tests and callers that preselect (a bulk "deactivate at term end").
    bool setTarget(AccountStatus status);
    void setReason(const QString &reason);
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Workspace &m_workspace;
    Account m_account;
    std::optional<Account> m_changed;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLabel *m_current;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace Brankas
