// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovertesting.h"

#include <core/evaluation/evaluationnotes.h>
#include <core/evaluation/evaluationyear.h>
#include <core/evaluation/metrics.h>
#include <core/reports/evaluationcharts.h>
#include <ui/evaluation/evaluationchartspanel.h>
#include <ui/evaluation/evaluationnotemodel.h>
#include <ui/evaluation/evaluationnotespanel.h>
#include <ui/evaluation/evaluationpage.h>
#include <ui/evaluation/metricgridmodel.h>
#include <ui/kecamatan/registerformdialog.h>
#include <ui/models/kecamatanlistmodel.h>
#include <ui/reports/evaluationreportdialog.h>
#include <ui/reports/openreport.h>
#include <ui/reports/reportpreviewdialog.h>
#include <ui/reports/reportpreviewpane.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
constexpr int January = MetricGridModel::FirstMonthColumn;
constexpr int February = MetricGridModel::FirstMonthColumn + 1;
constexpr int March = MetricGridModel::FirstMonthColumn + 2; // not begun on the fixture's 14 February 2024

void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_SHOTS");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

int rowOf(const MetricGridModel &model, qint64 accountId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.accountId(row) == accountId) {
            return row;
        }
    }
    return -1;
}

std::optional<qint64> storedFollowers(Vault &vault, qint64 accountId, const QDate &month)
{
    for (const MonthlyFigures &figures : valueOf(Metrics(vault).list({.accountId = accountId}), "list")) {
        if (figures.month == month) {
            return figures.followers;
        }
    }
    return std::nullopt;
}

bool hasRow(Vault &vault, qint64 accountId, const QDate &month)
{
    const auto months = valueOf(Metrics(vault).list({.accountId = accountId}), "list");
    return std::any_of(months.begin(), months.end(), [&](const MonthlyFigures &m) { return m.month == month; });
}

void record(HandoverDesk &desk, qint64 accountId, std::optional<qint64> followers,
            std::optional<qint64> posts = std::nullopt, std::optional<qint64> reach = std::nullopt,
            std::optional<qint64> engagement = std::nullopt)
{
    FigureChange change;
    change.followers = followers;
    if (posts) {
        change.posts = posts;
        change.reach = reach;
        change.engagement = engagement;
    }
    valueOf(Metrics(*desk.vault).set(desk.budi, accountId, QDate(2024, 1, 1), change), "set");
}

// A page signed in as `session`, shown on the fixture's year.
struct ShownPage
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<EvaluationPage> page;

    ShownPage(HandoverDesk &desk, const Session &session)
        : workspace(desk.workspace(session))
        , page(std::make_unique<EvaluationPage>(*workspace))
    {
        page->resize(1100, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    }

    QModelIndex cell(qint64 accountId, int column) const
    {
        return page->model()->index(rowOf(*page->model(), accountId), column);
    }
};
} // namespace

class TestEvaluationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester();
    void typingAFigureWritesAndLogsIt();
    void invalidInputIsRefusedWhileTyping();
    void coreRefusalIsShownAndNothingChanges();
    void emptyStaysEmptyNotZero();
    void oneLogEntryPerChange();
    void monthsNotBegunCannotBeFilled();
    void viewerCannotEdit();
    void figureSelectorSwitchesTheColumns();
    void filtersUseTheRegisterSearch();
    void noteIsAdded();
    void noteIsCorrected();
    void chartsAreTheReportCharts();
    void reportMenuPreviewsTheEvaluation();
    void partialMonthIsExplainedUnderItsChart();
};

void TestEvaluationPage::modelPassesTheTester()
{
    HandoverDesk desk;
    MetricGridModel model(*desk.vault, desk.budi);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    QVERIFY(model.load(2024, {}).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 14);
    QVERIFY(model.setData(model.index(0, January), QStringLiteral("120")));
    model.setFigure(Figure::Posts);
    QVERIFY(model.setData(model.index(1, February), QStringLiteral("7")));
    QVERIFY(model.load(2023, {}).ok());
    AccountFilter filter;
    filter.platform = Platform::Facebook;
    QVERIFY(model.load(2024, filter).ok());
    QCOMPARE(model.rowCount(), 1);
}

