// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keychain/memorykeystore.h"

#include <QTest>

using namespace Brankas;

namespace {

SecretBytes bytes(QByteArrayView data)
{
    return SecretBytes::fromView(data);
}

const char *describe(const Error &error)
{
    static QByteArray text;
    text = (errorCodeName(error.code()) + QStringLiteral(": ") + error.untranslatedMessage()).toUtf8();
    return text.constData();
}

} // namespace

class TestMemoryKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendName();
    void writeThenRead();
    void overwrite();
    void vaultsAreIndependent();
    void readGivesAnIndependentCopy();
    void readMissing();
    void removeThenReadIsMissing();
    void removeMissingSucceeds();
    void emptyVaultIdIsRejected();
    void failWithAffectsEveryCall();
};

void TestMemoryKeyStore::backendName()
{
    QCOMPARE(MemoryKeyStore().backendName(), QStringLiteral("memory"));
}

void TestMemoryKeyStore::writeThenRead()
{
    MemoryKeyStore store;
    const QByteArray key("\x00\x01\xfe\xff key", 9);
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes(key)).ok());
    const Result<SecretBytes> read = store.readKey(QStringLiteral("vault-a"));
    QVERIFY2(read.ok(), describe(read.error()));
    QCOMPARE(read->view().toByteArray(), QByteArray(key));
}

void TestMemoryKeyStore::overwrite()
{
    MemoryKeyStore store;
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("first key")).ok());
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("second")).ok());
    const Result<SecretBytes> read = store.readKey(QStringLiteral("vault-a"));
    QVERIFY2(read.ok(), describe(read.error()));
    QCOMPARE(read->view().toByteArray(), QByteArray("second"));
}

void TestMemoryKeyStore::vaultsAreIndependent()
{
    MemoryKeyStore store;
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("key a")).ok());
    QVERIFY(store.writeKey(QStringLiteral("vault-b"), bytes("key b")).ok());
    QCOMPARE(store.readKey(QStringLiteral("vault-a"))->view().toByteArray(), QByteArray("key a"));
    QCOMPARE(store.readKey(QStringLiteral("vault-b"))->view().toByteArray(), QByteArray("key b"));

    QVERIFY(store.removeKey(QStringLiteral("vault-a")).ok());
    QCOMPARE(store.readKey(QStringLiteral("vault-a")).error().code(), ErrorCode::KeychainEntryMissing);
    QCOMPARE(store.readKey(QStringLiteral("vault-b"))->view().toByteArray(), QByteArray("key b"));
}

void TestMemoryKeyStore::readGivesAnIndependentCopy()
{
    MemoryKeyStore store;
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("key a")).ok());
    Result<SecretBytes> first = store.readKey(QStringLiteral("vault-a"));
    QVERIFY(first.ok());
    first->data()[0] = 'X';
    first->clear();
    QCOMPARE(store.readKey(QStringLiteral("vault-a"))->view().toByteArray(), QByteArray("key a"));
}

void TestMemoryKeyStore::readMissing()
{
    MemoryKeyStore store;
    const Result<SecretBytes> read = store.readKey(QStringLiteral("never-written"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::KeychainEntryMissing);
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("recovery passphrase")));
}

void TestMemoryKeyStore::removeThenReadIsMissing()
{
    MemoryKeyStore store;
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("key a")).ok());
    QVERIFY(store.removeKey(QStringLiteral("vault-a")).ok());
    QCOMPARE(store.readKey(QStringLiteral("vault-a")).error().code(), ErrorCode::KeychainEntryMissing);
}

void TestMemoryKeyStore::removeMissingSucceeds()
{
    // Same decision as SystemKeyStore: removing is idempotent.
    MemoryKeyStore store;
    QVERIFY(store.removeKey(QStringLiteral("never-written")).ok());
}

void TestMemoryKeyStore::emptyVaultIdIsRejected()
{
    MemoryKeyStore store;
    QCOMPARE(store.writeKey(QString(), bytes("key")).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(store.readKey(QString()).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(store.removeKey(QString()).error().code(), ErrorCode::InvalidInput);
}

void TestMemoryKeyStore::failWithAffectsEveryCall()
{
    MemoryKeyStore store;
    QVERIFY(store.writeKey(QStringLiteral("vault-a"), bytes("key a")).ok());

    store.failWith(Error(ErrorCode::KeychainDenied, "denied for the test"));
    QCOMPARE(store.readKey(QStringLiteral("vault-a")).error().code(), ErrorCode::KeychainDenied);
    QCOMPARE(store.writeKey(QStringLiteral("vault-b"), bytes("key b")).error().code(), ErrorCode::KeychainDenied);
    QCOMPARE(store.removeKey(QStringLiteral("vault-a")).error().code(), ErrorCode::KeychainDenied);

    // The failure hid the store but did not change it.
    store.failWith(Error());
    QCOMPARE(store.readKey(QStringLiteral("vault-a"))->view().toByteArray(), QByteArray("key a"));
    QCOMPARE(store.readKey(QStringLiteral("vault-b")).error().code(), ErrorCode::KeychainEntryMissing);
}

QTEST_GUILESS_MAIN(TestMemoryKeyStore)

#include "tst_memorykeystore.moc"
