// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovertesting.h"

#include <core/handover/handovers.h>
#include <core/log/logactions.h>
#include <core/reports/reports.h>
#include <ui/reports/logextractdialog.h>
#include <ui/reports/registerreportdialog.h>
#include <ui/reports/reportactions.h>
#include <ui/reports/reportoutput.h>
#include <ui/reports/reportpreviewdialog.h>
#include <ui/reports/reportpreviewpane.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QProgressDialog>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_SHOTS");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

// A report long enough to take many pages, without a vault.
ReportDocument longReport(int rows)
{
    ReportDocument document;
    document.title = QStringLiteral("Long test report");
    document.blocks.push_back(heading(QStringLiteral("LONG TEST REPORT")));
    ReportTable table;
    table.columns = {{QStringLiteral("No.")}, {QStringLiteral("Handle"), 3}, {QStringLiteral("Status"), 2}};
    for (int row = 1; row <= rows; ++row) {
        table.rows.append(
            {QString::number(row), QStringLiteral("@panwaslu.account%1").arg(row), QStringLiteral("Aktif")});
    }
    document.blocks.push_back(table);
    return document;
}

qint64 finalHandover(HandoverDesk &desk)
{
    NewHandover spec;
    spec.kecamatanCode = Momunu;
    spec.kind = HandoverKind::Return;
    spec.date = QDate(2024, 2, 14);
    spec.from = {QStringLiteral("Andi Saputra"), QStringLiteral("Ketua Panwaslu Kecamatan Momunu"), QString()};
    spec.to = {QStringLiteral("Budi"), QStringLiteral("Staf Humas"), QString()};
    Handovers handovers(*desk.vault);
    const Handover draft = valueOf(handovers.create(desk.budi, spec), "create");
    return valueOf(handovers.finalize(desk.budi, draft.id), "finalize").id;
}

ReportSource handoverSource(Workspace &workspace, qint64 id)
{
    ReportSource source;
    source.offersSecrets = true;
    source.fileName = QStringLiteral("handover");
    source.build = [&workspace, id](const ReportOptions &options, bool withSecrets) {
        return Reports(workspace.vault()).handover(workspace.session(), id, options, withSecrets);
    };
    return source;
}
} // namespace

class TestReportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingWritesAPdfWithText();
    void cancellingLeavesNoFile();
    void previewSwitchesPaperAndLanguage();
    void sealedEnvelopeIsExplicitAndLogged();
    void viewersCannotAddTheEnvelope();
    void reportActionsFollowTheRole();
    void filterDialogsGiveTheirChoice();
};

void TestReportDialogs::savingWritesAPdfWithText()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    auto document = Reports(*desk.vault).health(desk.budi, defaultReportOptions(*workspace), QDate(2024, 2, 14));
    QVERIFY2(document.ok(), qPrintable(document.error().untranslatedMessage()));
    QWidget parent;
    const QString path = desk.t.dir.filePath(QStringLiteral("health.pdf"));
    QVERIFY(ReportOutput::savePdf(&parent, document.value(), path));
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY2(!text.trimmed().isEmpty(), "the PDF has no text");
    QVERIFY2(text.contains(QStringLiteral("Health"), Qt::CaseInsensitive), qPrintable(text.left(400)));
}

void TestReportDialogs::cancellingLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QWidget parent;
    bool cancelled = false;
    // The first progress callback lets events through, so the officer's click on Cancel lands.
    QTimer::singleShot(0, [&]() {
        if (auto *dialog = parent.findChild<QProgressDialog *>()) {
            dialog->cancel();
            cancelled = true;
        }
    });
    QVERIFY(!ReportOutput::savePdf(&parent, longReport(3000), path));
    QVERIFY(cancelled);
    QVERIFY(!QFile::exists(path));
    // Without a cancel the same report is written whole.
    QVERIFY(ReportOutput::savePdf(&parent, longReport(3000), path));
    QVERIFY(pdfText(path).contains(QStringLiteral("@panwaslu.account2999")));
}

void TestReportDialogs::previewSwitchesPaperAndLanguage()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    const qint64 id = finalHandover(desk);
    ReportPreviewDialog dialog(*workspace, QStringLiteral("Handover"));
    ReportPreviewPane *pane = dialog.pane();
    QVERIFY(pane->setSource(handoverSource(*workspace, id)));
    dialog.show();
    QVERIFY(pane->document());
    QCOMPARE(pane->document()->paper, Paper::A4);
    QCOMPARE(pane->document()->language, Language::English); // the UI language
    QVERIFY(pane->preview()->pageCount() >= 1);
    shoot(dialog, "report-preview");

    pane->setPaper(Paper::F4);
    QCOMPARE(pane->document()->paper, Paper::F4);
    QCOMPARE(pane->paperBox()->currentData().toInt(), int(Paper::F4));
    pane->setLanguage(Language::Indonesian);
    QCOMPARE(pane->document()->language, Language::Indonesian);
    QCOMPARE(pane->document()->paper, Paper::F4); // kept across the rebuild

    const QString path = desk.t.dir.filePath(QStringLiteral("ba.pdf"));
    QVERIFY(pane->saveTo(path));
    QVERIFY(pdfText(path).contains(QStringLiteral("BERITA ACARA")));
}