void TestEvaluationPage::typingAFigureWritesAndLogsIt()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    QTableView *grid = shown.page->grid();
    const QModelIndex january = shown.cell(desk.instagram.id, January);
    QVERIFY(january.isValid());
    grid->setFocus();
    grid->setCurrentIndex(january);
    // As in a spreadsheet: type on the cell, Enter writes it.
    QTest::keyClick(grid, Qt::Key_1);
    auto *editor = grid->findChild<QLineEdit *>(QStringLiteral("figureEditor"));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("250"));
    QCOMPARE(editor->text(), QStringLiteral("1250"));
    shoot(*shown.page, "evaluation-typing");
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from the event loop.
    QTRY_COMPARE(shown.page->model()->value(january.row(), 1, Figure::Followers), std::optional<qint64>(1250));
    QCOMPARE(storedFollowers(*desk.vault, desk.instagram.id, QDate(2024, 1, 1)), std::optional<qint64>(1250));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 1);
    QCOMPARE(january.data(Qt::EditRole).toString(), QStringLiteral("1250"));
}

void TestEvaluationPage::invalidInputIsRefusedWhileTyping()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    QTableView *grid = shown.page->grid();
    const QModelIndex january = shown.cell(desk.facebook.id, January);
    grid->setCurrentIndex(january);
    grid->edit(january);
    auto *editor = grid->findChild<QLineEdit *>(QStringLiteral("figureEditor"));
    QVERIFY(editor);
    // A minus sign, letters, a decimal comma, a thousands dot and spaces never appear.
    QTest::keyClicks(editor, QStringLiteral("-1a2,3.4 5e"));
    QCOMPARE(editor->text(), QStringLiteral("12345"));
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("12345678901234"));
    QCOMPARE(editor->text(), QStringLiteral("123456789012")); // twelve digits, no more
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 0);
    QVERIFY(!hasRow(*desk.vault, desk.facebook.id, QDate(2024, 1, 1)));
}

void TestEvaluationPage::coreRefusalIsShownAndNothingChanges()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    MetricGridModel *model = shown.page->model();
    const QModelIndex january = shown.cell(desk.instagram.id, January);
    QVERIFY(model->setData(january, QStringLiteral("300")));
    QString refusal;
    connect(model, &MetricGridModel::refused, this, [&](const Error &error) { refusal = error.message(); });
    QString shownText;
    answerNextMessageBox(QStringLiteral("OK"), &shownText);
    // Twelve digits pass the editor; core refuses more than Metrics::MaximumFigure.
    QVERIFY(!model->setData(january, QStringLiteral("999999999999")));
    QVERIFY2(refusal.contains(QStringLiteral("999999999999")), qPrintable(refusal));
    QTRY_VERIFY(!shownText.isEmpty()); // the officer sees core's message
    QCOMPARE(shownText, refusal);
    QCOMPARE(model->value(january.row(), 1, Figure::Followers), std::optional<qint64>(300));
    QCOMPARE(storedFollowers(*desk.vault, desk.instagram.id, QDate(2024, 1, 1)), std::optional<qint64>(300));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 1);
    // Text that bypassed the editor is refused too, with a message.
    refusal.clear();
    answerNextMessageBox(QStringLiteral("OK"));
    QVERIFY(!model->setData(january, QStringLiteral("12a")));
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 1);
}

void TestEvaluationPage::emptyStaysEmptyNotZero()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    MetricGridModel *model = shown.page->model();
    const QModelIndex february = shown.cell(desk.instagram.id, February);
    // Nothing recorded: an empty cell, not "0".
    QCOMPARE(february.data().toString(), QString());
    QVERIFY(!model->value(february.row(), 2, Figure::Followers));
    // Leaving an empty cell empty writes nothing.
    QVERIFY(model->setData(february, QString()));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 0);
    // 0 is a figure like any other and shows as 0.
    QVERIFY(model->setData(february, QStringLiteral("0")));
    QCOMPARE(february.data().toString(), QStringLiteral("0"));
    QCOMPARE(storedFollowers(*desk.vault, desk.instagram.id, QDate(2024, 2, 1)), std::optional<qint64>(0));
    // Emptying it makes the figure unknown again, not 0; with no other figure the month is gone.
    QVERIFY(model->setData(february, QStringLiteral("  ")));
    QCOMPARE(february.data().toString(), QString());
    QVERIFY(!model->value(february.row(), 2, Figure::Followers));
    QVERIFY(!hasRow(*desk.vault, desk.instagram.id, QDate(2024, 2, 1)));
    // After reading the year again it is still empty.
    shown.page->reload();
    QCOMPARE(shown.cell(desk.instagram.id, February).data().toString(), QString());
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 2);
}

