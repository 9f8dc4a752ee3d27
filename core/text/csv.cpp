// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
Error malformed(int line, const char *why)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Line %1 of the CSV file is not valid: %2"),
                 {QString::number(line), QCoreApplication::translate(Error::TranslationContext, why)});
}
} // namespace

Result<QList<CsvRecord>> parseCsvRecords(QStringView text, QChar delimiter)
{
    QList<CsvRecord> rows;
    QStringList row;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    int line = 1;
    int rowLine = 1;
    const qsizetype n = text.size();

    auto endField = [&] {
        row << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        rows << CsvRecord{int(rows.size()) + 1, row};
        row.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            endRow();
            ++line;
            rowLine = line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return malformed(
                    line, QT_TRANSLATE_NOOP("Brankas::Error", "a quote appears inside a field that is not quoted."));
            }
            quoted = true;
        } else {
            if (wasQuoted) {
                return malformed(line,
                                 QT_TRANSLATE_NOOP("Brankas::Error", "text follows the closing quote of a field."));
            }
            field += c;
        }
    }
    if (quoted) {
        return malformed(rowLine, QT_TRANSLATE_NOOP("Brankas::Error", "a quoted field is never closed."));
    }
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
        endRow();
    }
    return rows;
}

Result<QList<QStringList>> parseCsv(QStringView text)
{
    auto records = parseCsvRecords(text, QLatin1Char(','));
    if (!records) {
        return records.error();
    }
    QList<QStringList> rows;
    for (CsvRecord &record : records.value()) {
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty())) {
            rows << std::move(record.fields);
        }
    }
    return rows;
}

QString csvRecord(const QStringList &fields)
{
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            record += QLatin1Char(',');
        }
        const QString &field = fields[i];
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) ||
            field.contains(QLatin1Char('\r'))) {
            record +=
                QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        } else {
            record += field;
        }
    }
    return record + QLatin1String("\r\n");
}

} // namespace Brankas
