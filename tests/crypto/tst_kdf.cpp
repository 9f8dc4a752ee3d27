// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/bytes.h"
#include "core/crypto/kdf.h"

#include <QTest>

using namespace Brankas;
using namespace Brankas::Crypto;
using namespace Brankas::Testing;

class TestKdf : public QObject
{
    Q_OBJECT

private slots:
    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptRefusesUnacceptableParams();
    void scryptDependsOnEveryInput();
    void isAcceptable_data();
    void isAcceptable();

    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void hkdfLengthLimits();
};

void TestKdf::scryptRfc7914_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");

    // RFC 7914 section 12, all with dkLen = 64.
    QTest::newRow("rfc7914-1") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                               << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("rfc7914-2") << QByteArrayLiteral("password") << QByteArrayLiteral("NaCl") << quint64(1024)
                               << quint32(8) << quint32(16)
                               << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("rfc7914-3") << QByteArrayLiteral("pleaseletmein") << QByteArrayLiteral("SodiumChloride")
                               << quint64(16384) << quint32(8) << quint32(1)
                               << hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    // 1 GiB and several seconds: only when asked for.
    if (qEnvironmentVariableIsSet("BRANKAS_SLOW_TESTS")) {
        QTest::newRow("rfc7914-4") << QByteArrayLiteral("pleaseletmein") << QByteArrayLiteral("SodiumChloride")
                                   << quint64(1048576) << quint32(8) << quint32(1)
                                   << hex("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                                          "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4");
    }
}

void TestKdf::scryptRfc7914()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);

    const ScryptParams params{n, r, p};
    QVERIFY(params.isAcceptable());
    const Result<SecretBytes> derived = scrypt(passphrase, salt, params, expected.size());
    QVERIFY2(derived.ok(), qPrintable(derived.error().untranslatedMessage()));
    QCOMPARE(derived->view().toByteArray().toHex(), expected.toHex());
}

void TestKdf::scryptRefusesUnacceptableParams()
{
    const Result<SecretBytes> derived = scrypt("pass", "salt", ScryptParams{1000, 8, 1}, 32);
    QVERIFY(!derived.ok());
    QCOMPARE(derived.error().code(), ErrorCode::InvalidInput);

    const Result<SecretBytes> huge = scrypt("pass", "salt", ScryptParams{quint64(1) << 30, 8, 1}, 32);
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().code(), ErrorCode::InvalidInput);
}

void TestKdf::scryptDependsOnEveryInput()
{
    const ScryptParams params{1024, 8, 1};
    const Result<SecretBytes> base = scrypt("passphrase", "salt", params, 32);
    QVERIFY(base.ok());
    QCOMPARE(base->size(), 32);

    const Result<SecretBytes> again = scrypt("passphrase", "salt", params, 32);
    QVERIFY(again.ok());
    QVERIFY(base.value() == again.value());

    const Result<SecretBytes> otherPass = scrypt("passphrasf", "salt", params, 32);
    const Result<SecretBytes> otherSalt = scrypt("passphrase", "salu", params, 32);
    const Result<SecretBytes> otherN = scrypt("passphrase", "salt", ScryptParams{2048, 8, 1}, 32);
    const Result<SecretBytes> otherR = scrypt("passphrase", "salt", ScryptParams{1024, 4, 1}, 32);
    const Result<SecretBytes> otherP = scrypt("passphrase", "salt", ScryptParams{1024, 8, 2}, 32);
    for (const Result<SecretBytes> *other : {&otherPass, &otherSalt, &otherN, &otherR, &otherP}) {
        QVERIFY(other->ok());
        QVERIFY(!(other->value() == base.value()));
    }
}

