// SPDX-License-Identifier: GPL-3.0-or-later
#include "../text/csv.h"
#include "spreadsheetreader.h"
#include "textdecoding.h"

namespace Brankas {

QChar detectCsvDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            content = true;
            continue;
        }
        if (quoted) {
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (content) {
                break;
            }
            continue;
        }
        for (int i = 0; i < 3; ++i) {
            if (c == candidates[i]) {
                ++counts[i];
            }
        }
        if (!c.isSpace()) {
            content = true;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return candidates[best];
}

Result<Sheet> readCsvSheet(const QByteArray &bytes)
{
    const QString text = decodeSpreadsheetText(bytes);
    auto records = parseCsvRecords(text, detectCsvDelimiter(text));
    if (!records) {
        return records.error();
    }
    Sheet sheet;
    sheet.rows.reserve(records.value().size());
    for (CsvRecord &record : records.value()) {
        sheet.rows << SheetRow{record.number, std::move(record.fields)};
    }
    return sheet;
}

} // namespace Brankas
