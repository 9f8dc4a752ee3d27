// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keychain/systemkeystore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>

#ifdef BRANKAS_TEST_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QMutex>
#include <QMutexLocker>
#endif

#include <memory>
#include <optional>

using namespace Brankas;
using namespace std::chrono_literals;

namespace {

// ctest registers this executable several times; each registration says through the environment which kind of
// keychain the process sees, and init() skips the functions written for another kind.
enum class Mode { RealKeyring, NoKeychain, Unresponsive };

Mode currentMode()
{
    if (qEnvironmentVariableIsSet("BRANKAS_EXPECT_NO_KEYCHAIN")) {
        return Mode::NoKeychain;
    }
    if (qEnvironmentVariableIsSet("BRANKAS_UNRESPONSIVE_KEYCHAIN")) {
        return Mode::Unresponsive;
    }
    return Mode::RealKeyring;
}

const char *describe(const Error &error)
{
    static QByteArray text;
    text = (errorCodeName(error.code()) + QStringLiteral(": ") + error.untranslatedMessage() + QStringLiteral(" [") +
            error.detail() +
            QStringLiteral("] (the keychain tests need a Secret Service: run ctest through tests/with-keyring.sh)"))
               .toUtf8();
    return text.constData();
}

// Unique per run: every suite of the ctest run shares one keyring, and a leftover entry from a crashed run must not
// make a "missing" check pass or fail by accident.
QString newVaultId()
{
    return QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SecretBytes testKey(char seed)
{
    // Binary on purpose: zero bytes and bytes above 0x7f must survive the trip through the Secret Service.
    SecretBytes key(32);
    for (int i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<unsigned char>(seed + i * 37);
    }
    key.data()[5] = 0;
    return key;
}

#ifdef BRANKAS_TEST_SECRET_SERVICE
// Stands in for the Secret Service: takes every call libsecret makes and holds the answer back until told to
// answer, with an error, everything it holds and everything after.
class UnresponsiveSecretService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QMutexLocker locker(&m_mutex);
        ++m_received;
        if (m_answering) {
            connection.send(errorReply(message));
        } else {
            m_held.append(message);
        }
        return true;
    }

    int received() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_received;
    }

    void startAnswering(const QDBusConnection &connection)
    {
        const QMutexLocker locker(&m_mutex);
        m_answering = true;
        for (const QDBusMessage &message : std::as_const(m_held)) {
            connection.send(errorReply(message));
        }
        m_held.clear();
    }

private:
    static QDBusMessage errorReply(const QDBusMessage &message)
    {
        return message.createErrorReply(QDBusError::Failed, QStringLiteral("Brankas test service refuses this call"));
    }

    mutable QMutex m_mutex;
    QList<QDBusMessage> m_held;
    int m_received = 0;
    bool m_answering = false;
};
#endif

} // namespace

class TestSystemKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();

    void entryKeyHasBrankasPrefix();
    void backendName();
    void emptyVaultIdIsRejected();
    void otherThreadIsRefused();

    // Real gnome-keyring (tests/with-keyring.sh).
    void writeThenRead();
    void storedInSecretService();
    void overwrite();
    void vaultsAreIndependent();
    void removeThenReadIsMissing();
    void removeMissingSucceeds();

    // Registered separately in CMakeLists.txt.
    void unavailableBackend();
    void unresponsiveService();

private:
    QString track(QString vaultId)
    {
        m_written.append(vaultId);
        return vaultId;
    }

    QStringList m_written;
};

void TestSystemKeyStore::init()
{
    const QByteArray function = QTest::currentTestFunction();
    Mode wanted = Mode::RealKeyring;
    if (function == "unavailableBackend") {
        wanted = Mode::NoKeychain;
    } else if (function == "unresponsiveService") {
        wanted = Mode::Unresponsive;
    } else if (function == "entryKeyHasBrankasPrefix" || function == "backendName" ||
               function == "emptyVaultIdIsRejected" || function == "otherThreadIsRefused") {
        return; // never reach the keychain
    }
    if (wanted != currentMode()) {
        QSKIP("written for another keychain setup; see tests/keychain/CMakeLists.txt");
    }
}

void TestSystemKeyStore::cleanupTestCase()
{
    if (currentMode() != Mode::RealKeyring) {
        return;
    }
    SystemKeyStore store;
    for (const QString &vaultId : std::as_const(m_written)) {
        (void)store.removeKey(vaultId);
    }
}