void TestEvaluationPage::oneLogEntryPerChange()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    MetricGridModel *model = shown.page->model();
    QVERIFY(model->setData(shown.cell(desk.instagram.id, January), QStringLiteral("100")));
    QVERIFY(model->setData(shown.cell(desk.facebook.id, January), QStringLiteral("200")));
    model->setFigure(Figure::Posts);
    QVERIFY(model->setData(shown.cell(desk.instagram.id, January), QStringLiteral("9")));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 3);
    // The same value again is no change, so no entry.
    QVERIFY(model->setData(shown.cell(desk.instagram.id, January), QStringLiteral("9")));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 3);
    // The posts did not touch the followers of the same month.
    model->setFigure(Figure::Followers);
    QCOMPARE(shown.cell(desk.instagram.id, January).data(Qt::EditRole).toString(), QStringLiteral("100"));
    const auto months = valueOf(Metrics(*desk.vault).list({.accountId = desk.instagram.id}), "list");
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.first().followers, std::optional<qint64>(100));
    QCOMPARE(months.first().posts, std::optional<qint64>(9));
    QVERIFY(!months.first().reach);
}

void TestEvaluationPage::monthsNotBegunCannotBeFilled()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    const QModelIndex february = shown.cell(desk.instagram.id, February);
    const QModelIndex march = shown.cell(desk.instagram.id, March);
    QVERIFY(february.flags() & Qt::ItemIsEditable);
    QVERIFY(!(march.flags() & Qt::ItemIsEditable));
    QVERIFY(!shown.page->model()->setData(march, QStringLiteral("5")));
    QVERIFY(!(shown.cell(desk.instagram.id, MetricGridModel::AccountColumn).flags() & Qt::ItemIsEditable));
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 0);
}

void TestEvaluationPage::viewerCannotEdit()
{
    HandoverDesk desk;
    record(desk, desk.instagram.id, 77);
    ShownPage shown(desk, desk.ani);
    QTableView *grid = shown.page->grid();
    const QModelIndex january = shown.cell(desk.instagram.id, January);
    QCOMPARE(january.data().toString(), QStringLiteral("77")); // viewers read the figures
    QVERIFY(!(january.flags() & Qt::ItemIsEditable));
    grid->setFocus();
    grid->setCurrentIndex(january);
    QTest::keyClicks(grid, QStringLiteral("5"));
    QVERIFY(!grid->findChild<QLineEdit *>(QStringLiteral("figureEditor")));
    QVERIFY(!shown.page->model()->setData(january, QStringLiteral("5")));
    QCOMPARE(storedFollowers(*desk.vault, desk.instagram.id, QDate(2024, 1, 1)), std::optional<qint64>(77));
    QVERIFY(!shown.page->notesPanel()->addButton()->isVisible());
    // Core refuses a viewer's write on its own too, whatever the window shows.
    FigureChange change;
    change.followers = 5;
    QVERIFY(!Metrics(*desk.vault).set(desk.ani, desk.instagram.id, QDate(2024, 1, 1), change).ok());
    QCOMPARE(desk.logged(QStringLiteral("metrics.set")), 1);
    shoot(*shown.page, "evaluation-viewer");
}

void TestEvaluationPage::figureSelectorSwitchesTheColumns()
{
    HandoverDesk desk;
    record(desk, desk.instagram.id, 1500, 12, 4000, 230);
    ShownPage shown(desk, desk.budi);
    const QStringList expected{QStringLiteral("1500"), QStringLiteral("12"), QStringLiteral("4000"),
                               QStringLiteral("230")};
    for (int i = 0; i < 4; ++i) {
        shown.page->figureBox()->setCurrentIndex(i);
        QCOMPARE(shown.cell(desk.instagram.id, January).data(Qt::EditRole).toString(), expected[i]);
    }
}

void TestEvaluationPage::filtersUseTheRegisterSearch()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    QCOMPARE(shown.page->model()->rowCount(), 2);
    shown.page->platformBox()->setCurrentIndex(shown.page->platformBox()->findData(int(Platform::Facebook)));
    QCOMPARE(shown.page->model()->rowCount(), 1);
    QCOMPARE(shown.page->model()->accountId(0), desk.facebook.id);
    shown.page->platformBox()->setCurrentIndex(0);
    // The register's search: a leading "@" is dropped, case ignored.
    shown.page->searchField()->setText(QStringLiteral("@PANWASLU.MOMUNU"));
    QTRY_COMPARE(shown.page->model()->rowCount(), 1);
    QCOMPARE(shown.page->model()->accountId(0), desk.instagram.id);
    shown.page->searchField()->setText(QStringLiteral("tidak-ada"));
    QTRY_COMPARE(shown.page->model()->rowCount(), 0);
    shown.page->searchField()->clear();
    QTRY_COMPARE(shown.page->model()->rowCount(), 2);
}

