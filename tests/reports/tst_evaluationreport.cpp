// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly evaluation report: what the meeting reads from it (every kecamatan, the obstacles by
// category, the year), its charts drawn as vectors (the chart titles and axis labels are PDF text,
// and the page holds no picture), and months without figures left as gaps, not zeros.
#include "../register/registertesting.h"
#include "pdftools.h"

#include <core/evaluation/evaluationnotes.h>
#include <core/evaluation/metrics.h>
#include <core/reports/evaluationcharts.h>
#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>
#include <core/storage/kecamatanstore.h>
#include <core/vault/vault.h>
#include <ui/charts/chartbuilder.h>
#include <ui/charts/qtchartpainter.h>

#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Brankas;
using namespace Brankas::Testing;

class TestEvaluationReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textHasKecamatanObstaclesAndYear();
    void chartsAreVectors();
    void indonesianByDefault();
    void monthsWithoutFiguresAreGaps();
    void gapSplitsTheLine();
    void summaryCountsTheYear();
    void refusedWithoutChartsOrForAFutureYear();
    void areaKeepsToItsKecamatan();
    void unknownAreaIsRefused_data();
    void unknownAreaIsRefused();
    void regencyAreaIsNamed();
    void monthsNobodyReportedAreNotPartial();
    void partialMonthsAreMarked();
    void valueTicksAreWholeNumbers_data();
    void valueTicksAreWholeNumbers();

private:
    QString write(const ReportOptions &options, const QString &name, int year = 2024);
    ReportOptions options(Language language = Language::English) const;
    void figures(qint64 account, int month, std::optional<qint64> followers, std::optional<qint64> posts);

    QTemporaryDir m_dir;
    std::unique_ptr<Office> m_office;
    Account m_momunu;
    Account m_bokat;
};

void TestEvaluationReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
}

void TestEvaluationReport::init()
{
    m_office = std::make_unique<Office>();
    m_office->t.clock.set(QDateTime(QDate(2024, 1, 10), QTime(9, 0), QTimeZone::utc()));
    m_momunu = m_office->addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    m_bokat =
        m_office->addAccount(newAccount(QStringLiteral("72.05.03"), Platform::X, QStringLiteral("PanwasluBokat")));
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    // Momunu reported January to March and June; April and May nobody counted.
    figures(m_momunu.id, 1, 1000, 12);
    figures(m_momunu.id, 2, 1100, 9);
    figures(m_momunu.id, 3, 1180, 15);
    figures(m_momunu.id, 6, 1400, 20);
    figures(m_bokat.id, 2, 300, 4);
    EvaluationNotes notes(*m_office->vault);
    QVERIFY(notes
                .add(m_office->budi, QStringLiteral("72.05.01"), 2024, NoteKind::Achievement, std::nullopt,
                     QStringLiteral("Siaran langsung rekapitulasi ditonton 5.000 orang"))
                .ok());
    QVERIFY(notes
                .add(m_office->budi, QStringLiteral("72.05.03"), 2024, NoteKind::Obstacle, ObstacleCategory::NoDevice,
                     QStringLiteral("Tidak ada kuota internet di sekretariat"))
                .ok());
    QVERIFY(notes
                .add(m_office->budi, QStringLiteral("72.05.01"), 2024, NoteKind::Obstacle,
                     ObstacleCategory::AccountLocked, QStringLiteral("Akun dibatasi setelah laporan palsu"))
                .ok());
}

void TestEvaluationReport::cleanup()
{
    m_office.reset();
}

void TestEvaluationReport::figures(qint64 account, int month, std::optional<qint64> followers,
                                   std::optional<qint64> posts)
{
    FigureChange change;
    change.followers = followers;
    change.posts = posts;
    valueOf(Metrics(*m_office->vault).set(m_office->budi, account, QDate(2024, month, 1), change), "set figures");
}

ReportOptions TestEvaluationReport::options(Language language) const
{
    ReportOptions result;
    result.language = language;
    result.chartPainter = std::make_shared<Charts::QtChartPainter>();
    return result;
}

