// SPDX-License-Identifier: GPL-3.0-or-later
// compactReportPdf(): a report through CompactPdfWriter, or QPdfWriter when it draws more.
#include "compactpdfwriter.h"
#include "reportprinter.h"

#include <QBuffer>

namespace Brankas {

Result<QByteArray> compactReportPdf(const ReportDocument &document, const ReportProgress &progress)
{
    QByteArray bytes;
    {
        CompactPdfWriter writer(pageLayoutFor(document.paper));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Brankas %1").arg(QStringLiteral(BRANKAS_VERSION)));
        if (Status painted = paintReportPages(
                document, writer, [&writer] { return writer.newPage(); }, progress);
            !painted) {
            return painted.error();
        }
        bytes = writer.finish();
    }
    if (!bytes.isEmpty()) {
        return bytes;
    }
    // Something the compact writer does not draw: Qt's writer draws everything, only slower.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = writeReportPdf(document, buffer, progress); !written) {
        return written.error();
    }
    return buffer.buffer();
}

} // namespace Brankas
