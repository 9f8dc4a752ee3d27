// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdetailpanel.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../models/accounticons.h"
#include "../models/accountlogmodel.h"
#include "../models/accounttablemodel.h"
#include "../models/displaytime.h"
#include "../models/passwordhistorymodel.h"
#include "../models/statushistorymodel.h"
#include "secretpanel.h"

#include <core/register/secrets.h>

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}
} // namespace

AccountDetailPanel::AccountDetailPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_statusHistory(new StatusHistoryModel(this))
    , m_passwordHistory(new PasswordHistoryModel(this))
    , m_log(new AccountLogModel(this))
{
    setObjectName(QStringLiteral("accountDetail"));
    m_emptyHint = Look::label(m_stack, QStringLiteral("detailEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    Look::setMuted(m_emptyHint);
    m_stack->addWidget(m_emptyHint);

    auto *scroll = new QScrollArea(m_stack);
    m_scroll = scroll;
    scroll->viewport()->installEventFilter(this);
    scroll->setWidgetResizable(true);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("detailContent"));
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    // Header: what the account is, and where it stands.
    m_platformIcon = new QLabel(content);
    m_platformIcon->setFixedSize(36, 36);
    m_handle = Look::label(content, QStringLiteral("detailHandle"), false);
    Look::setFont(m_handle, 1.45, QFont::DemiBold);
    m_handle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_displayName = Look::label(content, QStringLiteral("detailDisplayName"));
    Look::setMuted(m_displayName);
    m_url = new QLabel(content);
    m_url->setObjectName(QStringLiteral("detailUrl"));
    m_url->setTextFormat(Qt::RichText);
    m_url->setOpenExternalLinks(true);
    m_statusIcon = new QLabel(content);
    m_statusIcon->setFixedSize(18, 18);
    m_status = Look::label(content, QStringLiteral("detailStatus"));
    Look::setFont(m_status, 1.0, QFont::DemiBold);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_handle);
    titleColumn->addWidget(m_displayName);
    titleColumn->addWidget(m_url);
    auto *statusLine = new QHBoxLayout;
    statusLine->setSpacing(6);
    statusLine->addWidget(m_statusIcon);
    statusLine->addWidget(m_status);
    statusLine->addStretch();
    titleColumn->addSpacing(4);
    titleColumn->addLayout(statusLine);
    // Under the status it changes, so a narrow panel never has to scroll sideways.
    m_headerButtons = new QHBoxLayout;
    m_headerButtons->setSpacing(6);
    m_headerButtons->setAlignment(Qt::AlignLeft);
    titleColumn->addSpacing(6);
    titleColumn->addLayout(m_headerButtons);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_platformIcon, 0, Qt::AlignTop);
    header->addLayout(titleColumn, 1);

    // Details in two columns, each name small above its value, so long e-mail addresses and
    // dates keep their line in a narrow panel.
    auto *fields = new QGridLayout;
    m_fields = fields;
    fields->setHorizontalSpacing(24);
    fields->setVerticalSpacing(10);
    fields->setColumnStretch(0, 1);
    fields->setColumnStretch(1, 1);
    m_kecamatan = addField(fields, 0, 0, QT_TR_NOOP("Kecamatan"));
    m_email = addField(fields, 0, 1, QT_TR_NOOP("Recovery e-mail"));
    m_term = addField(fields, 1, 0, QT_TR_NOOP("Term"));
    m_phone = addField(fields, 1, 1, QT_TR_NOOP("Recovery phone"));
    m_period = addField(fields, 2, 0, QT_TR_NOOP("Active period"));
    m_twoFactor = addField(fields, 2, 1, QT_TR_NOOP("Two-factor sign-in"));
    m_nature = addField(fields, 3, 0, QT_TR_NOOP("Nature"));
    m_holder = addField(fields, 3, 1, QT_TR_NOOP("Holder"));
    m_reviewed = addField(fields, 4, 0, QT_TR_NOOP("Last review"));
    m_recorded = addField(fields, 4, 1, QT_TR_NOOP("Recorded on"));
    m_notes = Look::label(content, QStringLiteral("detailNotes"));

    auto *secretCard = new QFrame(content);
    secretCard->setObjectName(QStringLiteral("secretCard"));
    m_secretsTitle = Look::label(secretCard, QStringLiteral("secretsTitle"), false);
    Look::setFont(m_secretsTitle, 1.05, QFont::DemiBold);
    m_viewerNote = Look::label(secretCard, QStringLiteral("viewerNote"));
    Look::setMuted(m_viewerNote);
    if (m_workspace.canSeeSecrets()) {
        m_secrets = new SecretPanel(m_workspace, secretCard);
        connect(m_secrets, &SecretPanel::secretUsed, this, &AccountDetailPanel::logChanged);
        m_viewerNote->hide();
    }

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->setDocumentMode(true);
    QTableView *statusView = historyView(m_tabs, QStringLiteral("statusHistoryView"));
    statusView->setModel(m_statusHistory);
    QTableView *passwordView = historyView(m_tabs, QStringLiteral("passwordHistoryView"));
    passwordView->setModel(m_passwordHistory);
    QTableView *logView = historyView(m_tabs, QStringLiteral("accountLogView"));
    logView->setModel(m_log);
    m_tabs->addTab(statusView, QString());
    m_tabs->addTab(passwordView, QString());
    m_tabs->addTab(logView, QString());
    m_tabs->setMinimumHeight(200);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (Status loaded = loadLogIfShown(); !loaded) {
            Messages::showError(this, loaded.error());
        }
    });

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(fields);
    layout->addWidget(m_notes);
    auto *secretLayout = new QVBoxLayout(secretCard);
    secretLayout->setContentsMargins(14, 10, 14, 12);
    secretLayout->setSpacing(8);
    secretLayout->addWidget(m_secretsTitle);
    if (m_secrets) {
        secretLayout->addWidget(m_secrets);
    }
    secretLayout->addWidget(m_viewerNote);
    layout->addWidget(secretCard);
    layout->addWidget(m_tabs, 1);

    // The panel reads as one card beside the table; the sign-in block is set apart inside it.
    setStyleSheet(QStringLiteral("QScrollArea#detailScroll { border: 1px solid palette(mid); border-radius: 6px; "
                                 "background: palette(base); }"
                                 "QWidget#detailContent { background: palette(base); }"
                                 "QFrame#secretCard { background: #f3f6fa; border: 1px solid #d3dce6; "
                                 "border-radius: 6px; }"
                                 "QFrame#secretCard QLabel { background: transparent; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    retranslateUi();
    showAccount(std::nullopt);
}

QLabel *AccountDetailPanel::addField(QGridLayout *grid, int row, int column, const char *name)
{
    auto *label = Look::label(this, QString(), false);
    Look::setMuted(label);
    Look::setFont(label, 0.9);
    auto *value = Look::label(this, QString());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(label);
    cell->addWidget(value);
    grid->addLayout(cell, row, column);
    m_cells.append(cell);
    // Kept untranslated: retranslateUi() sets the label in the current language.
    m_fieldNames.append({label, name});
    return value;
}

QSize AccountDetailPanel::minimumSizeHint() const
{
    QLayout *content = m_scroll->widget()->layout();
    int width = 0;
    for (int i = 0; i < content->count(); ++i) {
        QLayoutItem *item = content->itemAt(i);
        if (item->layout() == m_fields) {
            for (const QLayout *cell : m_cells) {
                width = std::max(width, cell->minimumSize().width());
            }
        } else if (!item->isEmpty()) {
            width = std::max(width, item->minimumSize().width());
        }
    }
    const QMargins margins = content->contentsMargins();
    width += margins.left() + margins.right() + m_scroll->verticalScrollBar()->sizeHint().width() +
             2 * m_scroll->frameWidth();
    return {std::max(width, fontMetrics().averageCharWidth() * 40), QWidget::minimumSizeHint().height()};
}

bool AccountDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        arrangeFields(m_scroll->viewport()->width());
    }
    return QWidget::eventFilter(watched, event);
}

