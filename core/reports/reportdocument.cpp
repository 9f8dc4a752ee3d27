// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

namespace Brankas {

void ReportDocument::wipeSensitive()
{
    for (ReportBlock &block : blocks) {
        if (auto *table = std::get_if<ReportTable>(&block); table && table->sensitive) {
            for (QStringList &row : table->rows) {
                for (QString &cell : row) {
                    cell.fill(QLatin1Char(' '));
                    cell.clear();
                }
            }
        }
    }
}

bool ReportDocument::holdsSecrets() const
{
    if (confidential) {
        return true;
    }
    for (const ReportBlock &block : blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block); table && table->sensitive) {
            return true;
        }
    }
    return false;
}

ReportParagraph paragraph(const QString &text, Qt::Alignment alignment, double pointSize, bool bold)
{
    ReportParagraph result;
    result.runs = {TextRun{text, bold, false}};
    result.alignment = alignment;
    result.pointSize = pointSize;
    return result;
}

ReportParagraph heading(const QString &text, double pointSize)
{
    ReportParagraph result = paragraph(text, Qt::AlignHCenter, pointSize, true);
    result.spaceAfterMm = 1;
    return result;
}

} // namespace Brankas
