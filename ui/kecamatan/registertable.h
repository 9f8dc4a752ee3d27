// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

// The one look of the register pages' tables (kecamatan, terms, officers, log): whole rows
// selected, one line per row at the same height, alternating rows, the last column filling the rest.
namespace Brankas::RegisterTable {

void setUp(QTableView *table);
// Sizes the columns to what they show; for tables whose rows are all loaded.
void fitColumns(QTableView *table);

} // namespace Brankas::RegisterTable
