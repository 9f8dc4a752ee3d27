// SPDX-License-Identifier: GPL-3.0-or-later
// A window learns of changes other PCs make to a server vault (PostgreSQL LISTEN/NOTIFY on the
// private cluster of tests/with-postgres.sh): two real connections to one vault, a change on one
// is told to the other with the log's sequence number and nothing else, never to itself, and a
// change rolled back is told to nobody. A vault file has nothing to tell. A server that goes away
// and comes back is listened to again, by the watcher itself or after the next statement, and the
// watcher says so (changedElsewhere(0)); those cases stop and restart the cluster (RUN_SERIAL).
#include "../common/testserver.h"
#include "../register/registertesting.h"

#include <core/storage/changelistener.h>
#include <core/storage/database.h>
#include <core/vault/vaultwatcher.h>

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// A window signed in to the office's server vault on a connection of its own, watching it.
struct Window
{
    explicit Window(Office &office)
        : vault(office.t.open())
    {
        require(vault->unlockFromKeychain(), "unlock");
        watcher = std::make_unique<VaultWatcher>(*vault);
        told = std::make_unique<QSignalSpy>(watcher.get(), &VaultWatcher::changedElsewhere);
    }

    std::unique_ptr<Vault> vault; // goes last: the watcher must go before the vault it watches
    std::unique_ptr<VaultWatcher> watcher;
    std::unique_ptr<QSignalSpy> told;
};

// The server goes away and comes back while the window makes one statement, which finds the
// connection lost; no event loop runs meanwhile. True when all of that happened.
bool statementMeetsARestart(Vault &window)
{
    if (!stopCluster()) {
        return false;
    }
    const bool readWithoutServer = window.log().count().ok();
    return restartCluster() && !readWithoutServer;
}

// The other PC (whose connection broke too: its first statement says so, its next connects again)
// adds an account, and the window hears of it with the log's sequence number.
void otherPcIsHeard(Office &office, const QSignalSpy &told)
{
    QVERIFY(!office.vault->log().count().ok());
    office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
    const qint64 seq = office.logCount();
    QTRY_VERIFY_WITH_TIMEOUT(told.size() > 1 && told.last().first().toLongLong() == seq, 30000);
}
} // namespace

class TestVaultWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeIsToldToTheOtherPc()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        Office office(QStringLiteral("72.05"), server.address().toString());
        // The second PC: its own connection to the same vault.
        std::unique_ptr<Vault> other = office.t.open();
        require(other->unlockFromKeychain(), "unlock");

        VaultWatcher here(*office.vault);
        VaultWatcher there(*other);
        QVERIFY(here.isLive());
        QVERIFY(there.isLive());
        QSignalSpy toldHere(&here, &VaultWatcher::changedElsewhere);
        QSignalSpy toldThere(&there, &VaultWatcher::changedElsewhere);

        office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
        QTRY_VERIFY(!toldThere.isEmpty());
        QCOMPARE(toldThere.last().first().toLongLong(), office.logCount()); // the log's newest entry
        // The other way round: a sign-in on the second PC is a change too (it is logged).
        const qsizetype thereBeforeSignIn = toldThere.size();
        valueOf(other->signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in there");
        QTRY_VERIFY(!toldHere.isEmpty());
        QTRY_COMPARE(toldHere.last().first().toLongLong(), office.logCount());
        // Nobody hears their own change.
        QTest::qWait(300);
        QCOMPARE(toldThere.size(), thereBeforeSignIn);
        const qsizetype hereBefore = toldHere.size();
        const qsizetype thereBefore = toldThere.size();
        office.addAccount(newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwslLakea")));
        QTRY_COMPARE(toldThere.size(), thereBefore + 1);
        QTest::qWait(300);
        QCOMPARE(toldHere.size(), hereBefore);
    }

    void aChangeRolledBackIsToldToNobody()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        Office office(QStringLiteral("72.05"), server.address().toString());
        std::unique_ptr<Vault> other = office.t.open();
        VaultWatcher there(*other);
        QSignalSpy told(&there, &VaultWatcher::changedElsewhere);
        const qint64 before = office.logCount();
        // A change that fails half-way: its entry and its announcement go with it.
        Status failed = office.vault->commitChange(
            office.budi, [&]() -> Result<QList<LogEvent>> { return Error(ErrorCode::InvalidInput, "refused"); });
        QVERIFY(!failed);
        {
            // The sealed head written, as every change writes it, and rolled back.
            auto transaction = Storage::Transaction::begin(office.vault->database());
            QVERIFY(transaction.ok());
            QSqlQuery query(office.vault->database().connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE vault_meta SET value = value WHERE key = 'log_head'")));
            QCOMPARE(query.numRowsAffected(), 1);
        } // rolled back
        QTest::qWait(300);
        QCOMPARE(told.size(), 0);
        QCOMPARE(office.logCount(), before);
        // What does commit is told.
        office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
        QTRY_COMPARE(told.size(), 1);
    }

    void aLostServerIsListenedToAgainByItself()
    {
        if (!clusterIsControllable()) {
            QSKIP("the cluster cannot be stopped here: run the suite through tests/with-postgres.sh");
        }
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        Office office(QStringLiteral("72.05"), server.address().toString());
        // The window's connection: only its watcher uses it from here on.
        Window window(office);
        QVERIFY(window.watcher->isLive());
        const QSignalSpy &told = *window.told;

        QVERIFY(stopCluster());
        // libpq reads the end of the listening connection as soon as the event loop lets it.
        const bool liveWithoutServer = QTest::qWaitFor([&] { return !window.watcher->isLive(); }, 30000);
        QTest::qWait(Storage::ChangeListener::CheckMs * 2); // attempts against a stopped server
        const bool toldWithoutServer = !told.isEmpty();
        QVERIFY(restartCluster()); // before any check, so a failed one leaves the cluster running
        QVERIFY(liveWithoutServer);
        QVERIFY(!toldWithoutServer);

        // Without a statement of the window's: the watcher opens the connection and listens again,
        // and says that what other PCs changed meanwhile was missed, once.
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 60000);
        QCOMPARE(told.first().first().toLongLong(), 0);
        QVERIFY(window.watcher->isLive());
        QTest::qWait(Storage::ChangeListener::CheckMs + 500);
        QCOMPARE(told.size(), 1);
        otherPcIsHeard(office, told);
    }

    void aStatementThatReconnectsListensAgain()
    {
        if (!clusterIsControllable()) {
            QSKIP("the cluster cannot be stopped here: run the suite through tests/with-postgres.sh");
        }
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        Office office(QStringLiteral("72.05"), server.address().toString());
        Window window(office);
        const quint64 firstConnection = window.vault->database().connectionNumber();

        // No event loop from here until the window's statement: only that statement reconnects.
        QVERIFY(statementMeetsARestart(*window.vault));
        QVERIFY(!window.watcher->isLive());
        QVERIFY(window.vault->log().count().ok()); // the next one opens it again
        QVERIFY(window.vault->database().connectionNumber() > firstConnection);

        QTRY_VERIFY_WITH_TIMEOUT(!window.told->isEmpty(), 30000);
        QCOMPARE(window.told->first().first().toLongLong(), 0);
        QVERIFY(window.watcher->isLive());
        QTest::qWait(Storage::ChangeListener::CheckMs + 500);
        QCOMPARE(window.told->size(), 1);
        otherPcIsHeard(office, *window.told);
    }

    void noListenCutsALongReadShort()
    {
        // The window's log verification reads under its progress dialog, which lets events run: a
        // LISTEN sent meanwhile would make libpq drop the rest of the read. It waits for the read.
        if (!clusterIsControllable()) {
            QSKIP("the cluster cannot be stopped here: run the suite through tests/with-postgres.sh");
        }
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        Office office(QStringLiteral("72.05"), server.address().toString());
        Window window(office);
        QVERIFY(statementMeetsARestart(*window.vault));
        {
            const Storage::ReadInProgress reading(window.vault->database());
            QVERIFY(window.vault->log().count().ok());                // reconnects, as a long read's first statement
            QTest::qWait(Storage::ChangeListener::CheckMs * 2 + 500); // the read lets events run
            QVERIFY(window.told->isEmpty());
            QVERIFY(!window.watcher->isLive());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.told->isEmpty(), 30000);
        QCOMPARE(window.told->first().first().toLongLong(), 0);
        QVERIFY(window.watcher->isLive());
    }

    void aFileHasNothingToTell()
    {
        Office office;
        VaultWatcher watcher(*office.vault);
        QVERIFY(!watcher.isLive());
        QSignalSpy told(&watcher, &VaultWatcher::changedElsewhere);
        office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
        QCOMPARE(told.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVaultWatcher)
#include "tst_vaultwatcher.moc"
