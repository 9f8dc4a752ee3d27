// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/base32.h>
#include <core/domain/totp.h>

#include <QTest>
#include <QTimeZone>

#include <type_traits>

using namespace Brankas;
using Crypto::HashAlgorithm;

// The secret lives in a move-only wiped buffer; a copy of the parameters would be a copy of it.
static_assert(!std::is_copy_constructible_v<TotpParameters>);
static_assert(std::is_nothrow_move_constructible_v<TotpParameters>);

namespace {

// The RFC 6238 appendix B seeds: the ASCII digits repeated to the digest's block-friendly length.
QByteArray rfcSeed(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return QByteArrayLiteral("12345678901234567890");
    case HashAlgorithm::Sha256:
        return QByteArrayLiteral("12345678901234567890123456789012");
    case HashAlgorithm::Sha512:
        return QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
    }
    return {};
}

TotpParameters parameters(QByteArrayView secret, HashAlgorithm algorithm = HashAlgorithm::Sha1, int digits = 6,
                          int period = 30)
{
    TotpParameters result;
    result.secret = SecretBytes::fromView(secret);
    result.algorithm = algorithm;
    result.digits = digits;
    result.period = period;
    return result;
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238_data();
    void rfc6238();
    void rfc4226_data();
    void rfc4226();
    void sixDigitsAreTheLowDigits();
    void secondsRemaining_data();
    void secondsRemaining();
    void instantNotTimeZoneCounts();
    void totpRefusesBadParameters_data();
    void totpRefusesBadParameters();
    void parsesPlainKeys_data();
    void parsesPlainKeys();
    void parsesLinks_data();
    void parsesLinks();
    void parsedLinkGivesRfcCodes();
    void refusesBadSeeds_data();
    void refusesBadSeeds();
};

void TestTotp::rfc6238_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");

    // RFC 6238 appendix B: 8 digits, 30-second steps from the Unix epoch.
    const struct
    {
        qint64 time;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    } vectors[] = {
        {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const auto &vector : vectors) {
        const QByteArray time = QByteArray::number(vector.time);
        QTest::addRow("SHA1 %s", time.constData())
            << HashAlgorithm::Sha1 << vector.time << QString::fromLatin1(vector.sha1);
        QTest::addRow("SHA256 %s", time.constData())
            << HashAlgorithm::Sha256 << vector.time << QString::fromLatin1(vector.sha256);
        QTest::addRow("SHA512 %s", time.constData())
            << HashAlgorithm::Sha512 << vector.time << QString::fromLatin1(vector.sha512);
    }
}

void TestTotp::rfc6238()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(qint64, time);
    QFETCH(QString, expected);

    const Result<TotpCode> code = totpAt(parameters(rfcSeed(algorithm), algorithm, 8), at(time));
    QVERIFY2(code.ok(), qPrintable(code.error().untranslatedMessage()));
    QCOMPARE(code->code, expected);
}

void TestTotp::rfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");

    // RFC 4226 appendix D, secret "12345678901234567890", 6 digits.
    const char *values[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
    for (quint64 counter = 0; counter < 10; ++counter) {
        QTest::addRow("count %llu", static_cast<unsigned long long>(counter))
            << counter << QString::fromLatin1(values[counter]);
    }
}

void TestTotp::rfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, expected);

    const Result<QString> code = hotp(QByteArrayView("12345678901234567890"), counter);
    QVERIFY2(code.ok(), qPrintable(code.error().untranslatedMessage()));
    QCOMPARE(code.value(), expected);
}

void TestTotp::sixDigitsAreTheLowDigits()
{
    // At T = 59 the counter is 1, so the usual 6-digit code is both HOTP count 1 of RFC 4226 and
    // the last six digits of the 8-digit RFC 6238 value.
    const Result<TotpCode> code = totpAt(parameters("12345678901234567890"), at(59));
    QVERIFY(code.ok());
    QCOMPARE(code->code, QStringLiteral("287082"));

    // Leading zeros are kept: RFC 6238's 1111111109 code is 07081804.
    const Result<TotpCode> padded = totpAt(parameters("12345678901234567890", HashAlgorithm::Sha1, 8), at(1111111109));
    QVERIFY(padded.ok());
    QCOMPARE(padded->code.size(), 8);
    QCOMPARE(padded->code, QStringLiteral("07081804"));
}