QString TestEvaluationReport::write(const ReportOptions &reportOptions, const QString &name, int year)
{
    auto document = Reports(*m_office->vault).evaluation(m_office->budi, year, reportOptions);
    if (!document) {
        qFatal("evaluation: %s", qPrintable(document.error().untranslatedMessage()));
    }
    const QString path = m_dir.filePath(name);
    require(writeReportPdf(document.value(), path), "write the PDF");
    keepSample(path, name);
    return path;
}

void TestEvaluationReport::textHasKecamatanObstaclesAndYear()
{
    const QString text = pdfText(write(options(), QStringLiteral("evaluation-en.pdf")));
    QVERIFY2(text.contains(QLatin1String("EVALUATION OF THE SOCIAL-MEDIA ACCOUNTS")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Year 2024")));
    QVERIFY(text.contains(QLatin1String("Period 1 January 2024 to 31 December 2024")));
    for (const Account &account : {m_momunu, m_bokat}) {
        QVERIFY2(text.contains(QStringLiteral("Kecamatan %1 (%2)").arg(account.kecamatanName, account.kecamatanCode)),
                 qPrintable(account.kecamatanName));
        QVERIFY(text.contains(QLatin1Char('@') + account.handle));
    }
    QVERIFY(text.contains(QLatin1String("Achievement: Siaran langsung rekapitulasi ditonton 5.000 orang")));
    // Obstacles under their category, in the category order.
    const qsizetype device = text.indexOf(QLatin1String("No device or data plan"));
    const qsizetype locked = text.indexOf(QLatin1String("Account locked or hacked"));
    QVERIFY(device > 0 && locked > device);
    QVERIFY(text.indexOf(QLatin1String("Tidak ada kuota internet di sekretariat")) > device);
    QVERIFY(text.indexOf(QLatin1String("Akun dibatasi setelah laporan palsu")) > locked);
    // The log fingerprint, as on every report.
    QVERIFY2(text.contains(QLatin1String("fingerprint"), Qt::CaseInsensitive), qPrintable(text.right(400)));
}

void TestEvaluationReport::chartsAreVectors()
{
    const QString path = write(options(), QStringLiteral("evaluation-charts.pdf"));
    const QString text = pdfText(path);
    for (const char *label :
         {"Followers per platform, at month end", "Posts per month", "Kecamatan with an active account per platform",
          "Month", "Followers", "Jan", "Dec", "Instagram", "With an active account"}) {
        QVERIFY2(text.contains(QLatin1String(label)), label);
    }
    // pdfimages lists every image of the file under two header lines: a chart drawn as a picture
    // would be one.
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
    // The charts' text is in the report's bundled font, embedded (the suite runs without system fonts).
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.contains(QLatin1String("LiberationSans")), qPrintable(fonts));
}

void TestEvaluationReport::indonesianByDefault()
{
    const QString text = pdfText(write(options(Language::Indonesian), QStringLiteral("evaluation-id.pdf")));
    QVERIFY(text.contains(QLatin1String("LAPORAN EVALUASI PENGELOLAAN MEDIA SOSIAL")));
    QVERIFY(text.contains(QLatin1String("Pengikut per platform, akhir bulan")));
    QVERIFY(text.contains(QLatin1String("Tidak ada perangkat atau kuota data")));
    QVERIFY(text.contains(QLatin1String("Tahun 2024")));
}

void TestEvaluationReport::monthsWithoutFiguresAreGaps()
{
    const EvaluationYear year = gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15)).value();
    const QList<ReportChart> charts = evaluationCharts(year, Language::English);
    QCOMPARE(charts.size(), 3);
    const ReportChart &followers = charts.first();
    const ChartSeries *instagram = nullptr;
    for (const ChartSeries &series : followers.series) {
        if (series.name == QLatin1String("Instagram")) {
            instagram = &series;
        }
    }
    QVERIFY(instagram);
    QCOMPARE(instagram->values.size(), 12);
    QCOMPARE(instagram->values[0], std::optional<double>(1000));
    QCOMPARE(instagram->values[2], std::optional<double>(1180));
    QVERIFY(!instagram->values[3]); // April: unknown, not 0
    QVERIFY(!instagram->values[4]);
    QCOMPARE(instagram->values[5], std::optional<double>(1400));
    QVERIFY(!instagram->values[11]);
}