void TestReportDialogs::sealedEnvelopeIsExplicitAndLogged()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    const qint64 id = finalHandover(desk);
    ReportPreviewPane pane(*workspace);
    QVERIFY(pane.setSource(handoverSource(*workspace, id)));
    QVERIFY(pane.secretsBox()->isEnabled());
    QVERIFY(!pane.withSecrets());
    QCOMPARE(desk.logged(LogAction::reportSecretsPrinted()), 0);

    // Declining the warning adds nothing and logs nothing.
    answerNextMessageBox(QStringLiteral("Cancel"));
    QVERIFY(!pane.setWithSecrets(true));
    QVERIFY(!pane.withSecrets());
    QCOMPARE(desk.logged(LogAction::reportSecretsPrinted()), 0);

    QString warning;
    answerNextMessageBox(QStringLiteral("Add the annex"), &warning);
    QVERIFY(pane.setWithSecrets(true));
    QVERIFY(warning.contains(QStringLiteral("archive log")));
    QVERIFY(pane.withSecrets());
    QVERIFY(pane.secretsBox()->isChecked());
    QCOMPARE(desk.logged(LogAction::reportSecretsPrinted()), 1);
    const QString path = desk.t.dir.filePath(QStringLiteral("sealed.pdf"));
    QVERIFY(pane.saveTo(path));
    QVERIFY(pdfText(path).contains(QStringLiteral("old password 1")));

    QVERIFY(pane.setWithSecrets(false));
    QVERIFY(pane.saveTo(path));
    QVERIFY(!pdfText(path).contains(QStringLiteral("old password 1")));
}

void TestReportDialogs::viewersCannotAddTheEnvelope()
{
    HandoverDesk desk;
    const qint64 id = finalHandover(desk);
    auto workspace = desk.workspace(desk.ani);
    ReportPreviewPane pane(*workspace);
    QVERIFY(pane.setSource(handoverSource(*workspace, id)));
    QVERIFY(!pane.secretsBox()->isEnabled());
    answerNextMessageBox(QStringLiteral("OK"));
    QVERIFY(!pane.setWithSecrets(true, true));
    QVERIFY(!pane.withSecrets());
    QCOMPARE(desk.logged(LogAction::reportSecretsPrinted()), 0);
}

void TestReportDialogs::reportActionsFollowTheRole()
{
    HandoverDesk desk;
    QWidget window;
    auto admin = desk.workspace(desk.siti);
    ReportActions adminActions(*admin, &window);
    QCOMPARE(adminActions.actions().size(), 6);
    QVERIFY(adminActions.action(ReportKind::Evaluation));
    QVERIFY(adminActions.action(ReportKind::PublicList));
    QVERIFY(adminActions.action(ReportKind::RecoverySheet));
    for (QAction *action : adminActions.actions()) {
        QVERIFY(action->text().endsWith(QStringLiteral("…")));
    }
    auto viewer = desk.workspace(desk.ani);
    const QList<QAction *> viewerActions = reportActions(*viewer, &window);
    QCOMPARE(viewerActions.size(), 5); // viewers make reports, and publish the public list too
    QPointer<QAction> first = viewerActions.first();
    viewer.reset(); // the session ends: its report commands go with it
    QVERIFY(!first || !first->isEnabled());
    QTRY_VERIFY(first.isNull());
}

void TestReportDialogs::filterDialogsGiveTheirChoice()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    RegisterReportDialog registerDialog(*workspace);
    registerDialog.show();
    shoot(registerDialog, "register-filters");
    RegisterReportFilter filter = registerDialog.filter();
    QVERIFY(filter.accounts.kecamatanCode.isEmpty());
    QVERIFY(!filter.accounts.platform);
    registerDialog.kecamatanBox()->setCurrentIndex(
        registerDialog.kecamatanBox()->findText(QStringLiteral("Momunu"), Qt::MatchContains));
    registerDialog.platformBox()->setCurrentIndex(registerDialog.platformBox()->findData(int(Platform::Facebook)));
    filter = registerDialog.filter();
    QCOMPARE(filter.accounts.kecamatanCode, Momunu);
    QCOMPARE(filter.accounts.platform, std::optional(Platform::Facebook));
    auto document = Reports(*desk.vault).accountRegister(desk.budi, filter, defaultReportOptions(*workspace));
    QVERIFY2(document.ok(), qPrintable(document.error().untranslatedMessage()));
    QCOMPARE(reportRowCount(document.value()), 1);

    LogExtractDialog logDialog(*workspace);
    QCOMPARE(logDialog.from(), QDate(2024, 2, 1));
    QCOMPARE(logDialog.until(), QDate(2024, 2, 14));
}

QTEST_MAIN(TestReportDialogs)
#include "tst_reportdialogs.moc"