void TestTotp::secondsRemaining_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<int>("remaining");

    QTest::newRow("epoch") << 30 << qint64(0) << 30;
    QTest::newRow("one second in") << 30 << qint64(1000) << 29;
    QTest::newRow("last second") << 30 << qint64(29000) << 1;
    QTest::newRow("end of last second") << 30 << qint64(29999) << 1;
    QTest::newRow("next step") << 30 << qint64(30000) << 30;
    QTest::newRow("rfc 59") << 30 << qint64(59000) << 1;
    QTest::newRow("rfc 1111111111") << 30 << qint64(1111111111000) << 29;
    QTest::newRow("period 60") << 60 << qint64(1234567890000) << 30;
    QTest::newRow("period 15") << 15 << qint64(1234567890000) << 15;
    QTest::newRow("period 120") << 120 << qint64(1234567890000) << 30;
}

void TestTotp::secondsRemaining()
{
    QFETCH(int, period);
    QFETCH(qint64, msecs);
    QFETCH(int, remaining);

    const Result<TotpCode> code = totpAt(parameters("12345678901234567890", HashAlgorithm::Sha1, 6, period),
                                         QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
    QVERIFY(code.ok());
    QCOMPARE(code->secondsRemaining, remaining);
}

void TestTotp::instantNotTimeZoneCounts()
{
    // Buol runs on Central Indonesia Time (UTC+8); the code depends on the instant alone.
    const QDateTime utc = at(1234567890);
    const QDateTime wita = utc.toTimeZone(QTimeZone(8 * 3600));
    QCOMPARE(wita.time().hour(), (utc.time().hour() + 8) % 24);
    const TotpParameters seed = parameters("12345678901234567890", HashAlgorithm::Sha1, 8);
    const Result<TotpCode> fromUtc = totpAt(seed, utc);
    const Result<TotpCode> fromWita = totpAt(seed, wita);
    QVERIFY(fromUtc.ok());
    QVERIFY(fromWita.ok());
    QCOMPARE(fromWita->code, QStringLiteral("89005924"));
    QCOMPARE(fromWita->code, fromUtc->code);
    QCOMPARE(fromWita->secondsRemaining, fromUtc->secondsRemaining);
}

void TestTotp::totpRefusesBadParameters_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("mentions");

    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    QTest::newRow("empty secret") << QByteArray() << 6 << 30 << at(59) << QStringLiteral("empty");
    QTest::newRow("5 digits") << secret << 5 << 30 << at(59) << QStringLiteral("codes of 5 digits");
    QTest::newRow("9 digits") << secret << 9 << 30 << at(59) << QStringLiteral("codes of 9 digits");
    QTest::newRow("period 14") << secret << 6 << 14 << at(59) << QStringLiteral("every 14 seconds");
    QTest::newRow("period 121") << secret << 6 << 121 << at(59) << QStringLiteral("every 121 seconds");
    QTest::newRow("period 0") << secret << 6 << 0 << at(59) << QStringLiteral("every 0 seconds");
    QTest::newRow("invalid time") << secret << 6 << 30 << QDateTime() << QStringLiteral("clock");
    QTest::newRow("before 1970") << secret << 6 << 30 << at(-1) << QStringLiteral("clock");
}

void TestTotp::totpRefusesBadParameters()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(QDateTime, time);
    QFETCH(QString, mentions);

    const Result<TotpCode> code = totpAt(parameters(secret, HashAlgorithm::Sha1, digits, period), time);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(code.error().untranslatedMessage().contains(mentions), qPrintable(code.error().untranslatedMessage()));
}

void TestTotp::parsesPlainKeys_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("as shown") << QByteArrayLiteral("JBSW Y3DP EHPK 3PXP");
    QTest::newRow("lower case") << QByteArrayLiteral("jbswy3dpehpk3pxp");
    QTest::newRow("surrounding blanks") << QByteArrayLiteral("  \tJBSW-Y3DP-EHPK-3PXP\n");
    QTest::newRow("needless padding") << QByteArrayLiteral("JBSWY3DPEHPK3PXP========");
}

void TestTotp::parsesPlainKeys()
{
    QFETCH(QByteArray, text);

    const Result<TotpParameters> parsed = parseTotpSeed(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().untranslatedMessage()));
    QCOMPARE(parsed->secret.view(), QByteArrayView("Hello!\xde\xad\xbe\xef"));
    QCOMPARE(parsed->algorithm, HashAlgorithm::Sha1);
    QCOMPARE(parsed->digits, 6);
    QCOMPARE(parsed->period, 30);
    QVERIFY(parsed->issuer.isEmpty());
    QVERIFY(parsed->account.isEmpty());
}

