// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoveraccountspage.h"

#include "handoverwizard.h"

#include <core/handover/handovers.h>
#include <core/register/kecamatanregister.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/accounttablemodel.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Brankas {

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
}

HandoverAccountsPage::HandoverAccountsPage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QTreeWidget(this))
    , m_all(new QPushButton(this))
    , m_none(new QPushButton(this))
    , m_count(Look::label(this, QStringLiteral("accountCount"), false))
    , m_empty(Look::label(this, QStringLiteral("noCandidates")))
{
    m_list->setObjectName(QStringLiteral("handoverAccounts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(4);
    m_list->setIconSize(QSize(18, 18));
    m_list->header()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_list->header()->resizeSection(0, 40 * em);
    m_list->header()->resizeSection(1, 18 * em);
    m_list->header()->resizeSection(2, 16 * em);
    m_empty->setObjectName(QStringLiteral("noteBox"));
    m_empty->setContentsMargins(10, 8, 10, 8);
    m_empty->setVisible(false);
    Look::setMuted(m_count);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_all, &QPushButton::clicked, this, [this]() { setAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this]() { setAll(false); });
    connect(m_list, &QTreeWidget::itemChanged, this, &HandoverAccountsPage::updateCount);
    retranslateUi();
}

void HandoverAccountsPage::initializePage()
{
    const NewHandover &spec = m_wizard->spec();
    auto record = KecamatanRegister(m_wizard->workspace().vault()).find(spec.kecamatanCode);
    m_kecamatanName = record ? record->name : spec.kecamatanCode;
    auto candidates = Handovers(m_wizard->workspace().vault()).candidates(spec.kecamatanCode, spec.kind);
    if (!candidates) {
        Messages::showError(this, candidates.error());
        m_candidates.clear();
    } else {
        m_candidates = std::move(candidates).value();
    }
    fill();
}

void HandoverAccountsPage::fill()
{
    const QList<qint64> &chosen = m_wizard->spec().accountIds;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Account &account : std::as_const(m_candidates)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, AccountIdRole, account.id);
        item->setIcon(0, AccountIcons::platform(account.platform));
        item->setText(0, AccountTableModel::platformText(account) + QStringLiteral("  ") +
                             AccountTableModel::handleText(account));
        item->setToolTip(0, account.url());
        item->setIcon(1, AccountIcons::status(account.status));
        item->setText(1, statusDisplayName(account.status));
        item->setText(2, natureDisplayName(account.nature));
        item->setText(3, account.nature == AccountNature::Permanent && !account.holder.isEmpty()
                             ? tr("Held by %1").arg(account.holder)
                             : account.termName);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, chosen.isEmpty() || chosen.contains(account.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_empty->setVisible(m_candidates.isEmpty());
    m_list->setVisible(!m_candidates.isEmpty());
    m_all->setVisible(!m_candidates.isEmpty());
    m_none->setVisible(!m_candidates.isEmpty());
    retranslateUi();
    updateCount();
}

QList<qint64> HandoverAccountsPage::checkedAccountIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked) {
            ids.append(item->data(0, AccountIdRole).toLongLong());
        }
    }
    return ids;
}

void HandoverAccountsPage::setChecked(qint64 accountId, bool checked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, AccountIdRole).toLongLong() == accountId) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void HandoverAccountsPage::setAll(bool checked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        m_list->topLevelItem(row)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void HandoverAccountsPage::updateCount()
{
    m_count->setText(
        tr("%1 of %n account(s) chosen", nullptr, int(m_candidates.size())).arg(checkedAccountIds().size()));
    Q_EMIT completeChanged();
}

bool HandoverAccountsPage::isComplete() const
{
    return !checkedAccountIds().isEmpty();
}

bool HandoverAccountsPage::validatePage()
{
    m_wizard->spec().accountIds = checkedAccountIds();
    // A draft that exists already follows the choice at once; a new one is recorded with its parties.
    return m_wizard->handoverId() <= 0 || m_wizard->save().ok();
}

void HandoverAccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverAccountsPage::retranslateUi()
{
    setTitle(tr("Accounts"));
    setSubTitle(tr("The accounts this handover includes. Only accounts whose status allows this kind of "
                   "handover are listed."));
    m_list->setHeaderLabels({tr("Account"), tr("Status now"), tr("Nature"), tr("Term or holder")});
    m_all->setText(tr("Choose all"));
    m_none->setText(tr("Choose none"));
    m_empty->setText(tr("Kecamatan %1 has no account that this kind of handover can include. Go back and choose "
                        "another kind or kecamatan.")
                         .arg(m_kecamatanName));
    if (!m_candidates.isEmpty()) {
        updateCount();
    }
}

} // namespace Brankas
