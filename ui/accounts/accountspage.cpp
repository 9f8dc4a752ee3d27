// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../layout/adaptivesplitter.h"
#include "../look.h"
#include "../models/accountfiltermodel.h"
#include "../models/accounttablemodel.h"
#include "accountdetailpanel.h"
#include "accountfilterbar.h"
#include "accounttableview.h"
#include "secretpanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Brankas {

namespace {
// Long enough that typing a word loads one account's histories, not one per keystroke.
constexpr int DetailDelayMs = 120;
} // namespace

AccountsPage::AccountsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AccountTableModel(this))
    , m_filter(new AccountFilterModel(this))
    , m_title(Look::label(this, QStringLiteral("accountsTitle"), false))
    , m_addButton(new QPushButton(this))
    , m_filterBar(new AccountFilterBar(this))
    , m_table(new AccountTableView(this))
    , m_detail(new AccountDetailPanel(workspace, this))
    , m_splitter(new AdaptiveSplitter(workspace.preferences(), QStringLiteral("accounts"), this))
    , m_detailDelay(new QTimer(this))
    , m_statusNote(Look::label(this, QStringLiteral("accountsNote")))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_find = action(QStringLiteral("findAccount"), QKeySequence::Find, nullptr);
    connect(m_find, &QAction::triggered, m_filterBar, &AccountFilterBar::focusSearch);
    m_copyUsername =
        action(QStringLiteral("copyUsername"), QKeySequence(Qt::CTRL | Qt::Key_B), &AccountsPage::copyUsername);
    m_copyPassword =
        action(QStringLiteral("copyPassword"), QKeySequence(Qt::CTRL | Qt::Key_C), &AccountsPage::copyPassword);
    // Ctrl+C copies the password only from the table: in a text field it still copies the text.
    m_copyPassword->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyPassword);
    m_copyTotp = action(QStringLiteral("copyTotp"), QKeySequence(Qt::CTRL | Qt::Key_T), &AccountsPage::copyTotp);
    m_add = action(QStringLiteral("addAccount"), QKeySequence::New, &AccountsPage::addAccount);
    m_edit = action(QStringLiteral("editAccount"), QKeySequence(Qt::CTRL | Qt::Key_E), &AccountsPage::editAccount);
    m_changeStatus = action(QStringLiteral("changeStatus"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            &AccountsPage::changeStatus);
    if (!m_workspace.canSeeSecrets()) {
        m_copyPassword->setVisible(false);
        m_copyTotp->setVisible(false);
    }
    if (!m_workspace.canChangeRegister()) {
        for (QAction *changing : {m_add, m_edit, m_changeStatus}) {
            changing->setVisible(false);
        }
        m_addButton->hide();
    }
    m_detail->addHeaderAction(m_edit);
    m_detail->addHeaderAction(m_changeStatus);

    Look::setFont(m_title, 1.45, QFont::DemiBold);
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    Look::setMuted(m_statusNote);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->sortByColumn(AccountTableModel::KecamatanColumn, Qt::AscendingOrder);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    // Beside the detail panel the table keeps room for handle, kecamatan and status; with less,
    // the panel moves below it.
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_detail->setParent(m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setDefaultSizes({770, 570}, {300, 400});

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    // Tight enough that the page fits 1366x768 at 125 % without scrolling.
    layout->setContentsMargins(16, 10, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusNote);

    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(DetailDelayMs);
    connect(m_detailDelay, &QTimer::timeout, this, &AccountsPage::updateDetail);
    connect(m_filterBar, &AccountFilterBar::criteriaChanged, m_filter, &AccountFilterModel::setCriteria);
    connect(m_filter, &AccountFilterModel::filtered, this, &AccountsPage::filterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::selectionChanged);
    connect(m_filterBar->searchField(), &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_workspace.canChangeRegister()) {
            editAccount();
        }
    });
    connect(&m_workspace, &Workspace::registerChanged, this, &AccountsPage::registerChanged);
    connect(&m_workspace, &Workspace::accountRequested, this, &AccountsPage::showAccount);

    retranslateUi();
    reload();
}

AccountsPage::~AccountsPage() = default;

QAction *AccountsPage::action(const QString &objectName, const QKeySequence &shortcut, void (AccountsPage::*slot)())
{
    auto *result = new QAction(this);
    result->setObjectName(objectName);
    result->setShortcut(shortcut);
    // Active while the officer works on this page, wherever its focus is.
    result->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(result);
    if (slot) {
        connect(result, &QAction::triggered, this, slot);
    }
    return result;
}

QList<QAction *> AccountsPage::accountActions() const
{
    QList<QAction *> actions{m_find, m_copyUsername};
    if (m_workspace.canSeeSecrets()) {
        actions << m_copyPassword << m_copyTotp;
    }
    if (m_workspace.canChangeRegister()) {
        actions << m_add << m_edit << m_changeStatus;
    }
    return actions;
}

