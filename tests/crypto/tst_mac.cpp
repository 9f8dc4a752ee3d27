// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/bytes.h"
#include "core/crypto/mac.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Brankas;
using namespace Brankas::Crypto;
using namespace Brankas::Testing;

class TestMac : public QObject
{
    Q_OBJECT

private slots:
    void hmacRfc4231_data();
    void hmacRfc4231();
    void keyedHmacRfc4231_data() { hmacRfc4231_data(); }
    void keyedHmacRfc4231();
    void multiPartEqualsOneShot_data();
    void multiPartEqualsOneShot();
    void keyedHmacIsReusable();
    void movedFromHmacIsHarmless();
    void concurrentMacsAgree();
    void sha256Vectors_data();
    void sha256Vectors();
    void hmacAnyDigest_data();
    void hmacAnyDigest();
    void hmacSha256AgreesWithHmac();
};

void TestMac::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4231 section 4, HMAC-SHA-256 results. Test case 5 publishes only the first 128 bits.
    QTest::newRow("rfc4231-1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                               << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("rfc4231-2") << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
                               << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("rfc4231-3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                               << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("rfc4231-4") << byteRange(0x01, 0x19) << QByteArray(50, '\xcd')
                               << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("rfc4231-5 truncated") << QByteArray(20, '\x0c') << QByteArrayLiteral("Test With Truncation")
                                         << hex("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("rfc4231-6 long key") << QByteArray(131, '\xaa')
                                        << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
                                        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("rfc4231-7 long key and data")
        << QByteArray(131, '\xaa')
        << QByteArrayLiteral("This is a test using a larger than block-size key and a larger than block-size data. "
                             "The key needs to be hashed before being used by the HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestMac::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    const Result<QByteArray> mac = hmacSha256(key, data);
    QVERIFY(mac.ok());
    QCOMPARE(mac->size(), Sha256Size);
    QCOMPARE(mac->first(expected.size()).toHex(), expected.toHex());
}

void TestMac::keyedHmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    const Result<HmacSha256> hmac = HmacSha256::create(key);
    QVERIFY(hmac.ok());
    const QByteArray mac = hmac->mac(data);
    QCOMPARE(mac.size(), Sha256Size);
    QCOMPARE(mac.first(expected.size()).toHex(), expected.toHex());
}

void TestMac::multiPartEqualsOneShot_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArrayLiteral("log entry 1");
    QTest::newRow("block sized") << QByteArray(64, 'x');
    QTest::newRow("long") << QByteArray(1000, '\x5a');
}

void TestMac::multiPartEqualsOneShot()
{
    QFETCH(QByteArray, data);

    const QByteArray key = QByteArrayLiteral("archive log key");
    const Result<QByteArray> oneShot = hmacSha256(key, data);
    QVERIFY(oneShot.ok());
    const Result<HmacSha256> hmac = HmacSha256::create(key);
    QVERIFY(hmac.ok());

    QCOMPARE(hmac->mac(data), oneShot.value());
    for (qsizetype split = 0; split <= data.size(); split += qMax<qsizetype>(1, data.size() / 7)) {
        const QByteArrayView view(data);
        QCOMPARE(hmac->mac({view.first(split), view.sliced(split)}), oneShot.value());
        QCOMPARE(hmac->mac({QByteArrayView(), view.first(split), QByteArrayView(), view.sliced(split)}),
                 oneShot.value());
    }
    if (data.size() >= 3) {
        const QByteArrayView view(data);
        QCOMPARE(hmac->mac({view.first(1), view.sliced(1, 1), view.sliced(2)}), oneShot.value());
    }
}

void TestMac::keyedHmacIsReusable()
{
    // Each mac() must start from the keyed state, not continue the previous message.
    const Result<HmacSha256> hmac = HmacSha256::create(QByteArray(20, '\x0b'));
    QVERIFY(hmac.ok());
    const QByteArray expected = hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QCOMPARE(hmac->mac("Hi There"), expected);
    QVERIFY(hmac->mac("something else") != expected);
    QCOMPARE(hmac->mac("Hi There"), expected);
    QCOMPARE(hmac->mac({"Hi ", "There"}), expected);
}

void TestMac::movedFromHmacIsHarmless()
{
    Result<HmacSha256> created = HmacSha256::create("key");
    QVERIFY(created.ok());
    HmacSha256 first = std::move(created.value());
    const QByteArray expected = first.mac("data");
    QCOMPARE(expected.size(), Sha256Size);

    HmacSha256 second = std::move(first);
    QCOMPARE(second.mac("data"), expected);
    // A moved-from object yields no MAC rather than crashing, and an empty MAC matches nothing.
    QVERIFY(first.mac("data").isEmpty()); // NOLINT(bugprone-use-after-move)
}

void TestMac::concurrentMacsAgree()
{
    // mac() is const, so callers may share one HmacSha256 between threads.
    const Result<HmacSha256> hmac = HmacSha256::create(QByteArray(20, '\x0b'));
    QVERIFY(hmac.ok());
    const QByteArray expected = hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5000; ++i) {
                if (hmac->mac({"Hi", " There"}) != expected) {
                    ++wrong;
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(wrong.load(), 0);
}

void TestMac::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    // FIPS 180-2 appendix B examples and the empty message.
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits") << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestMac::sha256Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    QCOMPARE(sha256(data).toHex(), expected.toHex());
}

void TestMac::hmacAnyDigest_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    // RFC 2202 section 3, HMAC-SHA-1 test cases 1, 2, 3 and 6.
    QTest::newRow("rfc2202-1") << HashAlgorithm::Sha1 << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                               << hex("b617318655057264e28bc0b6fb378c8ef146be00");
    QTest::newRow("rfc2202-2") << HashAlgorithm::Sha1 << QByteArrayLiteral("Jefe")
                               << QByteArrayLiteral("what do ya want for nothing?")
                               << hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("rfc2202-3") << HashAlgorithm::Sha1 << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                               << hex("125d7342b9ac11cd91a39af48aa17b4f63f175d3");
    QTest::newRow("rfc2202-6 long key") << HashAlgorithm::Sha1 << QByteArray(80, '\xaa')
                                        << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
                                        << hex("aa4ae5e15272d00e95705637ce8a3b55ed402112");

    // RFC 4231 section 4, the same cases with HMAC-SHA-256 through the generic entry point.
    QTest::newRow("rfc4231-1 sha256") << HashAlgorithm::Sha256 << QByteArray(20, '\x0b')
                                      << QByteArrayLiteral("Hi There")
                                      << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");

    // RFC 4231 section 4, HMAC-SHA-512 test cases 1 and 2.
    QTest::newRow("rfc4231-1 sha512") << HashAlgorithm::Sha512 << QByteArray(20, '\x0b')
                                      << QByteArrayLiteral("Hi There")
                                      << hex("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                                             "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854");
    QTest::newRow("rfc4231-2 sha512") << HashAlgorithm::Sha512 << QByteArrayLiteral("Jefe")
                                      << QByteArrayLiteral("what do ya want for nothing?")
                                      << hex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                             "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
}

void TestMac::hmacAnyDigest()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    const Result<QByteArray> mac = hmac(algorithm, key, data);
    QVERIFY(mac.ok());
    QCOMPARE(mac->toHex(), expected.toHex());
}

void TestMac::hmacSha256AgreesWithHmac()
{
    for (const QByteArray &key : {QByteArray(), QByteArrayLiteral("k"), QByteArray(200, 'k')}) {
        for (const QByteArray &data : {QByteArray(), QByteArrayLiteral("entry"), QByteArray(1000, 'd')}) {
            const Result<QByteArray> generic = hmac(HashAlgorithm::Sha256, key, data);
            const Result<QByteArray> specific = hmacSha256(key, data);
            QVERIFY(generic.ok());
            QVERIFY(specific.ok());
            QCOMPARE(generic.value(), specific.value());
        }
    }
}

QTEST_GUILESS_MAIN(TestMac)
#include "tst_mac.moc"
