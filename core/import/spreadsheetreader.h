// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "sheet.h"

#include <QByteArray>

namespace Brankas {

// Reads an office's spreadsheet: an Excel workbook (.xlsx; one sheet, by name, the first by default)
// or a CSV/TXT export (separator `,` `;` or tab, found from the header line). What it is comes from
// the bytes, not the file name, so a workbook renamed to .csv is still read as a workbook. Empty,
// password-protected, old .xls and damaged files are refused with a message saying what to do.
Result<Sheet> readSpreadsheet(const QByteArray &bytes, const QString &sheetName = {});

Result<Sheet> readCsvSheet(const QByteArray &bytes);
Result<Sheet> readXlsxSheet(const QByteArray &bytes, const QString &sheetName = {});

// The separator of a CSV text: the one of `,` `;` and tab that the first non-blank line has most
// of outside quotes; a comma when it has none.
QChar detectCsvDelimiter(QStringView text);

} // namespace Brankas
