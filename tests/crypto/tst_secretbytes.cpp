// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/secretbytes.h"
#include "core/crypto/wipe.h"

#include <QTest>

using namespace Brankas;
using namespace Brankas::Crypto;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsEmpty();
    void sizedIsZeroFilled_data();
    void sizedIsZeroFilled();
    void fromViewCopies();
    void moveConstructEmptiesSource();
    void moveAssignEmptiesSource();
    void selfMoveAssignKeepsValue();
    void cloneIsEqualAndIndependent();
    void takeFromClearsSource();
    void takeFromLeavesSharedCopyAlone();
    void clearEmpties();
    void equality_data();
    void equality();
    void wipeZeroes();
    void constantTimeEqual_data();
    void constantTimeEqual();
};

void TestSecretBytes::defaultIsEmpty()
{
    const SecretBytes secret;
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.size(), 0);
    QVERIFY(secret.data() == nullptr);
    QVERIFY(secret.view().isEmpty());
}

void TestSecretBytes::sizedIsZeroFilled_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("expectedSize");

    QTest::newRow("negative") << qsizetype(-5) << qsizetype(0);
    QTest::newRow("zero") << qsizetype(0) << qsizetype(0);
    QTest::newRow("one") << qsizetype(1) << qsizetype(1);
    QTest::newRow("key") << qsizetype(32) << qsizetype(32);
}

void TestSecretBytes::sizedIsZeroFilled()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, expectedSize);

    const SecretBytes secret(size);
    QCOMPARE(secret.size(), expectedSize);
    QVERIFY(secret.view() == QByteArray(expectedSize, '\0'));
}

void TestSecretBytes::fromViewCopies()
{
    QByteArray source = QByteArrayLiteral("kata sandi");
    const SecretBytes secret = SecretBytes::fromView(source);
    source[0] = 'X';
    QVERIFY(secret.view() == QByteArrayView("kata sandi"));
    QVERIFY(secret.toByteArrayUnsafe() == QByteArrayLiteral("kata sandi"));
}

void TestSecretBytes::moveConstructEmptiesSource()
{
    SecretBytes source = SecretBytes::fromView("secret");
    const unsigned char *bytes = source.data();
    SecretBytes target(std::move(source));

    // The bytes move rather than being copied, so no second copy is left behind to wipe.
    QVERIFY(target.data() == bytes);
    QVERIFY(target.view() == QByteArrayView("secret"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(source.data() == nullptr);
}

void TestSecretBytes::moveAssignEmptiesSource()
{
    SecretBytes source = SecretBytes::fromView("new secret");
    SecretBytes target = SecretBytes::fromView("old secret");
    target = std::move(source);
    QVERIFY(target.view() == QByteArrayView("new secret"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(source.data() == nullptr);
}

void TestSecretBytes::selfMoveAssignKeepsValue()
{
    SecretBytes secret = SecretBytes::fromView("secret");
    SecretBytes &alias = secret;
    secret = std::move(alias);
    QVERIFY(secret.view() == QByteArrayView("secret"));
}

void TestSecretBytes::cloneIsEqualAndIndependent()
{
    const SecretBytes original = SecretBytes::fromView("secret");
    SecretBytes copy = original.clone();
    QVERIFY(copy == original);
    QVERIFY(copy.data() != original.data());

    copy.data()[0] = 'S';
    QVERIFY(!(copy == original));
    QVERIFY(original.view() == QByteArrayView("secret"));
}

void TestSecretBytes::takeFromClearsSource()
{
    QByteArray source = QByteArrayLiteral("from the clipboard");
    source.detach();
    const SecretBytes secret = SecretBytes::takeFrom(source);
    QVERIFY(secret.view() == QByteArrayView("from the clipboard"));
    QVERIFY(source.isEmpty());
}

void TestSecretBytes::takeFromLeavesSharedCopyAlone()
{
    // Only the array handed over is wiped; another array that shared its data keeps its bytes,
    // which is what implicit sharing promises.
    QByteArray source = QByteArray("shared value");
    const QByteArray other = source;
    const SecretBytes secret = SecretBytes::takeFrom(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(other, QByteArray("shared value"));
    QVERIFY(secret.view() == QByteArrayView("shared value"));
}

void TestSecretBytes::clearEmpties()
{
    SecretBytes secret = SecretBytes::fromView("secret");
    secret.clear();
    QVERIFY(secret.isEmpty());
    QVERIFY(secret.data() == nullptr);
    secret.clear();
    QVERIFY(secret.isEmpty());
}

void TestSecretBytes::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArrayLiteral("abc") << QByteArrayLiteral("abc") << true;
    QTest::newRow("last byte differs") << QByteArrayLiteral("abc") << QByteArrayLiteral("abd") << false;
    QTest::newRow("prefix") << QByteArrayLiteral("abc") << QByteArrayLiteral("ab") << false;
    QTest::newRow("empty and not") << QByteArray() << QByteArrayLiteral("a") << false;
    QTest::newRow("embedded zero") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestSecretBytes::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(SecretBytes::fromView(a) == SecretBytes::fromView(b), equal);
}

void TestSecretBytes::wipeZeroes()
{
    QByteArray bytes = QByteArrayLiteral("secret");
    wipe(bytes);
    QCOMPARE(bytes, QByteArray(6, '\0'));

    QString text = QStringLiteral("kata sandi");
    wipe(text);
    QCOMPARE(text, QString(10, QChar(0)));

    char raw[4] = {'a', 'b', 'c', 'd'};
    wipe(raw, sizeof raw);
    QVERIFY(QByteArrayView(raw, sizeof raw) == QByteArray(4, '\0'));
}

void TestSecretBytes::constantTimeEqual_data()
{
    equality_data();
}

void TestSecretBytes::constantTimeEqual()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(Crypto::constantTimeEqual(a, b), equal);
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
