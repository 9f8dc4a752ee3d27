// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "../io/outputfile.h"
#include "pdfpagebox.h"
#include "qrcodebatch.h"
#include "reportfonts.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace Brankas {

namespace {
Error cancelled()
{
    return Error(ErrorCode::Cancelled, QT_TRANSLATE_NOOP("Brankas::Error", "The report was cancelled."));
}

void describe(QPdfWriter &writer, const ReportDocument &document)
{
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Brankas %1").arg(QStringLiteral(BRANKAS_VERSION)));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
}
} // namespace

namespace {
// Paints the whole PDF into the device; `unfinished` says the device refused the end of the file.
Status paintPdf(const ReportDocument &document, QIODevice &device, const ReportProgress &progress, bool &unfinished)
{
    PdfPageBoxDevice exactPages(device, pageSizeFor(document.paper));
    exactPages.open(QIODevice::WriteOnly);
    Status status;
    {
        QPdfWriter writer(&exactPages);
        describe(writer, document);
        status = printReport(document, writer, progress);
    }
    unfinished = status && !exactPages.finish();
    return status;
}
} // namespace

Status printReport(const ReportDocument &document, QPagedPaintDevice &device, const ReportProgress &progress,
                   bool setLayout)
{
    if (setLayout && !device.setPageLayout(pageLayoutFor(document.paper))) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The printer does not take the report's paper size."));
    }
    return paintReportPages(
        document, device, [&device] { return device.newPage(); }, progress);
}

Status paintReportPages(const ReportDocument &document, QPaintDevice &device, const std::function<bool()> &newPage,
                        const ReportProgress &progress)
{
    auto family = reportFontFamily();
    if (!family) {
        return family.error();
    }
    for (const ReportBlock &block : document.blocks) {
        if (std::holds_alternative<ReportChart>(block) && !document.chartPainter) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The evaluation report has charts, which only the "
                                                             "Brankas window and brankas-cli can draw."));
        }
    }
    ReportLayout layout(document, device, family.value());
    layout.paginate();
    const int pages = layout.pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The report could not be started on the "
                                                                        "printer or file."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages)) {
            painter.end();
            return cancelled();
        }
        if (page > 0 && !newPage()) {
            painter.end();
            return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The printer or file refused a new page."));
        }
        layout.paintPage(painter, page);
    }
    if (!painter.end()) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The report could not be finished."));
    }
    // QR codes encoded while the pages were painted: one that failed was left off its page.
    for (const ReportBlock &block : document.blocks) {
        if (const auto *card = std::get_if<ReportQrCard>(&block); card && card->batch) {
            if (std::optional<Error> failed = card->batch->firstError()) {
                return *failed;
            }
            break; // a report's cards share one batch
        }
    }
    if (progress) {
        progress(pages, pages);
    }
    return {};
}

Status writeReportPdf(const ReportDocument &document, const QString &path, const ReportProgress &progress)
{
    auto file =
        OutputFile::open(path, document.holdsSecrets() ? OutputFile::Access::OwnerOnly : OutputFile::Access::Shared);
    if (!file) {
        return file.error();
    }
    OutputFile &output = *file.value();
    bool unfinished = false;
    Status status = paintPdf(document, output.device(), progress, unfinished);
    if (unfinished) {
        status = OutputFile::cannotWrite(path, output.device().errorString());
    }
    if (!status) {
        output.cancel();
        return status;
    }
    return output.commit();
}

Status writeReportPdf(const ReportDocument &document, QIODevice &device, const ReportProgress &progress)
{
    bool unfinished = false;
    Status status = paintPdf(document, device, progress, unfinished);
    if (unfinished) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The PDF could not be finished: %1."),
                     {device.errorString()});
    }
    return status;
}

Result<int> countReportPages(const ReportDocument &document)
{
    auto family = reportFontFamily();
    if (!family) {
        return family.error();
    }
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setPageLayout(pageLayoutFor(document.paper));
    ReportLayout layout(document, writer, family.value());
    layout.paginate();
    return layout.pageCount();
}

} // namespace Brankas