void TestSystemKeyStore::entryKeyHasBrankasPrefix()
{
    QCOMPARE(SystemKeyStore::entryKey(QStringLiteral("1234-abcd")), QStringLiteral("Brankas vault 1234-abcd"));
}

void TestSystemKeyStore::backendName()
{
#if defined(Q_OS_WIN)
    QCOMPARE(SystemKeyStore().backendName(), QStringLiteral("Windows Credential Manager"));
#elif defined(Q_OS_MACOS)
    QCOMPARE(SystemKeyStore().backendName(), QStringLiteral("macOS Keychain"));
#else
    QCOMPARE(SystemKeyStore().backendName(), QStringLiteral("Secret Service"));
#endif
}

void TestSystemKeyStore::emptyVaultIdIsRejected()
{
    SystemKeyStore store;
    QCOMPARE(store.readKey(QString()).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(store.writeKey(QString(), testKey(1)).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(store.removeKey(QString()).error().code(), ErrorCode::InvalidInput);
}

void TestSystemKeyStore::otherThreadIsRefused()
{
    SystemKeyStore store;
    const QString vaultId = newVaultId();
    std::optional<Result<SecretBytes>> read;
    std::optional<Status> written;
    std::optional<Status> removed;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        read.emplace(store.readKey(vaultId));
        written.emplace(store.writeKey(vaultId, testKey(1)));
        removed.emplace(store.removeKey(vaultId));
    }));
    thread->start();
    QVERIFY(thread->wait(QDeadlineTimer(10s)));
    QCOMPARE(read->error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(written->error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(removed->error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(read->error().detail().contains(QStringLiteral("thread")));
}

void TestSystemKeyStore::writeThenRead()
{
    SystemKeyStore store;
    const QString vaultId = track(newVaultId());
    const Status written = store.writeKey(vaultId, testKey(1));
    QVERIFY2(written.ok(), describe(written.error()));

    const Result<SecretBytes> read = store.readKey(vaultId);
    QVERIFY2(read.ok(), describe(read.error()));
    QVERIFY(read.value() == testKey(1));
}

void TestSystemKeyStore::storedInSecretService()
{
    // Proves the key went to gnome-keyring under the documented attributes, not to some fallback store.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty()) {
        QSKIP("secret-tool (libsecret-tools) is not installed");
    }
    SystemKeyStore store;
    const QString vaultId = track(newVaultId());
    const Status written = store.writeKey(vaultId, testKey(7));
    QVERIFY2(written.ok(), describe(written.error()));

    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Brankas"),
                              QStringLiteral("user"), SystemKeyStore::entryKey(vaultId)});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    // QtKeychain keeps binary data base64-encoded, marked with type=base64.
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), testKey(7).view().toByteArray().toBase64());
}

void TestSystemKeyStore::overwrite()
{
    SystemKeyStore store;
    const QString vaultId = track(newVaultId());
    QVERIFY(store.writeKey(vaultId, testKey(1)).ok());
    const Status rewritten = store.writeKey(vaultId, testKey(2));
    QVERIFY2(rewritten.ok(), describe(rewritten.error()));

    const Result<SecretBytes> read = store.readKey(vaultId);
    QVERIFY2(read.ok(), describe(read.error()));
    QVERIFY(read.value() == testKey(2));
}

void TestSystemKeyStore::vaultsAreIndependent()
{
    SystemKeyStore store;
    const QString first = track(newVaultId());
    const QString second = track(newVaultId());
    QVERIFY(store.writeKey(first, testKey(1)).ok());
    QVERIFY(store.writeKey(second, testKey(2)).ok());

    Result<SecretBytes> read = store.readKey(first);
    QVERIFY2(read.ok(), describe(read.error()));
    QVERIFY(read.value() == testKey(1));
    read = store.readKey(second);
    QVERIFY2(read.ok(), describe(read.error()));
    QVERIFY(read.value() == testKey(2));

    QVERIFY(store.removeKey(first).ok());
    QCOMPARE(store.readKey(first).error().code(), ErrorCode::KeychainEntryMissing);
    read = store.readKey(second);
    QVERIFY2(read.ok(), describe(read.error()));
    QVERIFY(read.value() == testKey(2));
}

