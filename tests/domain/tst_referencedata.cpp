// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/referencedata.h>

#include <QTest>

using namespace Brankas;

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeCountryIsThere();
    void buolHasElevenKecamatan();
    void officeNamesFollowTheRegency_data();
    void officeNamesFollowTheRegency();
    void unknownCodeSuggestsNearest_data();
    void unknownCodeSuggestsNearest();
    void quotedNamesAreRead();

private:
    std::optional<ReferenceData> m_data;
};

void TestReferenceData::initTestCase()
{
    auto data = ReferenceData::load();
    QVERIFY(data.ok());
    m_data = std::move(data).value();
}

void TestReferenceData::wholeCountryIsThere()
{
    QCOMPARE(m_data->provinces().size(), 38);
    QCOMPARE(m_data->regencies().size(), 514);
    QCOMPARE(m_data->kecamatanCount(), 7285);
    QVERIFY(ReferenceData::attribution().contains(QStringLiteral("ODbL")));
}

void TestReferenceData::buolHasElevenKecamatan()
{
    const QList<Kecamatan> buol = m_data->kecamatanOf(QStringLiteral("72.05"));
    QCOMPARE(buol.size(), 11);
    QCOMPARE(buol.first().name, QStringLiteral("Momunu"));
    QCOMPARE(buol.last().name, QStringLiteral("Paleleh Barat"));
    QCOMPARE(buol.first().code, QStringLiteral("72.05.01"));
}

void TestReferenceData::officeNamesFollowTheRegency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("office");
    QTest::newRow("kabupaten") << QStringLiteral("72.05") << QStringLiteral("Bawaslu Kabupaten Buol");
    QTest::newRow("kota") << QStringLiteral("72.71") << QStringLiteral("Bawaslu Kota Palu");
}

void TestReferenceData::officeNamesFollowTheRegency()
{
    QFETCH(QString, code);
    QFETCH(QString, office);
    auto regency = m_data->findRegency(code);
    QVERIFY(regency.ok());
    QCOMPARE(officeNameFor(regency.value()), office);
}

void TestReferenceData::unknownCodeSuggestsNearest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("missing zero") << QStringLiteral("72.5") << QStringLiteral("72.05 Kabupaten Buol");
    QTest::newRow("a name instead of a code") << QStringLiteral("Buol") << QStringLiteral("72.05 Kabupaten Buol");
    QTest::newRow("typo in a city") << QStringLiteral("Kota Plu") << QStringLiteral("72.71 Kota Palu");
}

void TestReferenceData::unknownCodeSuggestsNearest()
{
    QFETCH(QString, typed);
    QFETCH(QString, suggested);
    auto regency = m_data->findRegency(typed);
    QCOMPARE(regency.error().code(), ErrorCode::NotFound);
    QVERIFY2(regency.error().untranslatedMessage().contains(suggested),
             qPrintable(regency.error().untranslatedMessage()));
}

void TestReferenceData::quotedNamesAreRead()
{
    bool found = false;
    for (const Kecamatan &kecamatan : m_data->kecamatanOf(QStringLiteral("35.29"))) {
        found = found || kecamatan.name == QStringLiteral("Ra\"as");
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
