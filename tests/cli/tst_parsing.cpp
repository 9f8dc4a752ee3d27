// SPDX-License-Identifier: GPL-3.0-or-later
// The one date parser of brankas-cli: exactly YYYY-MM-DD, as the help says.
#include <parsing.h>

#include <QTest>

using namespace Brankas;

class TestParsing : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
};

void TestParsing::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("plain") << QStringLiteral("2023-02-28") << QDate(2023, 2, 28);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("trailing letter") << QStringLiteral("2023-02-28x") << QDate();
    QTest::newRow("trailing time") << QStringLiteral("2023-02-28T10:00") << QDate();
    QTest::newRow("slashes") << QStringLiteral("2023/02/28") << QDate();
    QTest::newRow("no leading zeros") << QStringLiteral("2023-2-8") << QDate();
    QTest::newRow("day first") << QStringLiteral("28-02-2023") << QDate();
    QTest::newRow("not a day") << QStringLiteral("2023-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2023-13-01") << QDate();
    QTest::newRow("leading space") << QStringLiteral(" 2023-02-28") << QDate();
    QTest::newRow("trailing newline") << QStringLiteral("2023-02-28\n") << QDate();
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٣-٠٢-٢٨") << QDate();
    QTest::newRow("five-digit year") << QStringLiteral("12023-02-28") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestParsing::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const Result<QDate> parsed = Cli::parseDate(text);
    QCOMPARE(parsed.ok(), date.isValid());
    if (date.isValid()) {
        QCOMPARE(parsed.value(), date);
    } else {
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY(parsed.error().untranslatedMessage().contains(QLatin1String("YYYY-MM-DD")));
    }
}

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
