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
    QTest::newRow("officer 8 chars") << QStringLiteral("12345678") << false << QString() << true;
    QTest::newRow("officer 7 chars") << QStringLiteral("1234567") << false << QString() << false;
    QTest::newRow("officer 8 multibyte") << QStringLiteral("ééééééééé") << false << QString() << true;
    QTest::newRow("officer is name") << QStringLiteral("Ahmad Fauzi") << false << QStringLiteral("ahmad fauzi")
                                     << false;
    QTest::newRow("recovery 16") << QStringLiteral("meja kursi lemar") << true << QString() << true;
    QTest::newRow("recovery 15") << QStringLiteral("meja kursi lema") << true << QString() << false;
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

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
