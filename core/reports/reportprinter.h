// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "reportdocument.h"

#include <functional>

class QIODevice;
class QPaintDevice;
class QPagedPaintDevice;

namespace Brankas {

// Pages painted so far and the report's page count; return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

// Paints a report on any paged device: a QPdfWriter, or the QPrinter of a print dialog or of a
// QPrintPreviewWidget's paintRequested(). The pages are laid out first (which keeps a few numbers
// per page), then painted one at a time. With `setLayout`, the device gets the report's paper and
// margins; a print dialog's own choice stays when it is false. Needs a QGuiApplication.
Status printReport(const ReportDocument &document, QPagedPaintDevice &device, const ReportProgress &progress = {},
                   bool setLayout = true);

// The pages of a report painted on any device; `newPage` moves the device to the next page.
// printReport() with the paper already set.
Status paintReportPages(const ReportDocument &document, QPaintDevice &device, const std::function<bool()> &newPage,
                        const ReportProgress &progress = {});

// Writes the report as a PDF. The file appears only when complete: a failure or a cancel leaves
// any existing file as it was.
Status writeReportPdf(const ReportDocument &document, const QString &path, const ReportProgress &progress = {});
// The same into any device (a buffer, an OutputFile not yet committed), for a caller that writes
// several files and commits them together.
Status writeReportPdf(const ReportDocument &document, QIODevice &device, const ReportProgress &progress = {});

// The report as a compact PDF in memory (see CompactPdfWriter): for long reports of simple pages,
// such as the national public list, about three times faster to make than with QPdfWriter. A report
// that draws what the compact writer does not (text in a script the bundled fonts lack) is made with
// QPdfWriter instead, so the result is always complete.
Result<QByteArray> compactReportPdf(const ReportDocument &document, const ReportProgress &progress = {});

// How many pages the report takes on its paper (for a preview's page count).
Result<int> countReportPages(const ReportDocument &document);

} // namespace Brankas