void TestEvaluationPage::noteIsAdded()
{
    HandoverDesk desk;
    ShownPage shown(desk, desk.budi);
    EvaluationNotesPanel *notes = shown.page->notesPanel();
    shown.page->tabs()->setCurrentWidget(notes);
    QCOMPARE(notes->model()->rowCount(), 0);
    QString firstRefusal;
    QTimer::singleShot(0, [&]() {
        auto *dialog = notes->findChild<RegisterFormDialog *>(QStringLiteral("addEvaluationNoteDialog"));
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("noteKind"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("noteCategory"));
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("noteText"));
        auto *kecamatan = dialog->findChild<QComboBox *>(QStringLiteral("noteKecamatan"));
        kecamatan->setCurrentIndex(kecamatan->findData(Momunu, KecamatanListModel::CodeRole));
        QVERIFY(!category->isEnabled()); // an achievement has no category
        kind->setCurrentIndex(kind->findData(int(NoteKind::Obstacle)));
        QVERIFY(category->isEnabled());
        category->setCurrentIndex(category->findData(int(ObstacleCategory::AccountLocked)));
        // Empty: core refuses, the dialog stays open with the reason and keeps the choices.
        dialog->acceptButton()->click();
        firstRefusal = dialog->refusal();
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(text, QStringLiteral("Akun Instagram terkunci dua pekan pada bulan Januari."));
        shoot(*dialog, "evaluation-note-dialog");
        dialog->acceptButton()->click();
    });
    notes->addNote();
    QVERIFY(!firstRefusal.isEmpty());
    QCOMPARE(notes->model()->rowCount(), 1);
    const EvaluationNote &note = notes->model()->note(0);
    QCOMPARE(note.kind, NoteKind::Obstacle);
    QCOMPARE(note.category, std::optional(ObstacleCategory::AccountLocked));
    QCOMPARE(note.kecamatanCode, Momunu);
    QCOMPARE(note.year, 2024);
    QCOMPARE(desk.logged(QStringLiteral("evaluation.note-added")), 1);
    QCOMPARE(valueOf(EvaluationNotes(*desk.vault).list(2024), "notes").size(), 1);
    shoot(*shown.page, "evaluation-notes");
}

void TestEvaluationPage::noteIsCorrected()
{
    HandoverDesk desk;
    valueOf(EvaluationNotes(*desk.vault)
                .add(desk.budi, Momunu, 2024, NoteKind::Obstacle, ObstacleCategory::Other,
                     QStringLiteral("HP petugas rusak.")),
            "note");
    ShownPage shown(desk, desk.budi);
    EvaluationNotesPanel *notes = shown.page->notesPanel();
    shown.page->tabs()->setCurrentWidget(notes);
    QCOMPARE(notes->model()->rowCount(), 1);
    QVERIFY(!notes->editButton()->isEnabled()); // nothing selected yet
    notes->table()->setCurrentIndex(notes->model()->index(0, 0));
    QVERIFY(notes->editButton()->isEnabled());
    QTimer::singleShot(0, [&]() {
        auto *dialog = notes->findChild<RegisterFormDialog *>(QStringLiteral("editEvaluationNoteDialog"));
        QVERIFY(dialog);
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("noteText"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("noteCategory"));
        QCOMPARE(text->text(), QStringLiteral("HP petugas rusak."));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("noteKind"))->isEnabled());
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("noteKecamatan"))->isEnabled());
        category->setCurrentIndex(category->findData(int(ObstacleCategory::NoDevice)));
        text->setText(QStringLiteral("HP petugas rusak sejak Januari."));
        dialog->acceptButton()->click();
    });
    notes->editNote();
    QCOMPARE(notes->model()->rowCount(), 1);
    QCOMPARE(notes->model()->note(0).text, QStringLiteral("HP petugas rusak sejak Januari."));
    QCOMPARE(notes->model()->note(0).category, std::optional(ObstacleCategory::NoDevice));
    QCOMPARE(desk.logged(QStringLiteral("evaluation.note-changed")), 1);
    // A viewer sees the note but has no command to change it.
    ShownPage viewer(desk, desk.ani);
    QCOMPARE(viewer.page->notesPanel()->model()->rowCount(), 1);
    QVERIFY(!viewer.page->notesPanel()->editButton()->isVisible());
}

