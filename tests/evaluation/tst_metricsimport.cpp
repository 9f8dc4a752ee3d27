// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"

#include <core/evaluation/metrics.h>
#include <core/evaluation/metricsimport.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BRANKAS_FIXTURES_DIR "/metrics/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

// "2024-01 1200 14 5300 410", "-" for an unknown figure: one line per month, easy to compare.
QString describe(const QList<MonthlyFigures> &months)
{
    QStringList lines;
    for (const MonthlyFigures &m : months) {
        auto text = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(m.accountId)
                     .arg(monthText(m.month), text(m.followers), text(m.posts), text(m.reach), text(m.engagement));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestMetricsImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void layouts_data();
    void layouts();
    void platformExportsMergeIntoOneMonth();
    void recordLogsOnceWithTheFileHash();
    void problemsRecordNothing();
    void wrongPlatformRefused();
    void platformExportNeedsAccount();
    void unknownColumnsRefused();
    void exportDates_data();
    void exportDates();

private:
    std::unique_ptr<Office> m_office;
};

void TestMetricsImport::init()
{
    m_office = std::make_unique<Office>();
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    // The fixtures name accounts 1 and 2 (the Brankas layout) and are meant for these platforms.
    const Account facebook = m_office->addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Facebook, QStringLiteral("panwaslu.momunu")));
    const Account x =
        m_office->addAccount(newAccount(QStringLiteral("72.05.03"), Platform::X, QStringLiteral("PanwasluBokat")));
    m_office->addAccount(newAccount(QStringLiteral("72.05.02"), Platform::TikTok, QStringLiteral("panwaslu_lakea")));
    m_office->addAccount(newAccount(QStringLiteral("72.05.04"), Platform::YouTube, QStringLiteral("@panwaslubiau")));
    if (facebook.id != 1 || x.id != 2) {
        qFatal("the fixtures expect accounts 1 and 2");
    }
}

void TestMetricsImport::cleanup()
{
    m_office.reset();
}

void TestMetricsImport::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("account"); // 0: none given
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("months");
    QTest::newRow("brankas, Indonesian Excel")
        << QStringLiteral("brankas.csv") << qint64(0) << int(MetricsLayoutKind::Brankas)
        << QStringLiteral("1 2024-01 1200 14 5300 410\n"
                          "1 2024-02 1260 - 6100 -\n"
                          "2 2024-01 880 9 - 120");
    // Every row a post; February had none, so it stays a gap rather than a month of zeros.
    QTest::newRow("meta business suite") << QStringLiteral("meta-content.csv") << qint64(1)
                                         << int(MetricsLayoutKind::MetaContent)
                                         << QStringLiteral("1 2024-01 - 2 3000 1100\n1 2024-03 - 1 700 30");
    QTest::newRow("x posts") << QStringLiteral("x-posts.csv") << qint64(2) << int(MetricsLayoutKind::XPosts)
                             << QStringLiteral("2 2024-01 - 2 2500 125\n2 2024-02 - 1 2210 150");
    QTest::newRow("x overview") << QStringLiteral("x-overview.csv") << qint64(2) << int(MetricsLayoutKind::XOverview)
                                << QStringLiteral("2 2024-01 - 0 300 20\n2 2024-02 - 3 1050 75");
    QTest::newRow("tiktok overview") << QStringLiteral("tiktok-overview.csv") << qint64(3)
                                     << int(MetricsLayoutKind::TikTokOverview)
                                     << QStringLiteral("3 2024-01 - - 2000 478\n3 2024-02 - - 500 94");
    // Followers at the month's end: the last day's running total, not a sum.
    QTest::newRow("tiktok followers") << QStringLiteral("tiktok-followers.csv") << qint64(3)
                                      << int(MetricsLayoutKind::TikTokFollowers)
                                      << QStringLiteral("3 2024-01 2410 - - -\n3 2024-02 2432 - - -");
    // The Total row is not a day.
    QTest::newRow("youtube studio") << QStringLiteral("youtube-date.csv") << qint64(4)
                                    << int(MetricsLayoutKind::YouTubeDaily)
                                    << QStringLiteral("4 2024-01 - - 5300 -\n4 2024-02 - - 4500 -");
}

void TestMetricsImport::layouts()
{
    QFETCH(QString, file);
    QFETCH(qint64, account);
    QFETCH(int, layout);
    QFETCH(QString, months);
    MetricsImportOptions options;
    options.fileName = file;
    if (account) {
        options.accountId = account;
    }
    MetricsImport import(*m_office->vault);
    auto preview = import.preview(fixture(file), options);
    QVERIFY2(preview.ok(), qPrintable(preview.error().untranslatedMessage()));
    QCOMPARE(int(preview.value().layout), layout);
    for (const ImportProblem &problem : preview.value().problems) {
        QFAIL(qPrintable(QStringLiteral("row %1: %2: %3").arg(problem.row).arg(problem.column, problem.message)));
    }
    QCOMPARE(describe(preview.value().months), months);
    auto recorded = import.record(m_office->budi, preview.value(), options);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().untranslatedMessage()));
    QCOMPARE(describe(Metrics(*m_office->vault).list({}).value()), months);
}

