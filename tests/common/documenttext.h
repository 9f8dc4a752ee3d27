// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportdocument.h>

#include <QStringList>

// Every word a report document would print, one block per line, so tests can read what is on the
// page without painting it.
namespace Brankas::Testing {

inline QString documentText(const ReportDocument &document)
{
    QStringList lines;
    for (const ReportBlock &block : document.blocks) {
        if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
            QString text;
            for (const TextRun &run : paragraph->runs) {
                text += run.text;
            }
            lines << text;
        } else if (const auto *fields = std::get_if<ReportFields>(&block)) {
            for (const auto &[label, value] : fields->rows) {
                lines << label + QStringLiteral(": ") + value;
            }
        } else if (const auto *table = std::get_if<ReportTable>(&block)) {
            for (const QStringList &row : table->rows) {
                lines << row.join(QLatin1Char(' '));
            }
        } else if (const auto *head = std::get_if<ReportLetterhead>(&block)) {
            lines << head->boldLines << head->lines;
        } else if (const auto *signatures = std::get_if<ReportSignatures>(&block)) {
            lines << signatures->placeAndDate;
            for (const Signer &signer : signatures->side) {
                lines << signer.heading << signer.position << signer.name;
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Brankas::Testing