void TestTotp::parsesLinks_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");

    const QByteArray hello = QByteArrayLiteral("Hello!\xde\xad\xbe\xef");
    QTest::newRow("key uri example")
        << QByteArrayLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example") << hello
        << HashAlgorithm::Sha1 << 6 << 30 << QStringLiteral("Example") << QStringLiteral("alice@google.com");
    QTest::newRow("all parameters, encoded label")
        << QByteArrayLiteral("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                             "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30")
        << QByteArray::fromHex("3dc6caa4824a6d288767b2331e20b43166cb85d9") << HashAlgorithm::Sha1 << 6 << 30
        << QStringLiteral("ACME Co") << QStringLiteral("john.doe@email.com");
    QTest::newRow("sha256, 8 digits, 60 s, upper-case names")
        << QByteArrayLiteral(
               "OTPAUTH://TOTP/Instagram:panwaslu.momunu?SECRET=jbswy3dpehpk3pxp&Algorithm=sha256&DIGITS=8&period=60")
        << hello << HashAlgorithm::Sha256 << 8 << 60 << QStringLiteral("Instagram")
        << QStringLiteral("panwaslu.momunu");
    QTest::newRow("sha512 with a hyphen")
        << QByteArrayLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=SHA-512") << hello
        << HashAlgorithm::Sha512 << 6 << 30 << QString() << QStringLiteral("x");
    QTest::newRow("account only") << QByteArrayLiteral("otpauth://totp/bawaslu_buol?secret=JBSWY3DPEHPK3PXP") << hello
                                  << HashAlgorithm::Sha1 << 6 << 30 << QString() << QStringLiteral("bawaslu_buol");
    QTest::newRow("form-encoded issuer") << QByteArrayLiteral(
                                                "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=Bawaslu+Buol")
                                         << hello << HashAlgorithm::Sha1 << 6 << 30 << QStringLiteral("Bawaslu Buol")
                                         << QStringLiteral("x");
    QTest::newRow("encoded colon, spaced key")
        << QByteArrayLiteral("otpauth://totp/Facebook%3A%20Panwaslu%20Momunu?secret=JBSW%20Y3DP%20EHPK%203PXP") << hello
        << HashAlgorithm::Sha1 << 6 << 30 << QStringLiteral("Facebook") << QStringLiteral("Panwaslu Momunu");
    QTest::newRow("issuer parameter wins")
        << QByteArrayLiteral("otpauth://totp/Twitter:panwaslu?secret=JBSWY3DPEHPK3PXP&issuer=X") << hello
        << HashAlgorithm::Sha1 << 6 << 30 << QStringLiteral("X") << QStringLiteral("panwaslu");
    QTest::newRow("utf-8 label") << QByteArrayLiteral(
                                        "otpauth://totp/TikTok:Panwaslu%20Bok%C3%A1t?secret=JBSWY3DPEHPK3PXP")
                                 << hello << HashAlgorithm::Sha1 << 6 << 30 << QStringLiteral("TikTok")
                                 << QStringLiteral("Panwaslu Bok\u00e1t");
    QTest::newRow("extra parameters and fragment")
        << QByteArrayLiteral("otpauth://totp/YouTube:kanal?image=https%3A%2F%2Fexample.org%2Fa.png&secret="
                             "JBSWY3DPEHPK3PXP&color=ff0000&period=15#ignored")
        << hello << HashAlgorithm::Sha1 << 6 << 15 << QStringLiteral("YouTube") << QStringLiteral("kanal");
    QTest::newRow("padded secret, blanks around")
        << QByteArrayLiteral("  otpauth://totp/x?secret=MZXW6YTBOI%3D%3D%3D%3D%3D%3D\n") << QByteArrayLiteral("foobar")
        << HashAlgorithm::Sha1 << 6 << 30 << QString() << QStringLiteral("x");
}

void TestTotp::parsesLinks()
{
    QFETCH(QByteArray, link);
    QFETCH(QByteArray, secret);
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(QString, issuer);
    QFETCH(QString, account);

    const Result<TotpParameters> parsed = parseTotpSeed(link);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().untranslatedMessage()));
    QCOMPARE(parsed->secret.view().toByteArray().toHex(), secret.toHex());
    QCOMPARE(parsed->algorithm, algorithm);
    QCOMPARE(parsed->digits, digits);
    QCOMPARE(parsed->period, period);
    QCOMPARE(parsed->issuer, issuer);
    QCOMPARE(parsed->account, account);
}