void TestEvaluationPage::chartsAreTheReportCharts()
{
    HandoverDesk desk;
    record(desk, desk.instagram.id, 40);
    ShownPage shown(desk, desk.budi);
    EvaluationChartsPanel *charts = shown.page->chartsPanel();
    QCOMPARE(charts->chartCount(), 0); // gathered only when shown
    shown.page->tabs()->setCurrentWidget(charts);
    QTRY_COMPARE(charts->chartCount(), 3);
    const auto year = valueOf(gatherEvaluationYear(*desk.vault, 2024, QDate(2024, 2, 14)), "gather");
    QStringList expected;
    for (const ReportChart &chart : evaluationCharts(year, Language::English)) {
        expected << chart.title;
    }
    QCOMPARE(charts->chartTitles(), expected);
    QTest::qWait(50); // let the grid lay the charts out before the picture
    shoot(*shown.page, "evaluation-charts");
}

void TestEvaluationPage::partialMonthIsExplainedUnderItsChart()
{
    HandoverDesk desk;
    const Account lakea =
        desk.addAccount(newAccount(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("panwaslu_lakea")));
    desk.t.clock.set(QDateTime(QDate(2024, 6, 15), QTime(9, 0), QTimeZone::utc()));
    // Momunu's Instagram skipped February; Lakea's reported it: February's sum misses Momunu.
    for (int month : {1, 3}) {
        FigureChange change;
        change.followers = 1000 + month;
        valueOf(Metrics(*desk.vault).set(desk.budi, desk.instagram.id, QDate(2024, month, 1), change), "set");
    }
    for (int month : {1, 2, 3}) {
        FigureChange change;
        change.followers = 200 + month;
        valueOf(Metrics(*desk.vault).set(desk.budi, lakea.id, QDate(2024, month, 1), change), "set");
    }
    ShownPage shown(desk, desk.budi);
    EvaluationChartsPanel *charts = shown.page->chartsPanel();
    shown.page->tabs()->setCurrentWidget(charts);
    QTRY_COMPARE(charts->chartCount(), 3);
    const QStringList notes = charts->chartNotes();
    QCOMPARE(notes.size(), 3);
    QVERIFY2(notes[0].contains(QLatin1String("Not every account reported its followers in February")),
             qPrintable(notes[0]));
    QVERIFY(notes[1].isEmpty()); // no posts at all: gaps, nothing partial
    QVERIFY(notes[2].isEmpty());
    auto *note = charts->findChild<QLabel *>(QStringLiteral("evaluationChartNote1"));
    QVERIFY(note && note->isVisible());
    QVERIFY(!charts->findChild<QLabel *>(QStringLiteral("evaluationChartNote2"))->isVisible());
    QTest::qWait(50); // let the grid lay the charts out before the picture
    shoot(*shown.page, "evaluation-charts-partial");
}

void TestEvaluationPage::reportMenuPreviewsTheEvaluation()
{
    HandoverDesk desk;
    valueOf(EvaluationNotes(*desk.vault)
                .add(desk.budi, Momunu, 2024, NoteKind::Achievement, std::nullopt,
                     QStringLiteral("Siaran langsung ditonton seribu warga.")),
            "note");
    auto workspace = desk.workspace(desk.budi);
    QWidget parent;
    bool previewed = false;
    int yearOffered = 0;
    QString previewText;
    // The year dialog first, then the preview: answered as they show.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (auto *dialog = parent.findChild<EvaluationReportDialog *>(); dialog && dialog->isVisible()) {
            yearOffered = dialog->year();
            dialog->accept();
        } else if (auto *preview = parent.findChild<ReportPreviewDialog *>(); preview && preview->isVisible()) {
            const ReportDocument *document = preview->pane()->document();
            previewed = document != nullptr;
            if (document) {
                previewText = document->title;
            }
            preview->reject();
        }
    });
    poll.start();
    openReport(&parent, *workspace, ReportKind::Evaluation);
    poll.stop();
    QCOMPARE(yearOffered, 2024);
    QVERIFY(previewed);
    QVERIFY2(previewText.contains(QStringLiteral("2024")), qPrintable(previewText));
}

QTEST_MAIN(TestEvaluationPage)
#include "tst_evaluationpage.moc"
