// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QList>
#include <QStringList>

namespace Brankas {

// One record of a CSV file and its number as a spreadsheet shows it: blank lines count, and a
// quoted line break does not start a new record.
struct CsvRecord
{
    int number = 0;
    QStringList fields;
};

// RFC 4180 CSV: comma-separated, fields optionally in double quotes with "" for a quote, CRLF or
// LF line ends. A malformed row is refused with its line number, never silently skipped.
Result<QList<QStringList>> parseCsv(QStringView text);

// The same parser with another separator (Excel set to Indonesian saves with ';'); blank records
// are kept so that record numbers stay those of the spreadsheet.
Result<QList<CsvRecord>> parseCsvRecords(QStringView text, QChar delimiter);

// One record for a CSV file, the way parseCsv() reads it back: fields with a comma, a quote or a
// line break go in double quotes with "" for a quote; ends with CRLF, as RFC 4180 and Excel expect.
QString csvRecord(const QStringList &fields);

} // namespace Brankas
