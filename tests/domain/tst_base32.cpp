// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/crypto/random.h>
#include <core/domain/base32.h>

#include <QTest>

using namespace Brankas;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    void encodesRfc4648_data();
    void encodesRfc4648();
    void decodesRfc4648_data() { encodesRfc4648_data(); }
    void decodesRfc4648();
    void encodesWithoutPadding_data() { encodesRfc4648_data(); }
    void encodesWithoutPadding();
    void decodesKeysAsPeopleWriteThem_data();
    void decodesKeysAsPeopleWriteThem();
    void refusesWhatIsNotBase32_data();
    void refusesWhatIsNotBase32();
    void roundTripsRandomBytes();
};

void TestBase32::encodesRfc4648_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("encoded");

    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArrayLiteral("f") << QByteArrayLiteral("MY======");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QByteArrayLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QByteArrayLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QByteArrayLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QByteArrayLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QByteArrayLiteral("MZXW6YTBOI======");
}

void TestBase32::encodesRfc4648()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoded);

    QCOMPARE(base32Encode(data), encoded);
}

void TestBase32::decodesRfc4648()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoded);

    const Result<SecretBytes> decoded = base32Decode(encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().untranslatedMessage()));
    QCOMPARE(decoded->view(), QByteArrayView(data));
}

void TestBase32::encodesWithoutPadding()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoded);

    const QByteArray unpadded = base32Encode(data, Base32Padding::Omit);
    QVERIFY(!unpadded.contains('='));
    QCOMPARE(unpadded, QByteArray(encoded).replace('=', ""));
}

void TestBase32::decodesKeysAsPeopleWriteThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("data");

    const QByteArray hello = QByteArrayLiteral("Hello!\xde\xad\xbe\xef");
    QTest::newRow("as platforms show it") << QByteArrayLiteral("JBSW Y3DP EHPK 3PXP") << hello;
    QTest::newRow("lower case") << QByteArrayLiteral("jbsw y3dp ehpk 3pxp") << hello;
    QTest::newRow("mixed case, no spaces") << QByteArrayLiteral("JbSwY3dPeHpK3pXp") << hello;
    QTest::newRow("hyphens") << QByteArrayLiteral("JBSW-Y3DP-EHPK-3PXP") << hello;
    QTest::newRow("line breaks and tabs") << QByteArrayLiteral("JBSW\tY3DP\r\nEHPK\n3PXP") << hello;
    QTest::newRow("no-break spaces from a web page") << QByteArrayLiteral("JBSW\xc2\xa0Y3DP\xc2\xa0"
                                                                          "EHPK\xc2\xa0"
                                                                          "3PXP")
                                                     << hello;
    QTest::newRow("missing padding") << QByteArrayLiteral("MZXW6YTBOI") << QByteArrayLiteral("foobar");
    QTest::newRow("partial padding") << QByteArrayLiteral("MZXW6YTBOI==") << QByteArrayLiteral("foobar");
    QTest::newRow("padding then spaces") << QByteArrayLiteral("MZXW6=== ") << QByteArrayLiteral("foo");
    QTest::newRow("only separators") << QByteArrayLiteral(" - ") << QByteArray();
}

void TestBase32::decodesKeysAsPeopleWriteThem()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, data);

    const Result<SecretBytes> decoded = base32Decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().untranslatedMessage()));
    QCOMPARE(decoded->view(), QByteArrayView(data));
}

void TestBase32::refusesWhatIsNotBase32_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("digit zero") << QByteArrayLiteral("JBSW Y3D0")
                                << QStringLiteral("digit 0, but there is one at "
                                                  "position 9. It is probably the "
                                                  "letter O");
    QTest::newRow("digit one") << QByteArrayLiteral("1BSWY3DP") << QStringLiteral("letter I");
    QTest::newRow("digit eight") << QByteArrayLiteral("JBSWY3D8") << QStringLiteral("letter B");
    QTest::newRow("digit nine") << QByteArrayLiteral("JBSWY3D9") << QStringLiteral("\"9\" at position 8");
    QTest::newRow("punctuation") << QByteArrayLiteral("JBSW.Y3DP") << QStringLiteral("\".\" at position 5");
    QTest::newRow("non-ASCII letter") << QByteArrayLiteral("JB\xc3\xa9SW")
                                      << QStringLiteral("\"\u00e9\" at position 3");
    QTest::newRow("invisible") << QByteArrayLiteral("JB\x01SW") << QStringLiteral("invisible character at position 3");
    QTest::newRow("padding in the middle") << QByteArrayLiteral("MY==MZXQ") << QStringLiteral("in the middle");
    QTest::newRow("one symbol") << QByteArrayLiteral("M") << QStringLiteral("incomplete");
    QTest::newRow("three symbols") << QByteArrayLiteral("MZX") << QStringLiteral("incomplete");
    QTest::newRow("six symbols") << QByteArrayLiteral("MZXW6Y") << QStringLiteral("incomplete");
    QTest::newRow("nine symbols") << QByteArrayLiteral("MZXW6YTBO") << QStringLiteral("incomplete");
}

void TestBase32::refusesWhatIsNotBase32()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);

    const Result<SecretBytes> decoded = base32Decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(decoded.error().untranslatedMessage().contains(mentions),
             qPrintable(decoded.error().untranslatedMessage()));
}

void TestBase32::roundTripsRandomBytes()
{
    for (qsizetype size = 0; size <= 40; ++size) {
        const Result<QByteArray> data = Crypto::randomBytes(size);
        QVERIFY(data.ok());
        for (const Base32Padding padding : {Base32Padding::Include, Base32Padding::Omit}) {
            const QByteArray encoded = base32Encode(data.value(), padding);
            const Result<SecretBytes> decoded = base32Decode(encoded);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->view(), QByteArrayView(data.value()));
            const Result<SecretBytes> lower = base32Decode(encoded.toLower());
            QVERIFY(lower.ok());
            QCOMPARE(lower->view(), QByteArrayView(data.value()));
        }
    }
}

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
