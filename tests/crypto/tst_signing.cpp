// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/bytes.h"
#include "core/crypto/sealedbox.h"
#include "core/crypto/signing.h"

#include <QTest>

using namespace Brankas;
using namespace Brankas::Crypto;
using namespace Brankas::Testing;

// Ed25519 (RFC 8032 section 7.1) and X25519 (RFC 7748 section 6.1) known answers, and the sealed
// box that hands the secrets key to an officer.
class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void ed25519Rfc8032_data();
    void ed25519Rfc8032();
    void alteredMessageKeyOrSignatureFails_data();
    void alteredMessageKeyOrSignatureFails();
    void generatedKeysSignAndVerify();
    void verifierCachesKeysAndStillRejects();
    void x25519Rfc7748();
    void sealedBoxOpensOnlyForItsKeyAndData();
    void truncatedOrForeignBoxIsRefused();
};

void TestSigning::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("test 1 (empty)") << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                    << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                    << QByteArray()
                                    << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a"
                                           "33bacc61e39701cf9b46bd25bf5f0"
                                           "595bbe24655141438e7a100b");
    QTest::newRow("test 2 (one byte)") << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                       << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                       << hex("72")
                                       << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e4"
                                              "3e15996e458f3613d0f11d8c387b2eae"
                                              "b4302aeeb00d291612bb0c00");
    QTest::newRow("test 3 (two bytes)") << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                        << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                        << hex("af82")
                                        << hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b5"
                                               "38d16f290ae67f760984dc6594a7c15e9"
                                               "716ed28dc027beceea1ec40a");
}

void TestSigning::ed25519Rfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const SecretBytes secret = SecretBytes::fromView(seed);
    QCOMPARE(signingPublicKey(secret).value().toHex(), publicKey.toHex());
    QCOMPARE(sign(secret, message).value().toHex(), signature.toHex());
    QVERIFY(verifySignature(publicKey, message, signature));
    SignatureVerifier verifier;
    QVERIFY(verifier.verify(publicKey, message, signature));
}

void TestSigning::alteredMessageKeyOrSignatureFails_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("message") << 0;
    QTest::newRow("signature bit") << 1;
    QTest::newRow("other key") << 2;
    QTest::newRow("short signature") << 3;
    QTest::newRow("short key") << 4;
}

void TestSigning::alteredMessageKeyOrSignatureFails()
{
    QFETCH(int, what);
    auto pair = generateSigningKey().value();
    QByteArray message = "seq 1..4 mac ...";
    QByteArray signature = sign(pair.seed, message).value();
    QByteArray publicKey = pair.publicKey;
    switch (what) {
    case 0:
        message[0] = 'S';
        break;
    case 1:
        signature[10] = char(signature[10] ^ 0x01);
        break;
    case 2:
        publicKey = generateSigningKey().value().publicKey;
        break;
    case 3:
        signature.chop(1);
        break;
    case 4:
        publicKey.chop(1);
        break;
    }
    QVERIFY(!verifySignature(publicKey, message, signature));
    SignatureVerifier verifier;
    QVERIFY(!verifier.verify(publicKey, message, signature));
}

void TestSigning::generatedKeysSignAndVerify()
{
    auto a = generateSigningKey().value();
    auto b = generateSigningKey().value();
    QVERIFY(a.publicKey != b.publicKey);
    QCOMPARE(signingPublicKey(a.seed).value(), a.publicKey);
    const QByteArray signature = sign(a.seed, "x").value();
    QVERIFY(verifySignature(a.publicKey, "x", signature));
    QVERIFY(!verifySignature(b.publicKey, "x", signature));
    QVERIFY(!sign(SecretBytes::fromView("short"), "x"));
}

void TestSigning::verifierCachesKeysAndStillRejects()
{
    auto a = generateSigningKey().value();
    SignatureVerifier verifier;
    for (int i = 0; i < 50; ++i) {
        const QByteArray message = QByteArray::number(i);
        const QByteArray signature = sign(a.seed, message).value();
        QVERIFY(verifier.verify(a.publicKey, message, signature));
        QVERIFY(!verifier.verify(a.publicKey, message + "!", signature));
    }
    QVERIFY(!verifier.verify(QByteArray(32, '\0'), "0", sign(a.seed, "0").value()));
}

void TestSigning::x25519Rfc7748()
{
    const SecretBytes alice =
        SecretBytes::fromView(hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    const SecretBytes bob =
        SecretBytes::fromView(hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
    const QByteArray alicePublic = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    const QByteArray bobPublic = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    const QByteArray shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    QCOMPARE(boxPublicKey(alice).value().toHex(), alicePublic.toHex());
    QCOMPARE(boxPublicKey(bob).value().toHex(), bobPublic.toHex());
    QCOMPARE(x25519(alice, bobPublic).value().toByteArrayUnsafe().toHex(), shared.toHex());
    QCOMPARE(x25519(bob, alicePublic).value().toByteArrayUnsafe().toHex(), shared.toHex());
    // A small-order point gives an all-zero secret, which must never become a key.
    QVERIFY(!x25519(alice, QByteArray(32, '\0')));
}

void TestSigning::sealedBoxOpensOnlyForItsKeyAndData()
{
    auto officer = generateBoxKey().value();
    auto other = generateBoxKey().value();
    const QByteArray box = sealTo(officer.publicKey, "the secrets key", "officer:2").value();
    QCOMPARE(openBox(officer.privateKey, box, "officer:2").value().toByteArrayUnsafe(), QByteArray("the secrets key"));
    QCOMPARE(openBox(officer.privateKey, box, "officer:3").error().code(), ErrorCode::DamagedOrMovedData);
    QCOMPARE(openBox(other.privateKey, box, "officer:2").error().code(), ErrorCode::DamagedOrMovedData);
    // Two boxes of the same value differ (fresh ephemeral key each time).
    QVERIFY(sealTo(officer.publicKey, "the secrets key", "officer:2").value() != box);
}

void TestSigning::truncatedOrForeignBoxIsRefused()
{
    auto officer = generateBoxKey().value();
    QByteArray box = sealTo(officer.publicKey, "k", "a").value();
    QVERIFY(!openBox(officer.privateKey, box.left(32), "a"));
    QVERIFY(!openBox(officer.privateKey, box.left(box.size() - 1), "a"));
    box[3] = char(box[3] ^ 0x40);
    QVERIFY(!openBox(officer.privateKey, box, "a"));
    QVERIFY(!sealTo(QByteArray(31, 'x'), "k", "a"));
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
