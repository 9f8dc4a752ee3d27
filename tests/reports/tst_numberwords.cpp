// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/reports/numberwords.h>

#include <QTest>

using namespace Brankas;

class TestNumberWords : public QObject
{
    Q_OBJECT

private slots:
    void indonesian_data();
    void indonesian();
    void english_data();
    void english();
    void dates_data();
    void dates();
    void openingDate();
};

void TestNumberWords::indonesian_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("words");
    const std::pair<qint64, const char *> cases[] = {
        {0, "nol"},
        {1, "satu"},
        {10, "sepuluh"},
        {11, "sebelas"},
        {12, "dua belas"},
        {19, "sembilan belas"},
        {20, "dua puluh"},
        {30, "tiga puluh"},
        {99, "sembilan puluh sembilan"},
        {100, "seratus"},
        {101, "seratus satu"},
        {111, "seratus sebelas"},
        {200, "dua ratus"},
        {999, "sembilan ratus sembilan puluh sembilan"},
        {1000, "seribu"},
        {1001, "seribu satu"},
        {1100, "seribu seratus"},
        {2000, "dua ribu"},
        {2023, "dua ribu dua puluh tiga"},
        {2024, "dua ribu dua puluh empat"},
        {11000, "sebelas ribu"},
        {100000, "seratus ribu"},
        {101000, "seratus satu ribu"},
        {1000000, "satu juta"},
        {36425, "tiga puluh enam ribu empat ratus dua puluh lima"},
        {2000000001, "dua miliar satu"},
    };
    for (const auto &[value, words] : cases) {
        QTest::addRow("%lld", value) << value << QString::fromUtf8(words);
    }
}

void TestNumberWords::indonesian()
{
    QFETCH(qint64, value);
    QFETCH(QString, words);
    QCOMPARE(numberInWords(value, Language::Indonesian), words);
}

void TestNumberWords::english_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << qint64(0) << QStringLiteral("zero");
    QTest::newRow("11") << qint64(11) << QStringLiteral("eleven");
    QTest::newRow("21") << qint64(21) << QStringLiteral("twenty-one");
    QTest::newRow("111") << qint64(111) << QStringLiteral("one hundred eleven");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("one thousand");
    QTest::newRow("2023") << qint64(2023) << QStringLiteral("two thousand twenty-three");
}

void TestNumberWords::english()
{
    QFETCH(qint64, value);
    QFETCH(QString, words);
    QCOMPARE(numberInWords(value, Language::English), words);
}

void TestNumberWords::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("indonesian");
    QTest::addColumn<QString>("english");
    QTest::newRow("saturday") << QDate(2023, 12, 30) << QStringLiteral("Sabtu, 30 Desember 2023")
                              << QStringLiteral("Saturday, 30 December 2023");
    QTest::newRow("election day") << QDate(2024, 2, 14) << QStringLiteral("Rabu, 14 Februari 2024")
                                  << QStringLiteral("Wednesday, 14 February 2024");
    QTest::newRow("friday") << QDate(2024, 8, 16) << QStringLiteral("Jumat, 16 Agustus 2024")
                            << QStringLiteral("Friday, 16 August 2024");
    QTest::newRow("sunday") << QDate(2024, 3, 31) << QStringLiteral("Minggu, 31 Maret 2024")
                            << QStringLiteral("Sunday, 31 March 2024");
    QTest::newRow("monday") << QDate(2024, 5, 6) << QStringLiteral("Senin, 6 Mei 2024")
                            << QStringLiteral("Monday, 6 May 2024");
}

void TestNumberWords::dates()
{
    QFETCH(QDate, date);
    QFETCH(QString, indonesian);
    QFETCH(QString, english);
    QCOMPARE(longDate(date, Language::Indonesian), indonesian);
    QCOMPARE(longDate(date, Language::English), english);
}

void TestNumberWords::openingDate()
{
    QCOMPARE(dateInWords(QDate(2023, 12, 30), Language::Indonesian),
             QStringLiteral("Sabtu tanggal tiga puluh bulan Desember tahun dua ribu dua puluh tiga (30-12-2023)"));
    QCOMPARE(dateInWords(QDate(2024, 1, 1), Language::Indonesian),
             QStringLiteral("Senin tanggal satu bulan Januari tahun dua ribu dua puluh empat (01-01-2024)"));
    QCOMPARE(dateInWords(QDate(2023, 12, 30), Language::English),
             QStringLiteral("Saturday, the thirtieth day of December of the year two thousand twenty-three "
                            "(30-12-2023)"));
}

QTEST_GUILESS_MAIN(TestNumberWords)
#include "tst_numberwords.moc"
