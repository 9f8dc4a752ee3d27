// SPDX-License-Identifier: GPL-3.0-or-later
#include "openreport.h"

#include "evaluationreportdialog.h"
#include "logextractdialog.h"
#include "publishlist.h"
#include "registerreportdialog.h"
#include "reportoutput.h"
#include "reportpreviewdialog.h"
#include "reportpreviewpane.h"

#include <core/handover/handovers.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/charts/qtchartpainter.h>

#include <QCoreApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>

#include <optional>

namespace Brankas {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::OpenReport", sourceText);
}

QDate today(const Workspace &workspace)
{
    return workspace.clock().nowUtc().toLocalTime().date();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// A file name from free text (a handover number has slashes).
QString fileSafe(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return name.replace(unsafe, QStringLiteral("-"));
}
} // namespace

Result<ReportDocument> gatherReport(QWidget *parent, Workspace &workspace,
                                    const std::function<Result<ReportDocument>(Reports &reports)> &make)
{
    // Core reads the register in one go, without a progress callback: say what is happening before
    // the window waits for it. Painting the pages afterwards shows real progress and can cancel.
    QProgressDialog busy(text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Gathering the report…")), QString(), 0, 0,
                         parent);
    busy.setWindowTitle(text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Report")));
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(0);
    busy.setValue(0);
    QCoreApplication::processEvents();
    Reports reports(workspace.vault());
    return make(reports);
}

void showReport(QWidget *parent, Workspace &workspace, const QString &title, const ReportSource &source)
{
    auto built = source.build(defaultReportOptions(workspace), false);
    if (!built) {
        if (built.error().code() != ErrorCode::Cancelled) {
            Messages::showError(parent, built.error());
        }
        return;
    }
    const qsizetype rows = reportRowCount(built.value());
    if (rows > PreviewRowLimit) {
        // A preview keeps every page it draws; a PDF is written one page at a time.
        const QString question =
            text(QT_TRANSLATE_NOOP("Brankas::OpenReport",
                                   "This report lists %1 rows, too many to preview on screen. Save it as a PDF "
                                   "file instead?"))
                .arg(QLocale().toString(rows));
        if (!Messages::confirm(parent, title, question,
                               text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Save as PDF…")))) {
            return;
        }
        const QString path = ReportOutput::askPdfPath(parent, source.fileName);
        if (!path.isEmpty()) {
            ReportOutput::savePdf(parent, built.value(), path);
        }
        return;
    }
    ReportPreviewDialog dialog(workspace, title, parent);
    if (dialog.pane()->setSource(source, std::move(built).value())) {
        dialog.exec();
    }
}

void openHandoverReport(QWidget *parent, Workspace &workspace, qint64 handoverId)
{
    auto handover = Handovers(workspace.vault()).find(handoverId);
    if (!handover) {
        Messages::showError(parent, handover.error());
        return;
    }
    const bool final = handover->isFinal();
    ReportSource source;
    source.offersSecrets = final;
    source.fileName = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "handover")) + QLatin1Char('-') +
                      (final ? fileSafe(handover->number)
                             : text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "draft")) + QLatin1Char('-') +
                                   QString::number(handoverId));
    Vault &vault = workspace.vault();
    const Session session = workspace.session();
    source.build = [&vault, session, handoverId](const ReportOptions &options, bool withSecrets) {
        return Reports(vault).handover(session, handoverId, options, withSecrets);
    };
    const QString title =
        final ? text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Handover record %1")).arg(handover->number)
              : text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Handover record (draft)"));
    showReport(parent, workspace, title, source);
}

void openReport(QWidget *parent, Workspace &workspace, ReportKind kind)
{
    Workspace *ws = &workspace;
    const Session session = workspace.session();
    ReportSource source;
    QString title;
    switch (kind) {
    case ReportKind::Register: {
        RegisterReportDialog dialog(workspace, parent);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        const RegisterReportFilter filter = dialog.filter();
        title = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Account register"));
        source.fileName = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "account-register")) + QLatin1Char('-') +
                          isoDate(today(workspace));
        source.build = [parent, ws, session, filter](const ReportOptions &options, bool) {
            return gatherReport(parent, *ws,
                                [&](Reports &reports) { return reports.accountRegister(session, filter, options); });
        };
        break;
    }
    case ReportKind::Health: {
        title = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Health report"));
        const QDate day = today(workspace);
        source.fileName =
            text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "health-report")) + QLatin1Char('-') + isoDate(day);
        source.build = [parent, ws, session, day](const ReportOptions &options, bool) {
            return gatherReport(parent, *ws, [&](Reports &reports) { return reports.health(session, options, day); });
        };
        break;
    }
    case ReportKind::LogExtract: {
        LogExtractDialog dialog(workspace, parent);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        const QDate from = dialog.from();
        const QDate until = dialog.until();
        title = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Archive log extract"));
        source.fileName = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "archive-log")) + QLatin1Char('-') +
                          isoDate(from) + QLatin1Char('-') + isoDate(until);
        source.build = [parent, ws, session, from, until](const ReportOptions &options, bool) {
            return gatherReport(parent, *ws,
                                [&](Reports &reports) { return reports.logExtract(session, from, until, options); });
        };
        break;
    }
    case ReportKind::PublicList:
        publishPublicList(parent, workspace);
        return;
    case ReportKind::Evaluation: {
        EvaluationReportDialog dialog(workspace, parent);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        const int year = dialog.year();
        title = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Evaluation report %1")).arg(year);
        source.fileName =
            text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "evaluation")) + QLatin1Char('-') + QString::number(year);
        source.build = [parent, ws, session, year](ReportOptions options, bool) {
            // The same charts as `report evaluation`, drawn by Qt Charts into the page as vectors.
            options.chartPainter = std::make_shared<Charts::QtChartPainter>();
            return gatherReport(parent, *ws,
                                [&](Reports &reports) { return reports.evaluation(session, year, options); });
        };
        break;
    }
    case ReportKind::RecoverySheet: {
        title = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "Recovery sheet"));
        source.fileName = text(QT_TRANSLATE_NOOP("Brankas::OpenReport", "recovery-sheet"));
        source.build = [ws, session](const ReportOptions &options, bool) {
            // The passphrase itself is written on the sheet by hand: Brankas never keeps it.
            return Reports(ws->vault()).recoverySheet(session, options);
        };
        break;
    }
    }
    showReport(parent, workspace, title, source);
}

} // namespace Brankas
