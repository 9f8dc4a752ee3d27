// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/handover/handovernumber.h>

#include <QTest>

using namespace Brankas;

class TestHandoverNumber : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void checksTemplate_data();
    void checksTemplate();
    void romanNumerals();
};

void TestHandoverNumber::formats_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << DefaultHandoverNumberTemplate << 7 << QDate(2023, 12, 30)
                             << QStringLiteral("7/BA/HM.02/72.05/XII/2023");
    QTest::newRow("padded") << QStringLiteral("{seq3}/BA/{kecamatan}/{day}.{month}.{year}") << 12 << QDate(2024, 2, 4)
                            << QStringLiteral("012/BA/72.05.01/04.02.2024");
    QTest::newRow("unknown field kept") << QStringLiteral("{seq}/{foo}") << 1 << QDate(2024, 1, 1)
                                        << QStringLiteral("1/{foo}");
    QTest::newRow("september") << QStringLiteral("{seq}-{month-roman}") << 3 << QDate(2024, 9, 1)
                               << QStringLiteral("3-IX");
}

void TestHandoverNumber::formats()
{
    QFETCH(QString, pattern);
    QFETCH(int, sequence);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const HandoverNumberFields fields{sequence, QStringLiteral("72.05"), QStringLiteral("72.05.01"), date};
    QCOMPARE(formatHandoverNumber(pattern, fields), expected);
}

void TestHandoverNumber::checksTemplate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << DefaultHandoverNumberTemplate << true;
    QTest::newRow("seq3") << QStringLiteral("{seq3}/BA/{year}") << true;
    QTest::newRow("no sequence") << QStringLiteral("BA/{year}") << false;
    QTest::newRow("unknown field") << QStringLiteral("{seq}/{tahun}") << false;
}

void TestHandoverNumber::checksTemplate()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    const Status status = checkHandoverNumberTemplate(pattern);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    }
}

void TestHandoverNumber::romanNumerals()
{
    QCOMPARE(romanNumeral(1), QStringLiteral("I"));
    QCOMPARE(romanNumeral(4), QStringLiteral("IV"));
    QCOMPARE(romanNumeral(12), QStringLiteral("XII"));
    QCOMPARE(romanNumeral(2024), QStringLiteral("MMXXIV"));
    QCOMPARE(romanNumeral(0), QString());
}

QTEST_GUILESS_MAIN(TestHandoverNumber)
#include "tst_handovernumber.moc"