void TestEvaluationReport::gapSplitsTheLine()
{
    ReportChart chart;
    chart.categories = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
                        QStringLiteral("May")};
    chart.series = {ChartSeries{QStringLiteral("Instagram"), {10.0, 12.0, std::nullopt, 15.0, 16.0}}};
    std::unique_ptr<QChart> qtChart(Charts::buildChart(chart, QStringLiteral("Liberation Sans"), 8));
    // Two runs, Jan-Feb and Apr-May: nothing drawn through March, and no point at zero.
    QCOMPARE(qtChart->series().size(), 2);
    for (QAbstractSeries *series : qtChart->series()) {
        const auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        for (const QPointF &point : line->points()) {
            QVERIFY(point.y() > 0);
            QVERIFY(point.x() != 2);
        }
    }
}

void TestEvaluationReport::summaryCountsTheYear()
{
    const EvaluationYear year = gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15)).value();
    QCOMPARE(year.changes.added, 2);
    QCOMPARE(year.coverage.value(Platform::Instagram), 1);
    QCOMPARE(year.coverage.value(Platform::X), 1);
    QCOMPARE(year.kecamatan.size(), 2);
    QCOMPARE(year.obstacles.size(), 2);
    const AccountYear &momunu = year.kecamatan.first().accounts.first();
    QCOMPARE(momunu.followersAtEnd, std::optional<qint64>(1400));
    QCOMPARE(momunu.posts, std::optional<qint64>(56));
    QCOMPARE(momunu.monthsReported, 4);
    QVERIFY(!momunu.reach); // never reported: unknown, not 0
    // The year before the accounts existed has none of them.
    const EvaluationYear before = gatherEvaluationYear(*m_office->vault, 2023, QDate(2025, 1, 15)).value();
    QVERIFY(before.kecamatan.isEmpty());
    QCOMPARE(before.changes.added, 0);
}

void TestEvaluationReport::refusedWithoutChartsOrForAFutureYear()
{
    ReportOptions noCharts;
    auto refused = Reports(*m_office->vault).evaluation(m_office->budi, 2024, noCharts);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    auto future = Reports(*m_office->vault).evaluation(m_office->budi, 2026, options());
    QCOMPARE(future.error().code(), ErrorCode::InvalidInput);
    // A document with charts but no painter is refused at printing, not printed blank.
    ReportDocument document = Reports(*m_office->vault).evaluation(m_office->budi, 2024, options()).value();
    document.chartPainter.reset();
    QVERIFY(!writeReportPdf(document, m_dir.filePath(QStringLiteral("blank.pdf"))).ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("blank.pdf"))));
}

