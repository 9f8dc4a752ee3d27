// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/bytes.h"
#include "core/crypto/aead.h"
#include "core/crypto/binding.h"
#include "core/crypto/random.h"

#include <QTest>

using namespace Brankas;
using namespace Brankas::Crypto;
using namespace Brankas::Testing;

namespace {

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit = 0)
{
    bytes[index] = char(bytes.at(index) ^ (1 << bit));
    return bytes;
}

SecretBytes fixedKey()
{
    return SecretBytes::fromView(hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
}

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test case 15/16 key and plaintext.
const char *const SpecKey256 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char *const SpecPlaintext = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                  "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const char *const SpecPlaintext60 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
const char *const SpecAad = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

} // namespace

class TestAead : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswerEncrypt_data();
    void knownAnswerEncrypt();
    void knownAnswerDecrypt_data() { knownAnswerEncrypt_data(); }
    void knownAnswerDecrypt();
    void knownAnswerTamperFails_data();
    void knownAnswerTamperFails();
    void rawWrongKeySize();

    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void sealFormat();
    void sealsDifferEachTime();
    void openTamperedFails_data();
    void openTamperedFails();
    void openMalformedFails_data();
    void openMalformedFails();
    void openWithOtherBindingFails_data();
    void openWithOtherBindingFails();
    void wrongKeySizeIsCryptoError();
    void openWithOtherKeyFails();
};

void TestAead::knownAnswerEncrypt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zero128(16, '\0');
    const QByteArray zero192(24, '\0');
    const QByteArray zero256(32, '\0');
    const QByteArray zeroIv(12, '\0');

    // McGrew & Viega GCM specification, test cases 1, 2 (AES-128) and 7, 8 (AES-192): they show the
    // key length picks the AES variant.
    QTest::newRow("gcm-spec-1 aes128 empty")
        << zero128 << zeroIv << QByteArray() << QByteArray() << QByteArray() << hex("58e2fccefa7e3061367f1d57a4e7455a");
    QTest::newRow("gcm-spec-2 aes128") << zero128 << zeroIv << zero128 << QByteArray()
                                       << hex("0388dace60b6a392f328c2b971b2fe78")
                                       << hex("ab6e47d42cec13bdf53a67b21257bddf");
    QTest::newRow("gcm-spec-7 aes192 empty")
        << zero192 << zeroIv << QByteArray() << QByteArray() << QByteArray() << hex("cd33b28ac773f74ba00ed1f312572435");
    QTest::newRow("gcm-spec-8 aes192") << zero192 << zeroIv << zero128 << QByteArray()
                                       << hex("98e7247c07f0fe411c267e4384b0f600")
                                       << hex("2ff58d80033927ab8ef4d4587514f0fb");

    // Test cases 13-18: AES-256.
    QTest::newRow("gcm-spec-13 empty") << zero256 << zeroIv << QByteArray() << QByteArray() << QByteArray()
                                       << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("gcm-spec-14") << zero256 << zeroIv << zero128 << QByteArray()
                                 << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("gcm-spec-15") << hex(SpecKey256) << hex("cafebabefacedbaddecaf888") << hex(SpecPlaintext)
                                 << QByteArray()
                                 << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
                                 << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("gcm-spec-16 aad") << hex(SpecKey256) << hex("cafebabefacedbaddecaf888") << hex(SpecPlaintext60)
                                     << hex(SpecAad)
                                     << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
                                     << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::newRow("gcm-spec-17 64-bit iv")
        << hex(SpecKey256) << hex("cafebabefacedbad") << hex(SpecPlaintext60) << hex(SpecAad)
        << hex("c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
               "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f")
        << hex("3a337dbf46a792c45e454913fe2ea8f2");
    QTest::newRow("gcm-spec-18 480-bit iv") << hex(SpecKey256)
                                            << hex("9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
                                                   "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b")
                                            << hex(SpecPlaintext60) << hex(SpecAad)
                                            << hex("5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
                                                   "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f")
                                            << hex("a44a8266ee1c8eb0c8b5d4cf5ae9f19a");

    // NIST CAVP gcmEncryptExtIV256.rsp; the shorter tags exercise the tagLength parameter.
    QTest::newRow("cavp Keylen=256 IVlen=96 PTlen=128 AADlen=128 Taglen=128 Count=0")
        << hex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b") << hex("ac93a1a6145299bde902f21a")
        << hex("2d71bcfa914e4ac045b2aa60955fad24") << hex("1e0889016f67601c8ebea4943bc23ad6")
        << hex("8995ae2e6df3dbf96fac7b7137bae67f") << hex("eca5aa77d51d4a0a14d9c51e1da474ab");
    QTest::newRow("cavp Keylen=256 IVlen=96 PTlen=0 AADlen=160 Taglen=128 Count=0")
        << hex("886cff5f3e6b8d0e1ad0a38fcdb26de97e8acbe79f6bed66959a598fa5047d65") << hex("3a8efa1cd74bbab5448f9945")
        << QByteArray() << hex("519fee519d25c7a304d6c6aa1897ee1eb8c59655") << QByteArray()
        << hex("f6d47505ec96c98a42dc3ae719877b87");
    QTest::newRow("cavp Keylen=256 IVlen=96 PTlen=128 AADlen=128 Taglen=112 Count=0")
        << hex("c6e126a65faec77ab62318e30d8a50c39a664670039a66ae5a6874201bc68f9f") << hex("0ba5193b2d3a8378d67163ce")
        << hex("c37aada3d4408e880d47e41df77da9b9") << hex("5844b289dc74327f9fd93f7aae1c3d39")
        << hex("b5cd7563989b460a2fe187e90c41fc31") << hex("79c73d0d1e3a4484909969de93b0");
    QTest::newRow("cavp Keylen=256 IVlen=96 PTlen=128 AADlen=384 Taglen=120 Count=0")
        << hex("2e6942d537f1a98444c2f9dbdb5d8db42a503a00a17b57d516399569e044a703") << hex("7eb67721581ed52cfcfc2c4d")
        << hex("e5f410fe939e79b7ad33fbd3aaf5856f")
        << hex("a96cc73451502c7278b467ac85d5fc14fc1a2f51bc685645b173f0cd9af02d383095de063e6eaa50374ce9bc951e9e61")
        << hex("727f5e19a5582e5782bbbe73517f0c04") << hex("c492319abf12b03b380724ff1483a3");
    QTest::newRow("cavp Keylen=256 IVlen=96 PTlen=0 AADlen=0 Taglen=96 Count=0")
        << hex("98ebf7a58db8b8371d9069171190063cc1fdc1927e49a3385f890d41a838619c") << hex("3e6db953bd4e641de644e50a")
        << QByteArray() << QByteArray() << QByteArray() << hex("2fb9c3e41fff24ef07437c47");
}

