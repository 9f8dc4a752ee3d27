// SPDX-License-Identifier: GPL-3.0-or-later
#include "registertable.h"

#include <QHeaderView>
#include <QTableView>

namespace Brankas::RegisterTable {

void setUp(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setVisible(false);
    // A fixed row height: the view never measures rows, which matters for the log's long lists.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

void fitColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    // Samples at most a few hundred rows: enough for a column's width, fast on 7,285 kecamatan.
    header->setResizeContentsPrecision(300);
    table->resizeColumnsToContents();
    const int padding = table->fontMetrics().averageCharWidth() * 3;
    for (int column = 0; column + 1 < header->count(); ++column) {
        header->resizeSection(column, header->sectionSize(column) + padding);
    }
}

} // namespace Brankas::RegisterTable
