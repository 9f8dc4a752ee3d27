// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"

#include <core/evaluation/metrics.h>
#include <core/evaluation/metricslayout.h>

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setStoresOnlyWhatIsGiven();
    void laterSetKeepsOtherFigures();
    void clearingEveryFigureRemovesTheMonth();
    void unchangedSetWritesNothing();
    void logRecordsOldAndNewValues();
    void listFiltersByAccountAndYear();
    void refusals_data();
    void refusals();
    void viewerCannotSet();
    void unknownAccountRefused();
    void databaseRefusesZeroForMissingByNull();
    void parseFigure_data();
    void parseFigure();

private:
    std::unique_ptr<Office> m_office;
    Account m_account;
};

void TestMetrics::init()
{
    m_office = std::make_unique<Office>();
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
    m_account = m_office->addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
}

void TestMetrics::cleanup()
{
    m_office.reset();
}

void TestMetrics::setStoresOnlyWhatIsGiven()
{
    FigureChange change;
    change.followers = qint64(1200);
    auto figures = Metrics(*m_office->vault).set(m_office->budi, m_account.id, QDate(2024, 3, 1), change);
    QVERIFY2(figures.ok(), qPrintable(figures.error().untranslatedMessage()));
    QCOMPARE(figures.value().followers, std::optional<qint64>(1200));
    // Not counted is unknown, never 0.
    QVERIFY(!figures.value().posts);
    QVERIFY(!figures.value().reach);
    QVERIFY(!figures.value().engagement);
    QSqlQuery query(m_office->vault->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT posts IS NULL, reach IS NULL, month FROM account_metric")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());
    QCOMPARE(query.value(2).toString(), QStringLiteral("2024-03"));
}

void TestMetrics::laterSetKeepsOtherFigures()
{
    Metrics metrics(*m_office->vault);
    FigureChange first;
    first.followers = qint64(1200);
    first.posts = qint64(14);
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 3, 9), first).ok());
    FigureChange second;
    second.reach = qint64(5300);
    second.posts = std::optional<qint64>(); // no longer known
    auto figures = metrics.set(m_office->budi, m_account.id, QDate(2024, 3, 1), second);
    QVERIFY(figures.ok());
    QCOMPARE(figures.value().followers, std::optional<qint64>(1200));
    QVERIFY(!figures.value().posts);
    QCOMPARE(figures.value().reach, std::optional<qint64>(5300));
    const auto listed = metrics.list({}).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().month, QDate(2024, 3, 1));
}

void TestMetrics::clearingEveryFigureRemovesTheMonth()
{
    Metrics metrics(*m_office->vault);
    FigureChange set;
    set.posts = qint64(3);
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 5, 1), set).ok());
    FigureChange clear;
    clear.posts = std::optional<qint64>();
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 5, 1), clear).ok());
    QCOMPARE(m_office->rows("account_metric"), 0);
    QCOMPARE(m_office->lastLogEntry().action, QStringLiteral("metrics.set"));
}

void TestMetrics::unchangedSetWritesNothing()
{
    Metrics metrics(*m_office->vault);
    FigureChange set;
    set.posts = qint64(3);
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 5, 1), set).ok());
    const qint64 entries = m_office->logCount();
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 5, 1), set).ok());
    QCOMPARE(m_office->logCount(), entries);
}

void TestMetrics::logRecordsOldAndNewValues()
{
    Metrics metrics(*m_office->vault);
    FigureChange set;
    set.followers = qint64(100);
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 6, 1), set).ok());
    set.followers = qint64(150);
    const qint64 before = m_office->logCount();
    QVERIFY(metrics.set(m_office->budi, m_account.id, QDate(2024, 6, 1), set).ok());
    QCOMPARE(m_office->logCount(), before + 1);
    const LogEntry entry = m_office->lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("metrics.set"));
    QCOMPARE(entry.target, QStringLiteral("account:%1").arg(m_account.id));
    QCOMPARE(entry.officer, QStringLiteral("Budi"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-06"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("from")).toObject().value(QStringLiteral("followers")).toInt(),
             100);
    QCOMPARE(entry.detailsObject().value(QStringLiteral("to")).toObject().value(QStringLiteral("followers")).toInt(),
             150);
    QVERIFY(m_office->vault->log().verify().value().intact());
}

