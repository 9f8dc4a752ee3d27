// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverspage.h"

#include "handoverlistmodel.h"
#include "handoverwizard.h"

#include <core/handover/handovers.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/reports/openreport.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

HandoversPage::HandoversPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new HandoverListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(Look::label(this, QStringLiteral("handoversTitle"), false))
    , m_intro(Look::label(this, QStringLiteral("handoversIntro")))
    , m_viewerNote(Look::label(this, QStringLiteral("handoversViewerNote")))
    , m_new(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_status(Look::label(this, QStringLiteral("handoversStatus"), false))
{
    Look::setFont(m_title, 1.35, QFont::DemiBold);
    Look::setMuted(m_intro);
    Look::setMuted(m_status);
    m_new->setObjectName(QStringLiteral("newHandover"));
    m_continue->setObjectName(QStringLiteral("continueHandover"));
    m_discard->setObjectName(QStringLiteral("discardHandover"));
    m_print->setObjectName(QStringLiteral("printHandover"));
    m_new->setDefault(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HandoverListModel::SortRole);
    m_table->setObjectName(QStringLiteral("handoverTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HandoverListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(HandoverListModel::NumberColumn, 30 * em);
    header->resizeSection(HandoverListModel::DateColumn, 21 * em);
    header->resizeSection(HandoverListModel::KindColumn, 12 * em);
    header->resizeSection(HandoverListModel::KecamatanColumn, 16 * em);
    header->resizeSection(HandoverListModel::PartiesColumn, 34 * em);
    header->resizeSection(HandoverListModel::AccountsColumn, 11 * em);

    m_viewerNote->setVisible(!workspace.canChangeRegister());
    m_viewerNote->setObjectName(QStringLiteral("lockNotice"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_new);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_viewerNote);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &HandoversPage::newHandover);
    connect(m_continue, &QPushButton::clicked, this, &HandoversPage::continueDraft);
    connect(m_discard, &QPushButton::clicked, this, &HandoversPage::discardDraft);
    connect(m_print, &QPushButton::clicked, this, &HandoversPage::printSelected);
    connect(m_table, &QTableView::activated, this, &HandoversPage::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HandoversPage::updateButtons);
    connect(&m_workspace, &Workspace::registerChanged, this, &HandoversPage::reload);
    retranslateUi();
    reload();
}

void HandoversPage::reload()
{
    const qint64 selected = selectedHandoverId();
    if (Status loaded = m_model->load(m_workspace.vault()); !loaded) {
        Messages::showError(this, loaded.error());
    }
    selectHandover(selected);
    updateButtons();
}

qint64 HandoversPage::selectedHandoverId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(HandoverListModel::HandoverIdRole).toLongLong();
}

void HandoversPage::selectHandover(qint64 handoverId)
{
    const int row = m_model->rowOf(handoverId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void HandoversPage::updateButtons()
{
    const qint64 id = selectedHandoverId();
    const int row = m_model->rowOf(id);
    const bool draft = row >= 0 && !m_model->handover(row).isFinal();
    const bool canChange = m_workspace.canChangeRegister();
    m_new->setEnabled(canChange);
    m_continue->setEnabled(canChange && draft);
    m_discard->setEnabled(canChange && draft);
    m_print->setEnabled(row >= 0);
    m_print->setText(draft ? tr("Preview draft…") : tr("Print / Save PDF…"));

    const int total = m_model->rowCount();
    const int drafts = m_model->draftCount();
    m_status->setText(
        total == 0 ? tr("No handover has been recorded yet.")
                   : tr("%n handover(s) recorded.", nullptr, total) + QLatin1Char(' ') +
                         (drafts == 0 ? tr("All are final.") : tr("%n draft(s) not final yet.", nullptr, drafts)));
}

HandoverWizard *HandoversPage::openWizard(HandoverWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &HandoverWizard::handoverSaved, this, [this](qint64 id) {
        reload();
        selectHandover(id);
    });
    wizard->open();
    return wizard;
}

HandoverWizard *HandoversPage::newHandover()
{
    if (!m_workspace.canChangeRegister()) {
        return nullptr;
    }
    return openWizard(new HandoverWizard(m_workspace, 0, this));
}

HandoverWizard *HandoversPage::continueDraft()
{
    const qint64 id = selectedHandoverId();
    const int row = m_model->rowOf(id);
    if (!m_workspace.canChangeRegister() || row < 0 || m_model->handover(row).isFinal()) {
        return nullptr;
    }
    return openWizard(new HandoverWizard(m_workspace, id, this));
}

void HandoversPage::discardDraft()
{
    const qint64 id = selectedHandoverId();
    const int row = m_model->rowOf(id);
    if (row < 0 || m_model->handover(row).isFinal()) {
        return;
    }
    const Handover &handover = m_model->handover(row);
    if (!Messages::confirm(this, tr("Discard draft"),
                           tr("Discard the draft handover of %1 accounts of Kecamatan %2?\n\nPasswords and recovery "
                              "contacts already changed for it stay changed.")
                               .arg(handover.items.size())
                               .arg(handover.kecamatanName),
                           tr("Discard draft"))) {
        return;
    }
    if (Status discarded = Handovers(m_workspace.vault()).discard(m_workspace.session(), id); !discarded) {
        Messages::showError(this, discarded.error());
        return;
    }
    m_workspace.notifyRegisterChanged();
}

void HandoversPage::printSelected()
{
    if (const qint64 id = selectedHandoverId()) {
        openHandoverReport(this, m_workspace, id);
    }
}

void HandoversPage::activate(const QModelIndex &index)
{
    const bool final = index.data(HandoverListModel::IsFinalRole).toBool();
    if (!final && m_workspace.canChangeRegister()) {
        continueDraft();
    } else {
        printSelected();
    }
}

void HandoversPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HandoversPage::retranslateUi()
{
    m_title->setText(tr("Handovers"));
    m_intro->setText(tr("Every transfer of accounts between the office and a committee, with its berita acara to "
                        "print and sign. A handover stays a draft until it is finalised; finalising changes the "
                        "accounts' statuses and cannot be undone."));
    m_viewerNote->setText(tr("You are signed in as a viewer: you can read handovers and print their records, "
                             "but not start or change one."));
    m_new->setText(tr("New handover…"));
    m_continue->setText(tr("Continue draft…"));
    m_discard->setText(tr("Discard draft"));
    m_new->setToolTip(m_workspace.canChangeRegister() ? tr("Record a handover of accounts, step by step")
                                                      : tr("Viewers cannot start a handover."));
    m_model->retranslate();
    updateButtons();
}

} // namespace Brankas
