// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttableview.h"

#include "../models/accounttablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>

namespace Brankas {

AccountTableView::AccountTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("accountTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows (Ctrl/Shift+click) for one status change; the other actions use the current row.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setIconSize(QSize(18, 18));
    verticalHeader()->hide();
    // Fixed row heights: the view never measures 36,425 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
}

void AccountTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    setUpColumns();
}

void AccountTableView::setUpColumns()
{
    QHeaderView *header = horizontalHeader();
    qDeleteAll(m_columnToggles);
    m_columnToggles.clear();
    if (!model()) {
        return;
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, double> widths[] = {
        {AccountTableModel::PlatformColumn, 9.5},  {AccountTableModel::HandleColumn, 16},
        {AccountTableModel::KecamatanColumn, 9.5}, {AccountTableModel::StatusColumn, 16},
        {AccountTableModel::TermColumn, 8.5},      {AccountTableModel::ActiveUntilColumn, 10.5},
        {AccountTableModel::HolderColumn, 12}};
    for (const auto &[column, width] : widths) {
        header->resizeSection(column, int(width * em));
    }
    // Holder and last change are in the detail panel; the header's menu shows them as columns.
    header->setSectionHidden(AccountTableModel::HolderColumn, true);
    header->setSectionHidden(AccountTableModel::ChangedColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        auto *toggle = new QAction(header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != AccountTableModel::HandleColumn);
        connect(toggle, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        header->addAction(toggle);
        m_columnToggles << toggle;
    }
    retranslateUi();
}

void AccountTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QTableView::changeEvent(event);
}

void AccountTableView::retranslateUi()
{
    for (int column = 0; column < m_columnToggles.size() && model(); ++column) {
        m_columnToggles.at(column)->setText(model()->headerData(column, Qt::Horizontal).toString());
    }
}

} // namespace Brankas