void TestAead::knownAnswerEncrypt()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const Result<QByteArray> result = aesGcmEncrypt(key, iv, plaintext, aad, int(tag.size()));
    QVERIFY2(result.ok(), qPrintable(result.error().untranslatedMessage()));
    QCOMPARE(result->toHex(), (ciphertext + tag).toHex());
}

void TestAead::knownAnswerDecrypt()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const Result<QByteArray> result = aesGcmDecrypt(key, iv, ciphertext + tag, aad, int(tag.size()));
    QVERIFY2(result.ok(), qPrintable(result.error().untranslatedMessage()));
    QCOMPARE(result->toHex(), plaintext.toHex());
}

void TestAead::knownAnswerTamperFails_data()
{
    QTest::addColumn<QByteArray>("ciphertextAndTag");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("iv");

    // Test case 16 has plaintext, AAD and a 96-bit IV, so every input can be damaged.
    const QByteArray ct = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                              "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                              "76fc6ece0f4e1768cddf8853bb2d551b");
    const QByteArray aad = hex(SpecAad);
    const QByteArray iv = hex("cafebabefacedbaddecaf888");

    QTest::newRow("ciphertext first bit") << flipBit(ct, 0) << aad << iv;
    QTest::newRow("ciphertext last bit") << flipBit(ct, 59, 7) << aad << iv;
    QTest::newRow("tag first bit") << flipBit(ct, 60) << aad << iv;
    QTest::newRow("tag last bit") << flipBit(ct, ct.size() - 1, 7) << aad << iv;
    QTest::newRow("tag truncated") << ct.chopped(1) << aad << iv;
    QTest::newRow("aad bit") << ct << flipBit(aad, 5, 3) << iv;
    QTest::newRow("aad missing") << ct << QByteArray() << iv;
    QTest::newRow("aad extended") << ct << aad + '\0' << iv;
    QTest::newRow("iv bit") << ct << aad << flipBit(iv, 11, 1);
}