void TestKdf::isAcceptable_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("default") << ScryptParams().n << ScryptParams().r << ScryptParams().p << true;
    QTest::newRow("smallest N") << quint64(2) << quint32(1) << quint32(1) << true;
    QTest::newRow("rfc7914 vector 2") << quint64(1024) << quint32(8) << quint32(16) << true;
    QTest::newRow("rfc7914 vector 4 (1 GiB)") << (quint64(1) << 20) << quint32(8) << quint32(1) << true;
    QTest::newRow("N 2^22 r 1") << (quint64(1) << 22) << quint32(1) << quint32(1) << true;
    QTest::newRow("N 2^18 r 8 p 4") << (quint64(1) << 18) << quint32(8) << quint32(4) << true;

    QTest::newRow("N 0") << quint64(0) << quint32(8) << quint32(1) << false;
    QTest::newRow("N 1") << quint64(1) << quint32(8) << quint32(1) << false;
    QTest::newRow("N 3") << quint64(3) << quint32(8) << quint32(1) << false;
    QTest::newRow("N 1000") << quint64(1000) << quint32(8) << quint32(1) << false;
    QTest::newRow("N 2^17+2^16") << (quint64(3) << 16) << quint32(8) << quint32(1) << false;
    QTest::newRow("N 2^23") << (quint64(1) << 23) << quint32(1) << quint32(1) << false;
    QTest::newRow("N 2^63") << (quint64(1) << 63) << quint32(1) << quint32(1) << false;
    QTest::newRow("N max") << ~quint64(0) << quint32(1) << quint32(1) << false;
    QTest::newRow("r 0") << quint64(1024) << quint32(0) << quint32(1) << false;
    QTest::newRow("p 0") << quint64(1024) << quint32(8) << quint32(0) << false;
    QTest::newRow("2 GiB: N 2^21 r 8") << (quint64(1) << 21) << quint32(8) << quint32(1) << false;
    QTest::newRow("4 GiB: N 2^22 r 8") << (quint64(1) << 22) << quint32(8) << quint32(1) << false;
    QTest::newRow("r huge") << quint64(16) << (quint32(1) << 30) << quint32(1) << false;
    QTest::newRow("r max") << quint64(16) << ~quint32(0) << quint32(1) << false;
    QTest::newRow("p huge") << quint64(16) << quint32(1) << (quint32(1) << 30) << false;
    QTest::newRow("r*p max") << quint64(16) << ~quint32(0) << ~quint32(0) << false;
    QTest::newRow("4 GiB of B: N 2 r 1 p 2^25") << quint64(2) << quint32(1) << (quint32(1) << 25) << false;
    QTest::newRow("too much work: N 2^17 r 8 p 128") << (quint64(1) << 17) << quint32(8) << quint32(128) << false;
}

void TestKdf::isAcceptable()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(bool, acceptable);

    QCOMPARE((ScryptParams{n, r, p}.isAcceptable()), acceptable);
}

void TestKdf::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");

    // RFC 5869 appendix A, test cases 1-3 (SHA-256).
    QTest::newRow("rfc5869-1") << QByteArray(22, '\x0b') << hex("000102030405060708090a0b0c")
                               << hex("f0f1f2f3f4f5f6f7f8f9")
                               << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                      "34007208d5b887185865");
    QTest::newRow("rfc5869-2") << byteRange(0x00, 0x4f) << byteRange(0x60, 0xaf) << byteRange(0xb0, 0xff)
                               << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                                      "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                                      "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("rfc5869-3 no salt, no info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
               "9d201395faa4b61a96c8");
}

void TestKdf::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);

    const Result<SecretBytes> derived = hkdfSha256(ikm, salt, info, okm.size());
    QVERIFY2(derived.ok(), qPrintable(derived.error().untranslatedMessage()));
    QCOMPARE(derived->view().toByteArray().toHex(), okm.toHex());
}

void TestKdf::hkdfLengthLimits()
{
    const QByteArray ikm(32, 'k');
    QVERIFY(hkdfSha256(ikm, {}, {}, 1).ok());
    const Result<SecretBytes> longest = hkdfSha256(ikm, {}, {}, 255 * 32);
    QVERIFY(longest.ok());
    QCOMPARE(longest->size(), 255 * 32);

    QVERIFY(!hkdfSha256(ikm, {}, {}, 255 * 32 + 1).ok());
    QVERIFY(!hkdfSha256(ikm, {}, {}, 0).ok());
    QVERIFY(!hkdfSha256(ikm, {}, {}, -1).ok());
}

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