void TestSystemKeyStore::removeThenReadIsMissing()
{
    SystemKeyStore store;
    const QString vaultId = track(newVaultId());
    QVERIFY(store.writeKey(vaultId, testKey(3)).ok());
    const Status removed = store.removeKey(vaultId);
    QVERIFY2(removed.ok(), describe(removed.error()));

    const Result<SecretBytes> read = store.readKey(vaultId);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::KeychainEntryMissing);
    // The officer must not read "missing" as "never saved": a locked keyring answers the same way.
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("locked")));
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("recovery passphrase")));
    QVERIFY(!read.error().detail().isEmpty());
}

void TestSystemKeyStore::removeMissingSucceeds()
{
    // Decision: removing is idempotent. The Secret Service reports success for a missing entry anyway, and
    // SystemKeyStore turns the EntryNotFound of Windows and macOS into success too.
    SystemKeyStore store;
    const Status removed = store.removeKey(newVaultId());
    QVERIFY2(removed.ok(), describe(removed.error()));
}

void TestSystemKeyStore::unavailableBackend()
{
    // A generous timeout, so an answer that only came by waiting shows up as KeychainTimeout, not as a pass.
    SystemKeyStore store(20s);
    const QString vaultId = newVaultId();
    QElapsedTimer clock;

    clock.start();
    const Result<SecretBytes> read = store.readKey(vaultId);
    QCOMPARE(read.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!read.error().detail().isEmpty());
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("recovery passphrase")));
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("Secret Service")));

    clock.start();
    const Status written = store.writeKey(vaultId, testKey(1));
    QCOMPARE(written.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));

    clock.start();
    const Status removed = store.removeKey(vaultId);
    QCOMPARE(removed.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestSystemKeyStore::unresponsiveService()
{
#ifndef BRANKAS_TEST_SECRET_SERVICE
    QSKIP("needs the D-Bus Secret Service backend");
#else
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "needs a session bus: run ctest through tests/with-keyring.sh");
    UnresponsiveSecretService service;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &service, QDBusConnection::SubPath));
    // libsecret reads SECRET_SERVICE_BUS_NAME (meant for its own tests) when it first connects: this process talks
    // to the fake, while the real gnome-keyring keeps serving the other suites on the same bus.
    const QString busName = QStringLiteral("org.brankas.test.unresponsive.p%1").arg(QCoreApplication::applicationPid());
    QVERIFY(bus.registerService(busName));
    qputenv("SECRET_SERVICE_BUS_NAME", busName.toUtf8());

    SystemKeyStore impatient(300ms);
    const QString vaultId = newVaultId();
    QElapsedTimer clock;
    clock.start();
    const Result<SecretBytes> read = impatient.readKey(vaultId);
    QCOMPARE(read.error().code(), ErrorCode::KeychainTimeout);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(read.error().untranslatedMessage().contains(QStringLiteral("did not answer within 1 seconds")));
    QVERIFY(!read.error().detail().isEmpty());
    // The call does reach the fake (on a slow machine only after the timeout, hence the wait): the timeout comes
    // from the missing answer, not from a failure on the way.
    QTRY_VERIFY_WITH_TIMEOUT(service.received() > 0, 10000);

    // QtKeychain runs one job at a time and the abandoned read still holds the queue: the write waits for it and
    // gives up without sending anything, so it cannot be carried out later behind the caller's back.
    const int receivedBeforeWrite = service.received();
    const Status written = impatient.writeKey(vaultId, testKey(1));
    QCOMPARE(written.error().code(), ErrorCode::KeychainTimeout);
    QVERIFY2(written.error().detail().contains(QStringLiteral("earlier")), qPrintable(written.error().detail()));
    QCOMPARE(service.received(), receivedBeforeWrite);

    // Now the late answers arrive, after both calls have returned. The abandoned jobs must finish and clean up
    // without touching the freed stack of those calls, and free the queue: a new call gets through at once.
    service.startAnswering(bus);
    SystemKeyStore patient(20s);
    clock.start();
    const Result<SecretBytes> again = patient.readKey(vaultId);
    QCOMPARE(again.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(again.error().detail().contains(QStringLiteral("Brankas test service")),
             qPrintable(again.error().detail()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"), QDBusConnection::UnregisterTree);
    bus.unregisterService(busName);
#endif
}

QTEST_GUILESS_MAIN(TestSystemKeyStore)

#include "tst_systemkeystore.moc"