void TestAead::knownAnswerTamperFails()
{
    QFETCH(QByteArray, ciphertextAndTag);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, iv);

    const Result<QByteArray> result = aesGcmDecrypt(hex(SpecKey256), iv, ciphertextAndTag, aad);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::DamagedOrMovedData);
}

void TestAead::rawWrongKeySize()
{
    const QByteArray iv(12, '\0');
    const Result<QByteArray> encrypted = aesGcmEncrypt(QByteArray(31, 'k'), iv, "x", {});
    QVERIFY(!encrypted.ok());
    QCOMPARE(encrypted.error().code(), ErrorCode::Crypto);
    const Result<QByteArray> decrypted = aesGcmDecrypt(QByteArray(33, 'k'), iv, QByteArray(17, 'c'), {});
    QVERIFY(!decrypted.ok());
    QCOMPARE(decrypted.error().code(), ErrorCode::Crypto);
}

void TestAead::sealOpenRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("password") << QByteArrayLiteral("Rahasia#2024!")
                              << bindingFor(QStringLiteral("vault-1"), QStringLiteral("accounts"), 42,
                                            QStringLiteral("password"));
    QTest::newRow("one block") << QByteArray(16, 'a') << QByteArrayLiteral("aad");
    QTest::newRow("non-ascii") << QStringLiteral(u"kata sandi: r\u00e9sum\u00e9 \u2713").toUtf8() << QByteArray();
    QTest::newRow("binary 1 MiB") << QByteArray(1 << 20, '\xa5') << QByteArray(1000, '\x01');
}

void TestAead::sealOpenRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);

    const SecretBytes key = fixedKey();
    const Result<QByteArray> sealed = seal(key, plaintext, aad);
    QVERIFY(sealed.ok());
    const Result<SecretBytes> opened = open(key, sealed.value(), aad);
    QVERIFY2(opened.ok(), qPrintable(opened.error().untranslatedMessage()));
    QCOMPARE(opened->size(), plaintext.size());
    QVERIFY(opened->view() == plaintext);
}

void TestAead::sealFormat()
{
    const QByteArray plaintext = QByteArrayLiteral("0123456789");
    const Result<QByteArray> sealed = seal(fixedKey(), plaintext, {});
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), 1 + GcmNonceSize + plaintext.size() + GcmTagSize);
    QCOMPARE(sealed->at(0), '\x01');

    // The documented layout is plain AES-256-GCM, so the raw function must open it too.
    const QByteArray nonce = sealed->mid(1, GcmNonceSize);
    const Result<QByteArray> raw = aesGcmDecrypt(fixedKey().view(), nonce, sealed->mid(1 + GcmNonceSize), {});
    QVERIFY(raw.ok());
    QCOMPARE(raw.value(), plaintext);
}

void TestAead::sealsDifferEachTime()
{
    const SecretBytes key = fixedKey();
    const QByteArray plaintext = QByteArrayLiteral("same plaintext");
    const Result<QByteArray> first = seal(key, plaintext, {});
    const Result<QByteArray> second = seal(key, plaintext, {});
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());
    QVERIFY(first->mid(1, GcmNonceSize) != second->mid(1, GcmNonceSize));
}

void TestAead::openTamperedFails_data()
{
    QTest::addColumn<qsizetype>("index");

    // Offsets into version(1) || nonce(12) || ciphertext(8) || tag(16); the version byte is
    // covered by openMalformedFails.
    QTest::newRow("nonce first") << qsizetype(1);
    QTest::newRow("nonce last") << qsizetype(12);
    QTest::newRow("ciphertext first") << qsizetype(13);
    QTest::newRow("ciphertext last") << qsizetype(20);
    QTest::newRow("tag first") << qsizetype(21);
    QTest::newRow("tag last") << qsizetype(36);
}