void TestMetricsImport::platformExportsMergeIntoOneMonth()
{
    MetricsImport import(*m_office->vault);
    MetricsImportOptions options;
    options.accountId = 3;
    for (const QString &file : {QStringLiteral("tiktok-followers.csv"), QStringLiteral("tiktok-overview.csv")}) {
        auto preview = import.preview(fixture(file), options);
        QVERIFY(preview.ok());
        QVERIFY(import.record(m_office->budi, preview.value(), options).ok());
    }
    QCOMPARE(describe(Metrics(*m_office->vault).list({}).value()),
             QStringLiteral("3 2024-01 2410 - 2000 478\n3 2024-02 2432 - 500 94"));
    // Importing the same file again changes nothing that is recorded.
    auto again = import.preview(fixture(QStringLiteral("tiktok-overview.csv")), options);
    QCOMPARE(again.value().changed, 0);
    // A figure set by hand is replaced by the file's, and counted as changed.
    FigureChange change;
    change.reach = qint64(1);
    QVERIFY(Metrics(*m_office->vault).set(m_office->budi, 3, QDate(2024, 2, 1), change).ok());
    QCOMPARE(import.preview(fixture(QStringLiteral("tiktok-overview.csv")), options).value().changed, 1);
}

void TestMetricsImport::recordLogsOnceWithTheFileHash()
{
    const QByteArray bytes = fixture(QStringLiteral("brankas.csv"));
    MetricsImportOptions options;
    options.fileName = QStringLiteral("brankas.csv");
    MetricsImport import(*m_office->vault);
    auto preview = import.preview(bytes, options);
    const qint64 before = m_office->logCount();
    QCOMPARE(import.record(m_office->budi, preview.value(), options).value(), 3);
    QCOMPARE(m_office->logCount(), before + 1);
    const LogEntry entry = m_office->lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("metrics.imported"));
    const QJsonObject details = entry.detailsObject();
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("brankas.csv"));
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(details.value(QStringLiteral("months")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("layout")).toString(), QStringLiteral("brankas"));
    QVERIFY(m_office->vault->log().verify().value().intact());
    // A viewer previews but cannot record.
    auto refused = import.record(m_office->ani, preview.value(), options);
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
}

void TestMetricsImport::problemsRecordNothing()
{
    MetricsImport import(*m_office->vault);
    auto preview = import.preview(fixture(QStringLiteral("problems.csv")), {});
    QVERIFY2(preview.ok(), qPrintable(preview.error().untranslatedMessage()));
    QStringList rows;
    for (const ImportProblem &problem : preview.value().problems) {
        rows << QStringLiteral("%1:%2").arg(problem.row).arg(problem.column);
    }
    QCOMPARE(rows.join(QLatin1Char(' ')), QStringLiteral("2:Bulan 3:Pengikut 4:ID Akun 5:Pengikut 6:Bulan 8:Bulan"));
    const qint64 before = m_office->logCount();
    auto refused = import.record(m_office->budi, preview.value(), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(m_office->rows("account_metric"), 0);
    QCOMPARE(m_office->logCount(), before);
}

void TestMetricsImport::wrongPlatformRefused()
{
    MetricsImportOptions options;
    options.accountId = 2; // X, but the file is Meta's
    auto refused = MetricsImport(*m_office->vault).preview(fixture(QStringLiteral("meta-content.csv")), options);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().untranslatedMessage().contains(QLatin1String("is on")));
    options.accountId = 4242;
    QCOMPARE(MetricsImport(*m_office->vault).preview(fixture(QStringLiteral("x-posts.csv")), options).error().code(),
             ErrorCode::NotFound);
}

void TestMetricsImport::platformExportNeedsAccount()
{
    auto refused = MetricsImport(*m_office->vault).preview(fixture(QStringLiteral("x-posts.csv")), {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().untranslatedMessage().contains(QLatin1String("--account")));
}

void TestMetricsImport::unknownColumnsRefused()
{
    auto refused = MetricsImport(*m_office->vault).preview(QByteArrayLiteral("Nama,Umur\nBudi,30\n"), {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().untranslatedMessage().contains(QLatin1String("does not recognise")));
    auto empty = MetricsImport(*m_office->vault).preview(QByteArrayLiteral("Bulan,Pengikut\n"), {.accountId = 1});
    QVERIFY(!empty.ok());
}

void TestMetricsImport::exportDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << QStringLiteral("2024-03-01") << QDate(2024, 3, 1);
    QTest::newRow("x time") << QStringLiteral("2024-01-05 02:10 +0000") << QDate(2024, 1, 5);
    QTest::newRow("meta month first") << QStringLiteral("03/14/2024 09:30") << QDate(2024, 3, 14);
    QTest::newRow("x overview") << QStringLiteral("Fri, Mar 01, 2024") << QDate(2024, 3, 1);
    QTest::newRow("english") << QStringLiteral("March 1, 2024") << QDate(2024, 3, 1);
    QTest::newRow("indonesian") << QStringLiteral("1 Agustus 2024") << QDate(2024, 8, 1);
    QTest::newRow("no year") << QStringLiteral("March 1") << QDate();
    QTest::newRow("nonsense") << QStringLiteral("kemarin") << QDate();
    QTest::newRow("day 31 of february") << QStringLiteral("2024-02-31") << QDate();
}

void TestMetricsImport::exportDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseExportDate(text), date);
}

QTEST_GUILESS_MAIN(TestMetricsImport)
#include "tst_metricsimport.moc"
