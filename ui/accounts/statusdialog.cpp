// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdialog.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../models/accounticons.h"
#include "../models/accounttablemodel.h"

#include <core/register/accounts.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Brankas {

StatusDialog::StatusDialog(Workspace &workspace, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_account(account)
    , m_intro(Look::label(this, QStringLiteral("statusIntro")))
    , m_currentLabel(Look::label(this, QString(), false))
    , m_current(Look::label(this, QStringLiteral("currentStatus"), false))
    , m_targetLabel(Look::label(this, QString(), false))
    , m_target(new QComboBox(this))
    , m_reasonLabel(Look::label(this, QString(), false))
    , m_reason(new QLineEdit(this))
    , m_hint(Look::label(this, QStringLiteral("statusHint")))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("statusDialog"));
    setMinimumWidth(480);
    m_target->setObjectName(QStringLiteral("newStatus"));
    m_reason->setObjectName(QStringLiteral("statusReason"));
    Look::setMuted(m_hint);
    Look::setFont(m_current, 1.0, QFont::DemiBold);

    // Every status except the current one; the rules decide which can be chosen.
    auto *model = new QStandardItemModel(m_target);
    for (const AccountStatus status : allStatuses()) {
        if (status == account.status) {
            continue;
        }
        auto *item = new QStandardItem(AccountIcons::status(status), statusDisplayName(status));
        item->setData(int(status), Qt::UserRole);
        const Status allowed = checkTransition(account.status, status, account.nature);
        if (!allowed) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(allowed.error().message());
        }
        model->appendRow(item);
    }
    m_target->setModel(model);
    const QList<AccountStatus> allowed = allowedTransitions(account.status, account.nature);
    m_target->setCurrentIndex(allowed.isEmpty() ? -1 : m_target->findData(int(allowed.first()), Qt::UserRole));
    m_target->setEnabled(!allowed.isEmpty());

    auto *currentLine = new QHBoxLayout;
    auto *currentIcon = new QLabel(this);
    currentIcon->setPixmap(AccountIcons::status(account.status).pixmap(16, 16));
    currentLine->addWidget(currentIcon);
    currentLine->addWidget(m_current, 1);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_currentLabel, currentLine);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_reasonLabel, m_reason);

    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusDialog::updateState);
    connect(m_target, &QComboBox::currentIndexChanged, this, &StatusDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslateUi();
}

bool StatusDialog::setTarget(AccountStatus status)
{
    const int row = m_target->findData(int(status), Qt::UserRole);
    if (row < 0) {
        return false;
    }
    m_target->setCurrentIndex(row);
    return true;
}

void StatusDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void StatusDialog::updateState()
{
    const bool chosen = m_target->currentIndex() >= 0 && m_target->isEnabled();
    m_ok->setEnabled(chosen && !m_reason->text().simplified().isEmpty());
    if (!m_target->isEnabled()) {
        // Nothing is allowed from here (a closed account): say why, in core's words.
        const AccountStatus other =
            m_account.status == AccountStatus::Active ? AccountStatus::Closed : AccountStatus::Active;
        m_hint->setText(checkTransition(m_account.status, other, m_account.nature).error().message());
    } else if (m_reason->text().simplified().isEmpty()) {
        m_hint->setText(tr("Give the reason: it goes into the account's history and the archive log."));
    } else {
        m_hint->setText(tr("Greyed-out statuses are not possible from \"%1\"; point at one to see why.")
                            .arg(statusDisplayName(m_account.status)));
    }
}

void StatusDialog::accept()
{
    if (!m_ok->isEnabled()) {
        return;
    }
    const auto to = AccountStatus(m_target->currentData(Qt::UserRole).toInt());
    auto changed = Accounts(m_workspace.vault())
                       .changeStatus(m_workspace.session(), m_account.id, to, m_reason->text(), m_account.updatedAt);
    if (!changed) {
        Messages::showError(this, changed.error());
        if (changed.error().code() == ErrorCode::Conflict) {
            // What this dialog shows is out of date: the window reloads the account, and the
            // officer decides again from what it is now.
            m_workspace.notifyRegisterChanged();
            QDialog::reject();
        }
        return;
    }
    m_changed = std::move(changed).value();
    m_workspace.notifyRegisterChanged();
    QDialog::accept();
}

void StatusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void StatusDialog::retranslateUi()
{
    setWindowTitle(tr("Change status"));
    m_intro->setText(tr("Change the status of %1 (%2).")
                         .arg(AccountTableModel::platformText(m_account) + QLatin1Char(' ') +
                                  AccountTableModel::handleText(m_account),
                              m_account.kecamatanName));
    m_currentLabel->setText(tr("Now"));
    m_current->setText(statusDisplayName(m_account.status));
    m_targetLabel->setText(tr("New status"));
    m_reasonLabel->setText(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Term ended; decree number"));
    auto *model = qobject_cast<QStandardItemModel *>(m_target->model());
    for (int row = 0; model && row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row);
        const auto status = AccountStatus(item->data(Qt::UserRole).toInt());
        item->setText(statusDisplayName(status));
        const Status allowed = checkTransition(m_account.status, status, m_account.nature);
        item->setToolTip(allowed ? QString() : allowed.error().message());
    }
    m_ok->setText(tr("Change status"));
    m_cancel->setText(tr("Cancel"));
    updateState();
}

} // namespace Brankas