void TestMetrics::listFiltersByAccountAndYear()
{
    const Account other =
        m_office->addAccount(newAccount(QStringLiteral("72.05.02"), Platform::TikTok, QStringLiteral("panwaslu_x")));
    Metrics metrics(*m_office->vault);
    FigureChange set;
    set.posts = qint64(1);
    for (const QDate &month : {QDate(2023, 12, 1), QDate(2024, 1, 1), QDate(2024, 12, 1)}) {
        QVERIFY(metrics.set(m_office->budi, m_account.id, month, set).ok());
        QVERIFY(metrics.set(m_office->budi, other.id, month, set).ok());
    }
    QCOMPARE(metrics.list({}).value().size(), 6);
    QCOMPARE(metrics.list({.accountId = other.id}).value().size(), 3);
    const auto year = metrics.list({.accountId = m_account.id, .year = 2024}).value();
    QCOMPARE(year.size(), 2);
    QCOMPARE(year.first().month, QDate(2024, 1, 1));
    QCOMPARE(year.last().month, QDate(2024, 12, 1));
}

void TestMetrics::refusals_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<qint64>("followers");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative") << QDate(2024, 1, 1) << qint64(-1) << QStringLiteral("whole number from 0");
    QTest::newRow("absurd") << QDate(2024, 1, 1) << Metrics::MaximumFigure + 1 << QStringLiteral("whole number from 0");
    QTest::newRow("future month") << QDate(2025, 2, 1) << qint64(5) << QStringLiteral("has not begun");
    QTest::newRow("before 2000") << QDate(1999, 12, 1) << qint64(5) << QStringLiteral("YYYY-MM");
    QTest::newRow("no month") << QDate() << qint64(5) << QStringLiteral("YYYY-MM");
}

void TestMetrics::refusals()
{
    QFETCH(QDate, month);
    QFETCH(qint64, followers);
    QFETCH(QString, says);
    const qint64 before = m_office->logCount();
    FigureChange change;
    change.followers = followers;
    auto refused = Metrics(*m_office->vault).set(m_office->budi, m_account.id, month, change);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.error().untranslatedMessage().contains(says), qPrintable(refused.error().untranslatedMessage()));
    QCOMPARE(m_office->rows("account_metric"), 0);
    QCOMPARE(m_office->logCount(), before);
}

void TestMetrics::viewerCannotSet()
{
    FigureChange change;
    change.posts = qint64(2);
    auto refused = Metrics(*m_office->vault).set(m_office->ani, m_account.id, QDate(2024, 1, 1), change);
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_office->rows("account_metric"), 0);
    FigureChange nothing;
    auto empty = Metrics(*m_office->vault).set(m_office->budi, m_account.id, QDate(2024, 1, 1), nothing);
    QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
}

void TestMetrics::unknownAccountRefused()
{
    FigureChange change;
    change.posts = qint64(2);
    auto refused = Metrics(*m_office->vault).set(m_office->budi, 9999, QDate(2024, 1, 1), change);
    QCOMPARE(refused.error().code(), ErrorCode::NotFound);
    QCOMPARE(m_office->rows("account_metric"), 0);
}

void TestMetrics::databaseRefusesZeroForMissingByNull()
{
    // The schema itself keeps figures sane, whatever writes to it.
    QSqlQuery query(m_office->vault->database().connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO account_metric (account_id, month, followers, updated_at) "
                                       "VALUES (%1, '2024-01', -3, 'x')")
                            .arg(m_account.id)));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO account_metric (account_id, month, updated_at) "
                                       "VALUES (%1, '2024-1', 'x')")
                            .arg(m_account.id)));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO account_metric (account_id, month, updated_at) "
                                       "VALUES (4242, '2024-01', 'x')")));
}

void TestMetrics::parseFigure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value"); // -1: none
    QTest::newRow("plain") << QStringLiteral("1234") << true << qint64(1234);
    QTest::newRow("indonesian thousands") << QStringLiteral("1.234.567") << true << qint64(1234567);
    QTest::newRow("english thousands") << QStringLiteral("1,234") << true << qint64(1234);
    QTest::newRow("x float") << QStringLiteral("1520.0") << true << qint64(1520);
    QTest::newRow("spaces") << QStringLiteral(" 12 000 ") << true << qint64(12000);
    QTest::newRow("empty") << QString() << true << qint64(-1);
    QTest::newRow("dash") << QStringLiteral("-") << true << qint64(-1);
    QTest::newRow("fraction") << QStringLiteral("12.5") << false << qint64(-1);
    QTest::newRow("k suffix") << QStringLiteral("1.2k") << false << qint64(-1);
    QTest::newRow("mixed separators") << QStringLiteral("1,234.567") << false << qint64(-1);
    QTest::newRow("plus") << QStringLiteral("+5") << false << qint64(-1);
}

void TestMetrics::parseFigure()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    bool parsedOk = false;
    const auto parsed = Brankas::parseFigure(text, parsedOk);
    QCOMPARE(parsedOk, ok);
    QCOMPARE(parsed, value < 0 ? std::nullopt : std::optional<qint64>(value));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
