// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsource.h"

#include <QString>

class QWidget;

namespace Brankas {

class Workspace;

enum class ReportKind {
    Register,      // the account register, with the register window's filters
    Health,        // the health-check findings by severity
    LogExtract,    // the archive log entries of a date range, with the verification statement
    RecoverySheet, // administrators only
    PublicList,    // the public list of official accounts, written into a folder (not a preview)
    Evaluation,    // the yearly evaluation, with its charts
};

// Asks for the report's options (filters, dates), gathers it behind a progress dialog that can
// cancel, and shows it in a preview with Print and Save as PDF. A refusal from core is shown.
void openReport(QWidget *parent, Workspace &workspace, ReportKind kind);

// The berita acara of a handover: a draft is stamped as such; a finalised one offers the
// sealed-envelope annex.
void openHandoverReport(QWidget *parent, Workspace &workspace, qint64 handoverId);

// Shows any report: in a preview, or, when it is too long to preview, straight to a PDF file.
void showReport(QWidget *parent, Workspace &workspace, const QString &title, const ReportSource &source);

// Builds a report from the vault behind a "gathering" notice (a register of the whole country takes
// a while to read).
Result<ReportDocument> gatherReport(QWidget *parent, Workspace &workspace,
                                    const std::function<Result<ReportDocument>(Reports &reports)> &make);

} // namespace Brankas
