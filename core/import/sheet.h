// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Brankas {

// One row of a spreadsheet as its cells' text, with the number the spreadsheet shows for it.
struct SheetRow
{
    int number = 0;
    QStringList cells;

    bool isBlank() const
    {
        for (const QString &cell : cells) {
            if (!cell.trimmed().isEmpty()) {
                return false;
            }
        }
        return true;
    }
};

// The rows of one sheet (or of a CSV file), in order; a row with no cell may be left out.
struct Sheet
{
    QString name;
    QList<SheetRow> rows;
    QStringList sheetNames; // every sheet of the workbook, in order (for choosing one); empty for CSV
};

} // namespace Brankas
