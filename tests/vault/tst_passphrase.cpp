// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vault/passphrase.h>

#include <QTest>

using namespace Brankas;

class TestPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void normalization_data();
    void normalization();
    void policy_data();
    void policy();
    void guessablePassphrasesSayWhy_data();
    void guessablePassphrasesSayWhy();
    void invalidUtf8NeverMatchesOtherBytes();
    void invalidUtf8IsRefusedAsNew();
};

void TestPassphrase::normalization_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("recovery");
    // "é" as one code point and as e + combining accent must give the same bytes.
    QTest::newRow("NFC officer") << QStringLiteral("caf\u0065\u0301 sekali") << QStringLiteral("caf\u00e9 sekali")
                                 << false;
    QTest::newRow("officer keeps spaces") << QStringLiteral(" a  b ") << QStringLiteral(" a  b ") << false;
    QTest::newRow("recovery folds spaces")
        << QStringLiteral("  meja\tkursi   lemari \r") << QStringLiteral("meja kursi lemari") << true;
    QTest::newRow("recovery keeps case") << QStringLiteral("Meja Kursi") << QStringLiteral("Meja Kursi") << true;
}

void TestPassphrase::normalization()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(bool, recovery);
    const SecretBytes normal =
        normalizedPassphrase(typed.toUtf8(), recovery ? PassphraseKind::Recovery : PassphraseKind::Officer);
    QCOMPARE(QString::fromUtf8(normal.view()), expected);
}

void TestPassphrase::policy_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("recovery");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("officer 8 chars, guessable") << QStringLiteral("12345678") << false << QString() << false;
    QTest::newRow("officer 7 chars") << QStringLiteral("1234567") << false << QString() << false;
    QTest::newRow("officer words") << QStringLiteral("kopi hujan sepeda") << false << QString() << true;
    QTest::newRow("officer 9 multibyte repeated") << QStringLiteral("ééééééééé") << false << QString() << false;
    QTest::newRow("officer 9 multibyte mixed") << QStringLiteral("ésàüöçñßø") << false << QString() << true;
    QTest::newRow("officer is name") << QStringLiteral("Ahmad Fauzi") << false << QStringLiteral("ahmad fauzi")
                                     << false;
    QTest::newRow("recovery 16") << QStringLiteral("meja kursi lemar") << true << QString() << true;
    QTest::newRow("recovery 15") << QStringLiteral("meja kursi lema") << true << QString() << false;
    QTest::newRow("recovery 16 repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << true << QString() << false;
    QTest::newRow("recovery padded short") << QStringLiteral("   meja   kursi      ") << true << QString() << false;
}

void TestPassphrase::policy()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, recovery);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    Status status =
        checkNewPassphrase(passphrase.toUtf8(), recovery ? PassphraseKind::Recovery : PassphraseKind::Officer, name);
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    }
}

void TestPassphrase::guessablePassphrasesSayWhy_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // a word of the English message that names the pattern
    QTest::newRow("password") << QByteArray("password") << QString() << QStringLiteral("common");
    QTest::newRow("p4ssw0rd") << QByteArray("p4ssw0rd") << QString() << QStringLiteral("common");
    QTest::newRow("iloveyou") << QByteArray("iloveyou") << QString() << QStringLiteral("common");
    QTest::newRow("12345678") << QByteArray("12345678") << QString() << QStringLiteral("common");
    QTest::newRow("98765432") << QByteArray("98765432") << QString() << QStringLiteral("sequence");
    QTest::newRow("abcdefgh") << QByteArray("abcdefgh") << QString() << QStringLiteral("sequence");
    // Walks common enough to be on the password list are reported as common passwords.
    QTest::newRow("qwertyui") << QByteArray("qwertyui") << QString() << QStringLiteral("common");
    QTest::newRow("1qaz2wsx") << QByteArray("1qaz2wsx") << QString() << QStringLiteral("common");
    QTest::newRow("!QAZ2wsx") << QByteArray("!QAZ2wsx") << QString() << QStringLiteral("keyboard");
    QTest::newRow("zxcvbnm,./") << QByteArray("zxcvbnm,./") << QString() << QStringLiteral("keyboard");
    QTest::newRow("aaaaaaaa") << QByteArray("aaaaaaaa") << QString() << QStringLiteral("repeats");
    QTest::newRow("abcabcabcabc") << QByteArray("abcabcabcabc") << QString() << QStringLiteral("repeats");
    QTest::newRow("bawaslu2024") << QByteArray("bawaslu2024") << QString() << QStringLiteral("everybody here");
    QTest::newRow("rahasia") << QByteArray("rahasia1") << QString() << QStringLiteral("everybody here");
    QTest::newRow("sandi123") << QByteArray("sandi123") << QString() << QStringLiteral("everybody here");
    QTest::newRow("Rahasia2024!") << QByteArray("Rahasia2024!") << QString() << QStringLiteral("everybody here");
    QTest::newRow("bismillah") << QByteArray("bismillah") << QString() << QStringLiteral("everybody here");
    QTest::newRow("officer's name with digits")
        << QByteArray("SitiRahma77") << QStringLiteral("Siti Rahma") << QStringLiteral("everybody here");
    QTest::newRow("19450817") << QByteArray("19450817") << QString() << QStringLiteral("date");
}

void TestPassphrase::guessablePassphrasesSayWhy()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const Status status = checkNewPassphrase(passphrase, PassphraseKind::Officer, name);
    QVERIFY(!status);
    QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(status.error().untranslatedMessage().contains(reason), qPrintable(status.error().untranslatedMessage()));
}

void TestPassphrase::invalidUtf8NeverMatchesOtherBytes()
{
    // Decoded with replacement characters, these would all be "\ufffd\ufffd\ufffd\ufffd...".
    const QByteArray ff(12, '\xff');
    const QByteArray fe(12, '\xfe');
    const QByteArray lone("\xc3\xc3\xc3\xc3\xc3\xc3\xc3\xc3\xc3\xc3\xc3\xc3");
    const QByteArray replacement = QStringLiteral("\ufffd").repeated(12).toUtf8();
    for (PassphraseKind kind : {PassphraseKind::Officer, PassphraseKind::Recovery}) {
        const SecretBytes a = normalizedPassphrase(ff, kind);
        const SecretBytes b = normalizedPassphrase(fe, kind);
        const SecretBytes c = normalizedPassphrase(lone, kind);
        const SecretBytes d = normalizedPassphrase(replacement, kind);
        QVERIFY(!(a == b));
        QVERIFY(!(a == c));
        QVERIFY(!(a == d));
        QVERIFY(!(b == d));
        QVERIFY(a.view() == QByteArrayView(ff));
    }
}

void TestPassphrase::invalidUtf8IsRefusedAsNew()
{
    const QList<QByteArray> invalid = {
        QByteArray(20, '\xff'),
        QByteArray("kopi hujan sepeda \xc0\xaf"),         // overlong "/"
        QByteArray("kopi hujan sepeda \xed\xa0\x80"),     // a UTF-16 surrogate
        QByteArray("kopi hujan sepeda \xf4\x90\x80\x80"), // past U+10FFFF
        QByteArray("kopi hujan sepeda \xe2\x82"),         // cut off
    };
    for (const QByteArray &bytes : invalid) {
        for (PassphraseKind kind : {PassphraseKind::Officer, PassphraseKind::Recovery}) {
            const Status status = checkNewPassphrase(bytes, kind);
            QVERIFY2(!status, bytes.toHex().constData());
            QVERIFY(status.error().untranslatedMessage().contains(QLatin1String("UTF-8")));
        }
    }
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