void TestEvaluationReport::areaKeepsToItsKecamatan()
{
    // A kecamatan of another province, with an account, figures and notes of its own, as a national
    // vault holds them (an office's register takes only its own regency's).
    valueOf(Storage::KecamatanStore(m_office->vault->database())
                .insert(Kecamatan{QStringLiteral("71.01.01"), QStringLiteral("71.01"), QStringLiteral("Tondano Barat")},
                        m_office->t.clock.nowUtc()),
            "add kecamatan");
    m_office->t.clock.set(QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
    const Account tondano = m_office->addAccount(
        newAccount(QStringLiteral("71.01.01"), Platform::Instagram, QStringLiteral("panwaslu_tondanobarat")));
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    figures(tondano.id, 2, 5000, 30);
    EvaluationNotes notes(*m_office->vault);
    QVERIFY(notes
                .add(m_office->budi, QStringLiteral("71.01.01"), 2024, NoteKind::Obstacle,
                     ObstacleCategory::OfficerChanged, QStringLiteral("Operator berganti tiga kali"))
                .ok());

    const EvaluationYear all = gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15)).value();
    QCOMPARE(all.kecamatan.size(), 3);
    QCOMPARE(all.changes.added, 3);
    QCOMPARE(all.followers.value(Platform::Instagram)[1], std::optional<qint64>(1100 + 5000));

    // The province of the office: as before the other kecamatan was added.
    const EvaluationYear sulteng =
        gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15), QStringLiteral("72")).value();
    QCOMPARE(sulteng.kecamatan.size(), 2);
    QCOMPARE(sulteng.changes.added, 2);
    QCOMPARE(sulteng.obstacles.size(), 2);
    QCOMPARE(sulteng.coverage.value(Platform::Instagram), 1);
    QCOMPARE(sulteng.followers.value(Platform::Instagram)[1], std::optional<qint64>(1100));
    QCOMPARE(gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15), QStringLiteral("72.05"))
                 .value()
                 .kecamatan.size(),
             2);

    // The other province: its kecamatan, account, figures and obstacle only.
    const EvaluationYear sulut =
        gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15), QStringLiteral("71")).value();
    QCOMPARE(sulut.kecamatan.size(), 1);
    QCOMPARE(sulut.kecamatan.first().code, QStringLiteral("71.01.01"));
    QCOMPARE(sulut.kecamatanInUse, 1);
    QCOMPARE(sulut.changes.added, 1);
    QCOMPARE(sulut.obstacles.size(), 1);
    QCOMPARE(sulut.kecamatan.first().accounts.first().followersAtEnd, std::optional<qint64>(5000));
    QVERIFY(!sulut.followers.value(Platform::X)[1]);
    // "7" is no province: a code is matched whole up to a dot, never by its first digits.
    QVERIFY(gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15), QStringLiteral("7"))
                .value()
                .kecamatan.isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("evaluation-71.pdf"));
    ReportDocument document =
        Reports(*m_office->vault).evaluation(m_office->budi, 2024, options(), QStringLiteral("71")).value();
    QVERIFY(writeReportPdf(document, path).ok());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("Area: Province of Sulawesi Utara (71)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Tondano Barat")));
    QVERIFY(text.contains(QLatin1String("Operator berganti tiga kali")));
    QVERIFY(!text.contains(QLatin1String("Momunu")));
    QVERIFY(!text.contains(QLatin1String("Tidak ada kuota internet")));
}

void TestEvaluationReport::unknownAreaIsRefused_data()
{
    QTest::addColumn<QString>("area");
    QTest::newRow("no such province") << QStringLiteral("99");
    QTest::newRow("no such regency") << QStringLiteral("72.99");
    QTest::newRow("a kecamatan") << QStringLiteral("72.05.01");
    QTest::newRow("first digits only") << QStringLiteral("7");
}

void TestEvaluationReport::unknownAreaIsRefused()
{
    QFETCH(QString, area);
    auto refused = Reports(*m_office->vault).evaluation(m_office->budi, 2024, options(), area);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.error().untranslatedMessage().contains(area), qPrintable(refused.error().untranslatedMessage()));
    QVERIFY(refused.error().untranslatedMessage().contains(QLatin1String("72.05")));
}

void TestEvaluationReport::regencyAreaIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("evaluation-72.05.pdf"));
    ReportDocument document =
        Reports(*m_office->vault).evaluation(m_office->budi, 2024, options(), QStringLiteral("72.05")).value();
    QVERIFY(writeReportPdf(document, path).ok());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("Area: Kabupaten Buol (72.05)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Momunu")));
}

void TestEvaluationReport::monthsNobodyReportedAreNotPartial()
{
    // Momunu skipped April and May, and nobody else has Instagram: those months are gaps in the
    // line, which the report explains once; no month is a partial sum.
    const EvaluationYear year = gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15)).value();
    for (const MonthFlags &flags : year.partialFollowers) {
        QVERIFY(std::none_of(flags.begin(), flags.end(), [](bool partial) { return partial; }));
    }
    const QList<ReportChart> charts = evaluationCharts(year, Language::English);
    QVERIFY(charts[0].note.isEmpty());
    QVERIFY(charts[1].note.isEmpty());
}

