// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/random.h"

#include <QSet>
#include <QTest>

#include <array>

using namespace Brankas;
using namespace Brankas::Crypto;

// Statistical checks here use bounds tens of standard deviations wide: a correct generator cannot
// fail them in practice, while the errors they look for (a stuck or biased generator, a modulo
// bias) miss them by far more.
class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void negativeSizeFails();
    void drawsDiffer();
    void belowStaysInRange_data();
    void belowStaysInRange();
    void belowZeroFails();
    void belowOneIsZero();
    void belowCoversSmallRange();
    void belowIsRoughlyUniform();
    void belowHasNoModuloBias();
    void bytesAreNotLopsided();
};

void TestRandom::sizes_data()
{
    QTest::addColumn<qsizetype>("size");

    for (qsizetype size : {0, 1, 12, 16, 32, 1000, 1 << 20}) {
        QTest::addRow("%lld", static_cast<long long>(size)) << size;
    }
}

void TestRandom::sizes()
{
    QFETCH(qsizetype, size);

    const Result<QByteArray> bytes = randomBytes(size);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes->size(), size);

    const Result<SecretBytes> secret = randomSecret(size);
    QVERIFY(secret.ok());
    QCOMPARE(secret->size(), size);
}

void TestRandom::negativeSizeFails()
{
    QVERIFY(!randomBytes(-1).ok());
    QVERIFY(!randomSecret(-1).ok());
}

void TestRandom::drawsDiffer()
{
    // Two equal 256-bit draws would mean a broken generator (chance 2^-256 otherwise).
    const Result<QByteArray> a = randomBytes(32);
    const Result<QByteArray> b = randomBytes(32);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(a.value() != QByteArray(32, '\0'));

    const Result<SecretBytes> c = randomSecret(32);
    const Result<SecretBytes> d = randomSecret(32);
    QVERIFY(c.ok() && d.ok());
    QVERIFY(!(c.value() == d.value()));
}

void TestRandom::belowStaysInRange_data()
{
    QTest::addColumn<quint32>("bound");

    for (quint32 bound : {2u, 3u, 7u, 10u, 62u, 1000u, 0x80000000u, 0x80000001u, 0xC0000000u, 0xFFFFFFFFu}) {
        QTest::addRow("%u", bound) << bound;
    }
}

void TestRandom::belowStaysInRange()
{
    QFETCH(quint32, bound);

    for (int i = 0; i < 2000; ++i) {
        const Result<quint32> value = randomBelow(bound);
        QVERIFY(value.ok());
        QVERIFY2(value.value() < bound, qPrintable(QString::number(value.value())));
    }
}

void TestRandom::belowZeroFails()
{
    const Result<quint32> value = randomBelow(0);
    QVERIFY(!value.ok());
    QCOMPARE(value.error().code(), ErrorCode::InvalidInput);
}

void TestRandom::belowOneIsZero()
{
    for (int i = 0; i < 100; ++i) {
        const Result<quint32> value = randomBelow(1);
        QVERIFY(value.ok());
        QCOMPARE(value.value(), 0u);
    }
}

void TestRandom::belowCoversSmallRange()
{
    // Missing one of 7 values in 5000 draws has probability about 7 * (6/7)^5000, i.e. never.
    QSet<quint32> seen;
    for (int i = 0; i < 5000 && seen.size() < 7; ++i) {
        const Result<quint32> value = randomBelow(7);
        QVERIFY(value.ok());
        seen.insert(value.value());
    }
    QCOMPARE(seen.size(), 7);
}

void TestRandom::belowIsRoughlyUniform()
{
    // 100000 draws over 10 buckets: 10000 expected per bucket, standard deviation about 95, so the
    // +-2000 window is over 20 standard deviations wide.
    std::array<int, 10> counts{};
    for (int i = 0; i < 100000; ++i) {
        const Result<quint32> value = randomBelow(10);
        QVERIFY(value.ok());
        ++counts[value.value()];
    }
    for (int count : counts) {
        QVERIFY2(count > 8000 && count < 12000, qPrintable(QString::number(count)));
    }
}

void TestRandom::belowHasNoModuloBias()
{
    // With bound = 3 * 2^30, a plain `value % bound` maps both [0, 2^30) and [3 * 2^30, 2^32) onto
    // the lowest third, so it would land there half the time instead of a third. 30000 draws:
    // 10000 expected (standard deviation about 82) against 15000 for the biased version.
    const quint32 bound = 0xC0000000u;
    int lowestThird = 0;
    for (int i = 0; i < 30000; ++i) {
        const Result<quint32> value = randomBelow(bound);
        QVERIFY(value.ok());
        if (value.value() < 0x40000000u) {
            ++lowestThird;
        }
    }
    QVERIFY2(lowestThird > 8500 && lowestThird < 11500, qPrintable(QString::number(lowestThird)));
}

void TestRandom::bytesAreNotLopsided()
{
    // 1 MiB holds 2^23 bits: half set is expected, standard deviation about 1448; the window is
    // +-50000 bits, so only a stuck or heavily biased generator fails.
    const Result<QByteArray> bytes = randomBytes(1 << 20);
    QVERIFY(bytes.ok());
    qint64 ones = 0;
    for (char byte : bytes.value()) {
        ones += qPopulationCount(quint8(byte));
    }
    const qint64 half = qint64(1) << 22;
    QVERIFY2(qAbs(ones - half) < 50000, qPrintable(QString::number(ones)));
}

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
