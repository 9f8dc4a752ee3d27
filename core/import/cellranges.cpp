// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellranges.h"

#include <algorithm>

namespace Brankas {

std::optional<std::pair<int, int>> parseCellReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || i >= 3) {
            return std::nullopt;
        }
        column = column * 26 + (c - u'A' + 1);
    }
    bool ok = false;
    const int row = reference.sliced(i).toInt(&ok);
    if (column == 0 || !ok || row < 1 || row > MaxSheetRow) {
        return std::nullopt;
    }
    return std::make_pair(column, row);
}

std::optional<MergedRange> parseMergedRange(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        return std::nullopt;
    }
    const auto first = parseCellReference(text.first(colon));
    const auto last = parseCellReference(text.sliced(colon + 1));
    if (!first || !last || last->first < first->first || last->second < first->second) {
        return std::nullopt;
    }
    return MergedRange{first->first, first->second, qMin(last->first, MaxSheetColumn), last->second};
}

bool fillMergedRanges(Sheet &sheet, const QList<MergedRange> &ranges)
{
    // Overlapping ranges over a million rows would keep the reader busy for hours; no register
    // has more merged cells than this.
    constexpr qint64 MaxFilledCells = 4 * 1024 * 1024;
    qint64 filled = 0;
    QList<bool> ownValues;
    ownValues.reserve(sheet.rows.size());
    for (const SheetRow &row : std::as_const(sheet.rows)) {
        ownValues << !row.isBlank();
    }
    auto rowAt = [&](int number) {
        return std::lower_bound(sheet.rows.begin(), sheet.rows.end(), number,
                                [](const SheetRow &row, int wanted) { return row.number < wanted; });
    };
    for (const MergedRange &range : ranges) {
        const auto top = rowAt(range.firstRow);
        if (top == sheet.rows.end() || top->number != range.firstRow || top->cells.size() < range.firstColumn) {
            continue;
        }
        const QString value = top->cells[range.firstColumn - 1];
        if (value.isEmpty()) {
            continue;
        }
        for (auto row = top; row != sheet.rows.end() && row->number <= range.lastRow; ++row) {
            if (!ownValues[row - sheet.rows.begin()]) {
                continue;
            }
            filled += range.lastColumn - range.firstColumn + 1;
            if (filled > MaxFilledCells) {
                return false;
            }
            while (row->cells.size() < range.lastColumn) {
                row->cells << QString();
            }
            for (int column = range.firstColumn; column <= range.lastColumn; ++column) {
                if (row->cells[column - 1].isEmpty()) {
                    row->cells[column - 1] = value;
                }
            }
        }
    }
    return true;
}

} // namespace Brankas