void TestEvaluationReport::partialMonthsAreMarked()
{
    // A second Instagram account reports every month to June; Momunu's April and May are missing, so
    // those two months' sums miss Momunu and the line dips there.
    m_office->t.clock.set(QDateTime(QDate(2024, 1, 10), QTime(9, 0), QTimeZone::utc()));
    const Account lakea = m_office->addAccount(
        newAccount(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("panwaslu_lakea")));
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    for (int month = 1; month <= 6; ++month) {
        figures(lakea.id, month, 500 + month, month == 5 ? std::nullopt : std::optional<qint64>(3));
    }
    const EvaluationYear year = gatherEvaluationYear(*m_office->vault, 2024, QDate(2025, 1, 15)).value();
    const MonthFlags followers = year.partialFollowers.value(Platform::Instagram);
    const MonthFlags expected{false, false, false, true, true, false, false, false, false, false, false, false};
    QCOMPARE(followers, expected);
    // Posts: Momunu skipped April and May, Lakea May; May has no post figure at all, so it is a gap.
    const MonthFlags posts = year.partialPosts.value(Platform::Instagram);
    const MonthFlags expectedPosts{false, false, false, true, false, false, false, false, false, false, false, false};
    QCOMPARE(posts, expectedPosts);
    // X (Bokat reported February only) is whole.
    const MonthFlags x = year.partialFollowers.value(Platform::X);
    QVERIFY(std::none_of(x.begin(), x.end(), [](bool partial) { return partial; }));

    const QList<ReportChart> charts = evaluationCharts(year, Language::English);
    QCOMPARE(charts[0].note, QStringLiteral("Not every account reported its followers in April, May: the sum counts "
                                            "only those that did, so the line dips there."));
    QCOMPARE(charts[1].note,
             QStringLiteral("Not every account reported its posts in April: the sum counts only those that did."));
    QVERIFY(charts[2].note.isEmpty());
    QCOMPARE(charts[0].categories[3], QStringLiteral("Apr"));

    const QString text = pdfText(write(options(), QStringLiteral("evaluation-partial.pdf")));
    QVERIFY2(text.contains(QLatin1String("Not every account reported its followers in April, May")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Not every account reported its posts in April")));
    const QString indonesian =
        pdfText(write(options(Language::Indonesian), QStringLiteral("evaluation-partial-id.pdf")));
    QVERIFY2(indonesian.contains(QLatin1String("Tidak semua akun melaporkan jumlah pengikut pada April, Mei")),
             qPrintable(indonesian));
}

void TestEvaluationReport::valueTicksAreWholeNumbers_data()
{
    QTest::addColumn<QList<std::optional<double>>>("values");
    QTest::newRow("no figures") << QList<std::optional<double>>{std::nullopt, std::nullopt};
    QTest::newRow("one post") << QList<std::optional<double>>{1.0, std::nullopt};
    QTest::newRow("three posts") << QList<std::optional<double>>{3.0, 2.0};
    QTest::newRow("thousands") << QList<std::optional<double>>{1180.0, 1400.0};
}

void TestEvaluationReport::valueTicksAreWholeNumbers()
{
    // The axis labels counts without decimals, so every tick must fall on a whole number.
    QFETCH(QList<std::optional<double>>, values);
    ReportChart chart;
    chart.categories = {QStringLiteral("Jan"), QStringLiteral("Feb")};
    chart.series = {ChartSeries{QStringLiteral("Instagram"), values}};
    std::unique_ptr<QChart> qtChart(Charts::buildChart(chart, QStringLiteral("Liberation Sans"), 8));
    const auto axes = qtChart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *axis = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(axis);
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(QString::number(step)));
}

QTEST_MAIN(TestEvaluationReport)
#include "tst_evaluationreport.moc"