void TestTotp::parsedLinkGivesRfcCodes()
{
    // From pasted link to code: the RFC 6238 SHA-256 seed in a link, as a QR code would carry it.
    const QByteArray key = base32Encode(rfcSeed(HashAlgorithm::Sha256), Base32Padding::Omit);
    const QByteArray link = "otpauth://totp/Test:rfc6238?secret=" + key + "&algorithm=SHA256&digits=8";
    const Result<TotpParameters> parsed = parseTotpSeed(link);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().untranslatedMessage()));
    const Result<TotpCode> code = totpAt(parsed.value(), at(1111111109));
    QVERIFY(code.ok());
    QCOMPARE(code->code, QStringLiteral("68084774"));
    QCOMPARE(code->secondsRemaining, 1);
}

void TestTotp::refusesBadSeeds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");

    const QByteArray link = QByteArrayLiteral("otpauth://totp/Instagram:panwaslu?secret=JBSWY3DPEHPK3PXP");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blanks") << QByteArrayLiteral(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("only separators") << QByteArrayLiteral("- -") << QStringLiteral("empty");
    QTest::newRow("hotp link") << QByteArrayLiteral("otpauth://hotp/Example:alice?secret=JBSWY3DPEHPK3PXP&counter=0")
                               << QStringLiteral("HOTP");
    QTest::newRow("unknown type") << QByteArrayLiteral("otpauth://motp/x?secret=JBSWY3DPEHPK3PXP")
                                  << QStringLiteral("unknown kind (\"motp\")");
    QTest::newRow("no type") << QByteArrayLiteral("otpauth://") << QStringLiteral("incomplete");
    QTest::newRow("no slashes") << QByteArrayLiteral("otpauth:totp/x?secret=JBSWY3DPEHPK3PXP")
                                << QStringLiteral("incomplete");
    QTest::newRow("no secret") << QByteArrayLiteral("otpauth://totp/x?issuer=Instagram") << QStringLiteral("secret");
    QTest::newRow("empty secret") << QByteArrayLiteral("otpauth://totp/x?secret=&issuer=Instagram")
                                  << QStringLiteral("secret");
    QTest::newRow("blank secret") << QByteArrayLiteral("otpauth://totp/x?secret=%20%20") << QStringLiteral("empty");
    QTest::newRow("bad secret") << QByteArrayLiteral("otpauth://totp/x?secret=JBSWY3DP0HPK3PXP")
                                << QStringLiteral("letter O");
    QTest::newRow("two secrets") << link + "&secret=MZXW6YTB" << QStringLiteral("\"secret\" more than once");
    QTest::newRow("5 digits") << link + "&digits=5" << QStringLiteral("codes of 5 digits");
    QTest::newRow("9 digits") << link + "&digits=9" << QStringLiteral("codes of 9 digits");
    QTest::newRow("digits not a number") << link + "&digits=six" << QStringLiteral("codes of six digits");
    QTest::newRow("digits empty") << link + "&digits=" << QStringLiteral("codes of  digits");
    QTest::newRow("period 10") << link + "&period=10" << QStringLiteral("every 10 seconds");
    QTest::newRow("period 121") << link + "&period=121" << QStringLiteral("every 121 seconds");
    QTest::newRow("period negative") << link + "&period=-30" << QStringLiteral("every -30 seconds");
    QTest::newRow("period huge") << link + "&period=99999999999999999999999999"
                                 << QStringLiteral("every 99999999999999999999... seconds");
    QTest::newRow("md5") << link + "&algorithm=MD5" << QStringLiteral("\"MD5\"");
    QTest::newRow("web address") << QByteArrayLiteral("https://accountscenter.instagram.com/password_and_security/")
                                 << QStringLiteral("web address");
    QTest::newRow("plain key with a typo") << QByteArrayLiteral("JBSW Y3DP EHPK 3PX!") << QStringLiteral("\"!\"");
}

void TestTotp::refusesBadSeeds()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);

    const Result<TotpParameters> parsed = parseTotpSeed(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().untranslatedMessage().contains(mentions), qPrintable(parsed.error().untranslatedMessage()));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