void TestAead::openTamperedFails()
{
    QFETCH(qsizetype, index);

    const SecretBytes key = fixedKey();
    const Result<QByteArray> sealed = seal(key, "8 bytes!", "aad");
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), 37);
    for (int bit = 0; bit < 8; ++bit) {
        const Result<SecretBytes> opened = open(key, flipBit(sealed.value(), index, bit), "aad");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::DamagedOrMovedData);
    }
}

void TestAead::openMalformedFails_data()
{
    QTest::addColumn<QByteArray>("sealed");

    const Result<QByteArray> good = seal(fixedKey(), "secret", {});
    QVERIFY(good.ok());
    QByteArray otherVersion = good.value();
    otherVersion[0] = '\x02';
    QByteArray zeroVersion = good.value();
    zeroVersion[0] = '\x00';

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("version only") << QByteArrayLiteral("\x01");
    QTest::newRow("one byte short of empty plaintext") << QByteArray(1 + GcmNonceSize + GcmTagSize - 1, '\x01');
    QTest::newRow("empty plaintext of zeros") << QByteArray(1 + GcmNonceSize + GcmTagSize, '\x01');
    QTest::newRow("version 2") << otherVersion;
    QTest::newRow("version 0") << zeroVersion;
    QTest::newRow("truncated") << good->chopped(1);
    QTest::newRow("extended") << good.value() + '\0';
}

void TestAead::openMalformedFails()
{
    QFETCH(QByteArray, sealed);

    const Result<SecretBytes> opened = open(fixedKey(), sealed, {});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::DamagedOrMovedData);
    QVERIFY(!opened.error().untranslatedMessage().isEmpty());
}

void TestAead::openWithOtherBindingFails_data()
{
    QTest::addColumn<QByteArray>("otherBinding");

    const QString vault = QStringLiteral("3f2c9a1e-vault");
    const QString table = QStringLiteral("accounts");
    const QString field = QStringLiteral("password");
    QTest::newRow("other row") << bindingFor(vault, table, 8, field);
    QTest::newRow("other field") << bindingFor(vault, table, 7, QStringLiteral("recovery_email"));
    QTest::newRow("other table") << bindingFor(vault, QStringLiteral("officers"), 7, field);
    QTest::newRow("other vault") << bindingFor(QStringLiteral("3f2c9a1e-vaulu"), table, 7, field);
    QTest::newRow("no binding") << QByteArray();
}

void TestAead::openWithOtherBindingFails()
{
    QFETCH(QByteArray, otherBinding);

    const QByteArray binding =
        bindingFor(QStringLiteral("3f2c9a1e-vault"), QStringLiteral("accounts"), 7, QStringLiteral("password"));
    const SecretBytes key = fixedKey();
    const Result<QByteArray> sealed = seal(key, "Rahasia#2024!", binding);
    QVERIFY(sealed.ok());
    QVERIFY(open(key, sealed.value(), binding).ok());

    const Result<SecretBytes> moved = open(key, sealed.value(), otherBinding);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code(), ErrorCode::DamagedOrMovedData);
}

void TestAead::wrongKeySizeIsCryptoError()
{
    const SecretBytes shortKey = SecretBytes::fromView(QByteArray(16, 'k'));
    const Result<QByteArray> sealed = seal(shortKey, "x", {});
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code(), ErrorCode::Crypto);

    const Result<QByteArray> good = seal(fixedKey(), "x", {});
    QVERIFY(good.ok());
    const Result<SecretBytes> opened = open(SecretBytes(), good.value(), {});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Crypto);
}

void TestAead::openWithOtherKeyFails()
{
    const Result<QByteArray> sealed = seal(fixedKey(), "secret", {});
    QVERIFY(sealed.ok());
    const Result<SecretBytes> otherKey = randomSecret(AesKeySize);
    QVERIFY(otherKey.ok());
    const Result<SecretBytes> opened = open(otherKey.value(), sealed.value(), {});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::DamagedOrMovedData);
}

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
