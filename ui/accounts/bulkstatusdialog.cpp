// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkstatusdialog.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../models/accounticons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

namespace {
// The confirmation names this many refused accounts, then says how many more there are.
constexpr int NamedInQuestion = 8;

QString refusedLine(const RefusedAccount &refused)
{
    return QStringLiteral("%1: %2").arg(refused.label, refused.reason.message());
}
} // namespace

BulkStatusDialog::BulkStatusDialog(Workspace &workspace, QList<qint64> accountIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ids(std::move(accountIds))
    , m_intro(Look::label(this, QStringLiteral("bulkStatusIntro")))
    , m_targetLabel(Look::label(this, QString(), false))
    , m_target(new QComboBox(this))
    , m_reasonLabel(Look::label(this, QString(), false))
    , m_reason(new QLineEdit(this))
    , m_summary(Look::label(this, QStringLiteral("bulkStatusSummary")))
    , m_refused(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("bulkStatusDialog"));
    setMinimumWidth(560);
    m_target->setObjectName(QStringLiteral("newStatus"));
    m_reason->setObjectName(QStringLiteral("statusReason"));
    m_refused->setObjectName(QStringLiteral("refusedAccounts"));
    m_refused->setSelectionMode(QAbstractItemView::NoSelection);
    // Core's reasons are sentences: wrapped, never cut off behind a horizontal scroll bar.
    m_refused->setWordWrap(true);
    m_refused->setResizeMode(QListView::Adjust);
    m_refused->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_refused->setMaximumHeight(fontMetrics().height() * 8);
    Look::setFont(m_summary, 1.0, QFont::DemiBold);

    // A status no selected account can reach still shows, so the officer sees why in the list.
    for (const AccountStatus status : allStatuses()) {
        if (status != AccountStatus::Requested) {
            m_target->addItem(AccountIcons::status(status), statusDisplayName(status), int(status));
        }
    }

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_reasonLabel, m_reason);

    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkStatusDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkStatusDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkStatusDialog::updateState);
    connect(m_target, &QComboBox::currentIndexChanged, this, &BulkStatusDialog::checkTarget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_refused);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslateUi();
    checkTarget();
}

AccountStatus BulkStatusDialog::target() const
{
    return AccountStatus(m_target->currentData().toInt());
}

bool BulkStatusDialog::setTarget(AccountStatus status)
{
    const int row = m_target->findData(int(status));
    if (row < 0) {
        return false;
    }
    m_target->setCurrentIndex(row);
    return true;
}

void BulkStatusDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void BulkStatusDialog::checkTarget()
{
    auto plan = Accounts(m_workspace.vault()).checkStatusChanges(m_workspace.session(), {.ids = m_ids}, target());
    m_plan.reset();
    m_planError.reset();
    if (plan) {
        m_plan = std::move(plan).value();
    } else {
        m_planError = plan.error();
    }
    m_refused->clear();
    if (m_plan) {
        for (const RefusedAccount &refused : std::as_const(m_plan->refused)) {
            m_refused->addItem(refusedLine(refused));
        }
    }
    m_refused->setVisible(m_refused->count() > 0);
    updateState();
}

void BulkStatusDialog::updateState()
{
    const bool movable = m_plan && !m_plan->moves.isEmpty();
    m_ok->setEnabled(movable && !m_reason->text().simplified().isEmpty());
    if (m_planError) {
        m_summary->setText(m_planError->message());
    } else if (!movable) {
        m_summary->setText(tr("None of the selected accounts can become \"%1\".").arg(statusDisplayName(target())));
    } else if (m_plan->refused.isEmpty()) {
        m_summary->setText(tr("All %n selected account(s) will become \"%1\".", nullptr, int(m_plan->moves.size()))
                               .arg(statusDisplayName(target())));
    } else {
        m_summary->setText(tr("%n account(s) will become \"%1\"; the accounts below cannot and stay as they are:",
                              nullptr, int(m_plan->moves.size()))
                               .arg(statusDisplayName(target())));
    }
}

QString BulkStatusDialog::confirmationText() const
{
    if (!m_plan) {
        return {};
    }
    QString text =
        tr("Change the status of %n account(s) to \"%1\", with the reason \"%2\"?", nullptr, int(m_plan->moves.size()))
            .arg(statusDisplayName(target()), m_reason->text().simplified());
    if (!m_plan->refused.isEmpty()) {
        QStringList named;
        for (const RefusedAccount &refused : m_plan->refused.mid(0, NamedInQuestion)) {
            named << QStringLiteral("• ") + refusedLine(refused);
        }
        if (m_plan->refused.size() > NamedInQuestion) {
            named << tr("and %n more.", nullptr, int(m_plan->refused.size() - NamedInQuestion));
        }
        text +=
            QStringLiteral("\n\n") +
            tr("%n account(s) cannot make this change and stay as they are:", nullptr, int(m_plan->refused.size())) +
            QLatin1Char('\n') + named.join(QLatin1Char('\n'));
    }
    return text;
}

void BulkStatusDialog::accept()
{
    if (!m_ok->isEnabled() || !m_plan) {
        return;
    }
    if (!Messages::confirm(this, tr("Change status"), confirmationText(), tr("Change status"))) {
        return;
    }
    // The officer saw and accepted the refused accounts; any refused since then stops the change.
    auto changed = Accounts(m_workspace.vault())
                       .changeStatusMany(m_workspace.session(), {.ids = m_ids}, target(), m_reason->text(),
                                         !m_plan->refused.isEmpty());
    if (changed && !changed.value().recorded) {
        checkTarget();
        Messages::showError(
            this, Error(ErrorCode::InvalidInput,
                        QT_TRANSLATE_NOOP("Brankas::Error", "The accounts changed meanwhile; nothing was changed. "
                                                            "Check the accounts listed and try again.")));
        return;
    }
    if (!changed) {
        Messages::showError(this, changed.error());
        checkTarget();
        return;
    }
    m_changed = std::move(changed).value();
    m_workspace.notifyRegisterChanged();
    QDialog::accept();
}

void BulkStatusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void BulkStatusDialog::retranslateUi()
{
    setWindowTitle(tr("Change status of several accounts"));
    m_intro->setText(tr("Change the status of the %n selected account(s) at once, with one reason. Each account "
                        "keeps its own entry in its history and in the archive log.",
                        nullptr, int(m_ids.size())));
    m_targetLabel->setText(tr("New status"));
    m_reasonLabel->setText(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Term ended; decree number"));
    for (int row = 0; row < m_target->count(); ++row) {
        m_target->setItemText(row, statusDisplayName(AccountStatus(m_target->itemData(row).toInt())));
    }
    m_ok->setText(tr("Change status"));
    m_cancel->setText(tr("Cancel"));
    if (m_plan) {
        m_refused->clear();
        for (const RefusedAccount &refused : std::as_const(m_plan->refused)) {
            m_refused->addItem(refusedLine(refused));
        }
    }
    updateState();
}

} // namespace Brankas