void AccountsPage::reload()
{
    m_stale = false;
    const QDate today = m_workspace.clock().nowUtc().toLocalTime().date();
    Status loaded = m_model->load(m_workspace.vault(), today);
    if (!loaded) {
        m_statusNote->setText(loaded.error().message());
        Messages::showError(this, loaded.error());
    }
    m_filterBar->reload(m_workspace.vault());
    selectAccount(m_selectedId);
    updateDetail();
}

void AccountsPage::filterChanged()
{
    m_filterBar->setCounts(m_filter->shownCount(), m_filter->totalCount());
    // The filter rebuilt the rows: select the same account again, or the first match, so that
    // typing a name and pressing Ctrl+B copies the right account.
    if (m_filter->rowCount() == 0) {
        m_selectedId = 0;
        m_detailDelay->start();
        updateActions();
        return;
    }
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0 || !m_filter->mapFromSource(m_model->index(row, 0)).isValid()) {
        selectAccount(m_filter->index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong());
    } else {
        selectAccount(m_selectedId);
    }
}

void AccountsPage::selectAccount(qint64 accountId)
{
    const int sourceRow = m_model->rowOf(accountId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        m_selectedId = 0;
    } else {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        m_selectedId = accountId;
    }
    updateActions();
}

void AccountsPage::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_selectedId = current.isValid() ? current.data(AccountTableModel::AccountIdRole).toLongLong() : 0;
    updateActions();
    m_detailDelay->start();
}

QList<qint64> AccountsPage::selectedAccountIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        ids << row.data(AccountTableModel::AccountIdRole).toLongLong();
    }
    return ids;
}

void AccountsPage::selectionChanged()
{
    updateActions();
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    if (selected > 1) {
        m_statusNote->setText(tr("%n accounts selected: Change status acts on all of them.", nullptr, int(selected)));
    } else if (m_selectedCountShown) {
        m_statusNote->clear();
    }
    m_selectedCountShown = selected > 1;
}

std::optional<Account> AccountsPage::currentAccount() const
{
    const int row = m_model->rowOf(m_selectedId);
    return row < 0 ? std::nullopt : std::optional<Account>(m_model->account(row));
}

void AccountsPage::updateDetail()
{
    m_detailDelay->stop();
    m_detail->showAccount(currentAccount());
}

bool AccountsPage::detailIsCurrent()
{
    if (m_detailDelay->isActive() || (m_detail->account() ? m_detail->account()->id : 0) != m_selectedId) {
        updateDetail();
    }
    return m_selectedId != 0;
}

void AccountsPage::registerChanged()
{
    // A hidden page reads the register again when it is next shown or asked for an account:
    // reading 36,425 accounts for a page nobody looks at would only slow the others down.
    if (isVisible()) {
        reload();
    } else {
        m_stale = true;
    }
}

void AccountsPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        reload();
    }
    QWidget::showEvent(event);
}

void AccountsPage::showAccount(qint64 accountId)
{
    if (m_stale) {
        reload();
    }
    if (m_model->rowOf(accountId) < 0) {
        return;
    }
    const int sourceRow = m_model->rowOf(accountId);
    if (!m_filter->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        m_selectedId = accountId;
        m_filterBar->clear();
    }
    selectAccount(accountId);
    updateDetail();
}

void AccountsPage::updateActions()
{
    const bool selected = m_selectedId != 0;
    m_copyUsername->setEnabled(selected);
    m_copyPassword->setEnabled(selected && m_workspace.canSeeSecrets());
    m_copyTotp->setEnabled(selected && m_workspace.canSeeSecrets());
    m_edit->setEnabled(selected && m_workspace.canChangeRegister());
    const std::optional<Account> account = currentAccount();
    // Several rows: the dialog says which of them can make the change.
    const bool several = m_table->selectionModel()->selectedRows().size() > 1;
    m_changeStatus->setEnabled(
        m_workspace.canChangeRegister() &&
        (several || (account && !allowedTransitions(account->status, account->nature).isEmpty())));
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountsPage::retranslateUi()
{
    m_title->setText(tr("Social-media accounts"));
    m_addButton->setText(tr("Record account…"));
    m_find->setText(tr("&Find account"));
    m_copyUsername->setText(tr("Copy &username"));
    m_copyPassword->setText(tr("Copy &password"));
    m_copyTotp->setText(tr("Copy &TOTP code"));
    m_add->setText(tr("&Record account…"));
    m_edit->setText(tr("&Edit account…"));
    m_changeStatus->setText(tr("Change &status…"));
    // Tooltips name the shortcut, as the menus do.
    for (QAction *each : {m_find, m_copyUsername, m_copyPassword, m_copyTotp, m_add, m_edit, m_changeStatus}) {
        each->setToolTip(
            QStringLiteral("%1 (%2)").arg(each->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          each->shortcut().toString(QKeySequence::NativeText)));
    }
    m_addButton->setToolTip(m_add->toolTip());
    m_model->retranslate();
    m_filterBar->setCounts(m_filter->shownCount(), m_filter->totalCount());
    m_statusNote->clear();
}

} // namespace Brankas
