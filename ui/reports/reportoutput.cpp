// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

#include <ui/app/messages.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace Brankas::ReportOutput {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::ReportOutput", sourceText);
}

// Qt's own dialogs come without Indonesian: name their buttons ourselves.
void translateButtons(QWidget *dialog, const QString &acceptText)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (QPushButton *ok = box->button(QDialogButtonBox::Ok)) {
            ok->setText(acceptText);
        }
        if (QPushButton *cancel = box->button(QDialogButtonBox::Cancel)) {
            cancel->setText(text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Cancel")));
        }
    }
}
} // namespace

Status withProgress(QWidget *parent, const QString &label, const std::function<Status(const ReportProgress &)> &work)
{
    QProgressDialog dialog(label, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Cancel")), 0, 0, parent);
    dialog.setWindowTitle(text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Report")));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    const ReportProgress progress = [&dialog](int done, int total) {
        if (dialog.maximum() != total) {
            dialog.setMaximum(total);
        }
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
    Status status = work(progress);
    dialog.close();
    return status;
}

QString askPdfPath(QWidget *parent, const QString &suggestedName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    QFileDialog dialog(parent, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Save report as PDF")), folder,
                       text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "PDF documents (*.pdf)")));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(suggestedName + QStringLiteral(".pdf"));
    dialog.setLabelText(QFileDialog::LookIn, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Folder:")));
    dialog.setLabelText(QFileDialog::FileName, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "File name:")));
    dialog.setLabelText(QFileDialog::FileType, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Type:")));
    dialog.setLabelText(QFileDialog::Accept, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Save")));
    dialog.setLabelText(QFileDialog::Reject, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Cancel")));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}

bool savePdf(QWidget *parent, const ReportDocument &document, const QString &path)
{
    const Status status =
        withProgress(parent, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Saving the report as PDF…")),
                     [&](const ReportProgress &progress) { return writeReportPdf(document, path, progress); });
    if (!status && status.error().code() != ErrorCode::Cancelled) {
        Messages::showError(parent, status.error());
    }
    return status.ok();
}

bool print(QWidget *parent, const ReportDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    printer.setPageLayout(pageLayoutFor(document.paper));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Print report")));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    translateButtons(&dialog, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Print")));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    // The officer's choice of printer and paper stands; the report was laid out for its own paper.
    const Status status =
        withProgress(parent, text(QT_TRANSLATE_NOOP("Brankas::ReportOutput", "Printing the report…")),
                     [&](const ReportProgress &progress) { return printReport(document, printer, progress, false); });
    if (!status && status.error().code() != ErrorCode::Cancelled) {
        Messages::showError(parent, status.error());
    }
    return status.ok();
}

} // namespace Brankas::ReportOutput
