// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cell references and merged ranges of an .xlsx sheet, for the reader in xlsxsheet.cpp.
#include "sheet.h"

#include <QList>
#include <QStringView>

#include <optional>
#include <utility>

namespace Brankas {

// Excel's own limits: anything beyond them is not a sheet Excel wrote.
constexpr int MaxSheetRow = 1048576;
// The register has some fifteen columns; a cell far beyond them is refused rather than making
// every row thousands of cells wide.
constexpr int MaxSheetColumn = 1024;

// "BC12" -> column 55 (1-based) and row 12; nullopt when it is not a cell reference.
std::optional<std::pair<int, int>> parseCellReference(QStringView reference);

// A merged range: first and last column and row (1-based, inclusive).
struct MergedRange
{
    int firstColumn;
    int firstRow;
    int lastColumn;
    int lastRow;
};

// "A1:C2"; nullopt when it is not a range. Columns beyond MaxSheetColumn are cut off.
std::optional<MergedRange> parseMergedRange(QStringView text);

// Offices merge cells: a title across the table, a header over two rows, a kecamatan down the
// rows of its accounts. Excel keeps the value in the range's first cell only; this makes every
// cell of the range read it, in rows that have a value of their own (a merged cell alone does not
// make a row to import). Rows must be in the order Excel writes them, by number. False when the
// ranges would fill more cells than any register has (overlapping ranges in a hostile file).
bool fillMergedRanges(Sheet &sheet, const QList<MergedRange> &ranges);

} // namespace Brankas