void AccountDetailPanel::arrangeFields(int width)
{
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int room = width - margins.left() - margins.right();
    int twoColumns = 0;
    for (int i = 0; i + 1 < m_cells.size(); i += 2) {
        twoColumns = std::max(twoColumns, m_cells.at(i)->minimumSize().width() + m_fields->horizontalSpacing() +
                                              m_cells.at(i + 1)->minimumSize().width());
    }
    const int columns = room >= twoColumns ? 2 : 1;
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (QLayout *cell : std::as_const(m_cells)) {
        m_fields->removeItem(cell);
        cell->setParent(nullptr); // addLayout() takes only a layout without a parent
    }
    // One column reads the left column's facts first, then the recovery contacts and the rest.
    const int rows = int(m_cells.size() + 1) / 2;
    for (int i = 0; i < m_cells.size(); ++i) {
        const int row = i / 2;
        const int column = i % 2;
        if (columns == 2) {
            m_fields->addLayout(m_cells.at(i), row, column);
        } else {
            m_fields->addLayout(m_cells.at(i), column * rows + row, 0);
        }
    }
    m_fields->setColumnStretch(1, columns == 2 ? 1 : 0);
}

QTableView *AccountDetailPanel::historyView(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

void AccountDetailPanel::addHeaderAction(QAction *action)
{
    // A push button (not a tool button) so it looks like the panel's other buttons; it follows
    // the action's text, tooltip, enabled state and visibility.
    auto *button = new QPushButton(this);
    button->setObjectName(QStringLiteral("header_") + action->objectName());
    auto follow = [button, action] {
        button->setText(action->text().remove(QLatin1Char('&')));
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_headerButtons->addWidget(button);
}

void AccountDetailPanel::showAccount(const std::optional<Account> &account)
{
    m_account = account;
    if (!m_account) {
        m_stack->setCurrentIndex(0);
        if (m_secrets) {
            m_secrets->setAccount(0, {});
        }
        m_statusHistory->clear();
        m_passwordHistory->clear();
        m_log->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    fillFields();
    reloadHistory();
}

void AccountDetailPanel::reloadHistory()
{
    if (!m_account) {
        return;
    }
    Vault &vault = m_workspace.vault();
    const qint64 id = m_account->id;
    Status status = m_statusHistory->load(vault, id);
    auto versions = Secrets(vault).history(id);
    QList<SecretKind> present;
    if (versions) {
        for (const SecretVersion &version : versions.value()) {
            if (version.current && !present.contains(version.kind)) {
                present << version.kind;
            }
        }
        m_passwordHistory->setVersions(std::move(versions).value());
    } else {
        m_passwordHistory->clear();
    }
    if (m_secrets) {
        m_secrets->setAccount(id, present);
    }
    m_logStale = true;
    const Status log = loadLogIfShown();
    for (const Error &error : {status.error(), versions.error(), log.error()}) {
        if (error.isError()) {
            Messages::showError(this, error);
            break;
        }
    }
}

void AccountDetailPanel::logChanged()
{
    m_logStale = true;
    // Best effort: the tab is a convenience; the log itself was written by core.
    static_cast<void>(loadLogIfShown());
}

Status AccountDetailPanel::loadLogIfShown()
{
    // On a national vault finding one account's entries reads the whole log (half a second for a
    // million entries), so it waits until the officer opens the tab.
    if (!m_logStale || !m_account || m_tabs->currentIndex() != LogTab) {
        return {};
    }
    m_logStale = false;
    return m_log->load(m_workspace.vault(), m_account->id);
}

void AccountDetailPanel::fillFields()
{
    const Account &account = *m_account;
    m_platformIcon->setPixmap(AccountIcons::platform(account.platform).pixmap(36, 36));
    m_platformIcon->setToolTip(AccountTableModel::platformText(account));
    m_handle->setText(AccountTableModel::handleText(account));
    m_displayName->setText(account.displayName.isEmpty()
                               ? AccountTableModel::platformText(account)
                               : tr("%1 · %2").arg(account.displayName, AccountTableModel::platformText(account)));
    const QString url = account.url();
    m_url->setText(url.isEmpty()
                       ? QString()
                       : QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    m_url->setVisible(!url.isEmpty());

    const bool pastTerm = isLive(account.status) && account.activeUntil.isValid() &&
                          account.activeUntil < m_workspace.clock().nowUtc().date();
    m_statusIcon->setPixmap((pastTerm ? AccountIcons::warning() : AccountIcons::status(account.status)).pixmap(18, 18));
    m_status->setText(pastTerm ? tr("%1 — past its term since %2: deactivate it or extend the term")
                                     .arg(statusDisplayName(account.status), DisplayTime::longDate(account.activeUntil))
                               : statusDisplayName(account.status));

    m_kecamatan->setText(tr("%1 (%2)").arg(account.kecamatanName, account.kecamatanCode));
    m_term->setText(account.termId == 0 ? tr("No term") : account.termName);
    if (account.activeFrom.isValid() || account.activeUntil.isValid()) {
        const QString period =
            tr("%1 to %2")
                .arg(orDash(DisplayTime::date(account.activeFrom)), orDash(DisplayTime::date(account.activeUntil)));
        m_period->setText(account.periodSetByHand ? tr("%1 (set by hand)").arg(period) : period);
    } else {
        m_period->setText(tr("Not set"));
    }
    m_nature->setText(natureDisplayName(account.nature));
    m_holder->setText(orDash(account.holder));
    m_email->setText(orDash(account.email));
    m_phone->setText(orDash(account.phone));
    m_twoFactor->setText(twoFactorDisplayName(account.twoFactor));
    m_reviewed->setText(account.lastReviewedOn.isValid() ? DisplayTime::longDate(account.lastReviewedOn) : tr("Never"));
    m_recorded->setText(DisplayTime::dateTime(account.createdAt));
    m_notes->setText(account.notes);
    m_notes->setVisible(!account.notes.isEmpty());
}

void AccountDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountDetailPanel::retranslateUi()
{
    for (const auto &[label, name] : std::as_const(m_fieldNames)) {
        label->setText(tr(name));
    }
    m_emptyHint->setText(tr("Choose an account in the list to see its details, secrets and history."));
    m_secretsTitle->setText(tr("Sign-in"));
    m_viewerNote->setText(tr("Your role (viewer) shows the register but never a password or code."));
    m_tabs->setTabText(0, tr("Status history"));
    m_tabs->setTabText(1, tr("Password history"));
    m_tabs->setTabText(LogTab, tr("Archive log"));
    m_statusHistory->retranslate();
    m_passwordHistory->retranslate();
    m_log->retranslate();
    if (m_account) {
        fillFields();
    }
}

} // namespace Brankas
