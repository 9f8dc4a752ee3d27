// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportprinter.h>

#include <QString>

class QWidget;

// Printing and saving a built report from a window: the print and file dialogs with Indonesian
// buttons (Qt has none of its own), and a progress dialog that can cancel, so a register of
// 36,425 accounts never freezes the window. The vault's SQLite connection is not thread-safe, so
// the work stays on the GUI thread and the progress callback lets events through.
namespace Brankas::ReportOutput {

// Asks where to save a PDF, starting from the officer's documents folder; empty when cancelled.
QString askPdfPath(QWidget *parent, const QString &suggestedName);
// Writes the PDF behind a progress dialog. A refusal is shown; a cancel leaves no file. Returns
// whether the file was written.
bool savePdf(QWidget *parent, const ReportDocument &document, const QString &path);
// Asks for a printer (the report's paper preselected) and prints on it. Returns whether it printed.
bool print(QWidget *parent, const ReportDocument &document);

// Runs `work` with a ReportProgress that drives a cancellable progress dialog labelled `label`.
Status withProgress(QWidget *parent, const QString &label, const std::function<Status(const ReportProgress &)> &work);

} // namespace Brankas::ReportOutput
