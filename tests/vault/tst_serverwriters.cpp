// SPDX-License-Identifier: GPL-3.0-or-later
// Several PCs writing one server vault at the same moment (the private cluster of
// tests/with-postgres.sh). Each "PC" is a vault connection in a thread of its own, as a connection
// belongs to the thread that opened it. The test holds the vault's writer lock itself until every
// PC is waiting for it, then lets go: they meet exactly where two real PCs would collide.
#include "../common/testserver.h"
#include "../handover/handovertesting.h"

#include <core/log/logactions.h>
#include <core/storage/database.h>
#include <core/storage/logstore.h>

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <functional>
#include <thread>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Holds the log head's lock, the one every writer of the vault takes first, from a connection of
// its own; counts the connections waiting for it.
class HeadHolder
{
public:
    explicit HeadHolder(const VaultAddress &address)
    {
        auto db = Storage::Database::open(address, Storage::Database::Mode::ReadWrite);
        if (!db) {
            qFatal("holder: %s", qPrintable(db.error().untranslatedMessage()));
        }
        m_db = std::move(db).value();
    }

    void take()
    {
        m_transaction = std::move(Storage::Transaction::begin(*m_db)).value();
        require(Storage::LogStore(*m_db).lockHead(), "take the head");
    }

    void release() { require(m_transaction->commit(), "release the head"); }

    // Until `count` connections wait for the head (or ten seconds have passed).
    bool waitForWaiters(int count)
    {
        for (int tries = 0; tries < 1000; ++tries) {
            QSqlQuery query(m_db->connection());
            if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                           "AND database = (SELECT oid FROM pg_database WHERE datname = "
                                           "current_database())")) ||
                !query.next()) {
                return false;
            }
            if (query.value(0).toInt() >= count) {
                return true;
            }
            QThread::msleep(10);
        }
        return false;
    }

    // The tables into which the connections waiting for the head have written meanwhile.
    QStringList tablesWrittenByWaiters()
    {
        QSqlQuery query(m_db->connection());
        QStringList tables;
        if (!query.exec(QStringLiteral(
                "SELECT DISTINCT c.relname FROM pg_locks w JOIN pg_locks r ON r.pid = w.pid "
                "JOIN pg_class c ON c.oid = r.relation WHERE w.locktype = 'advisory' AND NOT w.granted "
                "AND r.locktype = 'relation' AND r.mode = 'RowExclusiveLock' AND c.relkind = 'r' ORDER BY 1"))) {
            qFatal("pg_locks: %s", qPrintable(query.lastError().text()));
        }
        while (query.next()) {
            tables << query.value(0).toString();
        }
        return tables;
    }

private:
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::Transaction> m_transaction;
};

// Runs `prepare` and then, once the test says go, `act`, on a vault connection of this PC's own.
struct OtherPc
{
    std::function<void(Vault &)> prepare;
    std::function<void(Vault &)> act;
};

// Starts every PC, holds the head while they prepare and until all of them wait for it, looks at
// them waiting, and lets go.
void atOnce(TestVault &files, const VaultAddress &address, const QList<OtherPc> &pcs,
            const std::function<void(HeadHolder &)> &whileTheyWait = {})
{
    HeadHolder holder(address);
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::thread> threads;
    for (const OtherPc &pc : pcs) {
        threads.emplace_back([&files, &ready, &go, pc] {
            auto vault = Vault::open(files.path, Vault::Access::ReadWrite, files.environment());
            if (!vault) {
                qFatal("open: %s", qPrintable(vault.error().untranslatedMessage()));
            }
            pc.prepare(*vault.value());
            ready.release();
            go.acquire();
            pc.act(*vault.value());
        });
    }
    ready.acquire(int(pcs.size()));
    holder.take();
    go.release(int(pcs.size()));
    const bool waiting = holder.waitForWaiters(int(pcs.size()));
    if (waiting && whileTheyWait) {
        whileTheyWait(holder);
    }
    holder.release();
    for (std::thread &thread : threads) {
        thread.join();
    }
    QVERIFY2(waiting, "the PCs never waited for the log's head");
}

std::unique_ptr<TestServer> server()
{
    if (!TestServer::cluster()) {
        return nullptr;
    }
    auto result = std::make_unique<TestServer>(*TestServer::cluster());
    return result->ok() ? std::move(result) : nullptr;
}

void unlock(Vault &vault)
{
    require(vault.unlockFromKeychain(), "unlock");
}
} // namespace

class TestServerWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    // Two PCs finalise handovers of the same year at the same moment: each takes its number after
    // the other's, never the same one, and the log's chain stays whole.
    void handoverNumbersFromTwoPcsAtOnce()
    {
        auto cluster = server();
        QVERIFY(cluster);
        HandoverOffice office(cluster->address().toString());
        Handovers handovers(*office.vault);
        const Handover first = valueOf(
            handovers.create(office.budi, office.spec(HandoverKind::Activation, {office.instagram.id})), "first");
        const Handover second = valueOf(
            handovers.create(office.budi, office.spec(HandoverKind::Activation, {office.facebook.id})), "second");

        Result<Handover> results[2] = {Error(ErrorCode::Storage, "not run"), Error(ErrorCode::Storage, "not run")};
        QList<OtherPc> pcs;
        for (int pc = 0; pc < 2; ++pc) {
            auto session = std::make_shared<Session>();
            const qint64 id = pc == 0 ? first.id : second.id;
            pcs << OtherPc{
                [session](Vault &vault) {
                    unlock(vault);
                    *session = valueOf(vault.signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in");
                },
                [session, id, &results, pc](Vault &vault) { results[pc] = Handovers(vault).finalize(*session, id); }};
        }
        atOnce(office.t, cluster->address(), pcs);

        QStringList numbers;
        QList<int> sequences;
        for (const Result<Handover> &result : results) {
            QVERIFY2(result.ok(), result ? "" : qPrintable(result.error().untranslatedMessage()));
            numbers << result.value().number;
            sequences << result.value().sequence;
        }
        std::sort(sequences.begin(), sequences.end());
        QCOMPARE(sequences, (QList<int>{1, 2}));
        QVERIFY(numbers.at(0) != numbers.at(1));
        const auto verified = office.vault->verifyLog(&office.siti, {}, true);
        QVERIFY2(verified.ok() && verified.value().intact(), "the log's chain broke");
    }

    // Two PCs finalising the same draft at once: the second finds it finalised, and the handover
    // keeps the one number it was given.
    void oneDraftFinalisedTwiceAtOnce()
    {
        auto cluster = server();
        QVERIFY(cluster);
        HandoverOffice office(cluster->address().toString());
        // A transfer: the account stays active, so nothing but the handover itself tells the
        // second finalisation that the first happened.
        office.changeStatus(office.instagram.id, AccountStatus::Active);
        const Handover draft = valueOf(
            Handovers(*office.vault).create(office.budi, office.spec(HandoverKind::Transfer, {office.instagram.id})),
            "draft");

        Result<Handover> results[2] = {Error(ErrorCode::Storage, "not run"), Error(ErrorCode::Storage, "not run")};
        QList<OtherPc> pcs;
        for (int pc = 0; pc < 2; ++pc) {
            auto session = std::make_shared<Session>();
            pcs << OtherPc{[session](Vault &vault) {
                               unlock(vault);
                               *session = valueOf(vault.signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in");
                           },
                           [session, &draft, &results, pc](Vault &vault) {
                               results[pc] = Handovers(vault).finalize(*session, draft.id);
                           }};
        }
        atOnce(office.t, cluster->address(), pcs);

        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const Result<Handover> &refused = results[0].ok() ? results[1] : results[0];
        QVERIFY2(refused.error().untranslatedMessage().contains(QStringLiteral("was finalised as")),
                 qPrintable(refused.error().untranslatedMessage()));
        LogFilter filter;
        filter.actionPrefix = LogAction::handoverFinalized();
        QCOMPARE(valueOf(office.vault->log().entries(filter), "entries").size(), 1);
    }

    // A new account re-reads nothing another PC could change: it writes its rows while another PC
    // holds the log's head, and waits for the head only for its log entries. A status change
    // re-reads the status it changes, so it waits before it writes anything.
    void onlyAddsWriteBeforeTheHead_data()
    {
        QTest::addColumn<bool>("add");
        QTest::addColumn<QStringList>("writtenWhileWaiting");
        QTest::newRow("two accounts added") << true
                                            << QStringList{QStringLiteral("account"), QStringLiteral("account_secret"),
                                                           QStringLiteral("account_status_change")};
        QTest::newRow("two statuses changed") << false << QStringList{};
    }

    void onlyAddsWriteBeforeTheHead()
    {
        QFETCH(bool, add);
        QFETCH(QStringList, writtenWhileWaiting);
        auto cluster = server();
        QVERIFY(cluster);
        Office office(QStringLiteral("72.05"), cluster->address().toString());
        QList<qint64> existing;
        const auto permanent = [](const QString &handle) {
            NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, handle);
            spec.nature = AccountNature::Permanent;
            spec.status = AccountStatus::Requested;
            return spec;
        };
        for (const char *handle : {"panwaslu.momunu", "panwaslu.bokat"}) {
            existing << office.addAccount(permanent(QString::fromLatin1(handle))).id;
        }
        const qint64 accountsBefore = office.rows("account");

        Result<Account> results[2] = {Error(ErrorCode::Storage, "not run"), Error(ErrorCode::Storage, "not run")};
        QList<OtherPc> pcs;
        for (int pc = 0; pc < 2; ++pc) {
            auto session = std::make_shared<Session>();
            pcs << OtherPc{[session](Vault &vault) {
                               unlock(vault);
                               *session = valueOf(vault.signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in");
                           },
                           [session, add, permanent, id = existing.at(pc), &results, pc](Vault &vault) {
                               const SecretBytes password = secret("Sandi-Baru-42!");
                               results[pc] =
                                   add ? Accounts(vault).add(*session, permanent(QStringLiteral("pc%1.momunu").arg(pc)),
                                                             &password)
                                       : Accounts(vault).changeStatus(*session, id, AccountStatus::Active,
                                                                      QStringLiteral("aktif"));
                           }};
        }
        QStringList written;
        atOnce(office.t, cluster->address(), pcs,
               [&written](HeadHolder &holder) { written = holder.tablesWrittenByWaiters(); });

        QCOMPARE(written, writtenWhileWaiting);
        for (const Result<Account> &result : results) {
            QVERIFY2(result.ok(), result ? "" : qPrintable(result.error().untranslatedMessage()));
        }
        QCOMPARE(office.rows("account"), accountsBefore + (add ? 2 : 0));
        const auto verified = office.vault->log().verify({}, true);
        QVERIFY2(verified.ok() && verified.value().intact(), "the log's chain broke");
        QCOMPARE(verified.value().entries, office.logCount());
    }

    // A verification reads the signatures, every entry and the sealed head one after the other.
    // Another PC that appends between those reads must not make an intact log look cut short; the
    // next verification sees what it added.
    void verificationWhileAnotherPcWrites()
    {
        auto cluster = server();
        QVERIFY(cluster);
        Office office(QStringLiteral("72.05"), cluster->address().toString());
        // Enough entries for the verification to report its progress (every 4,096) before its end.
        std::vector<NewAccountEntry> many;
        for (int i = 0; i < 4200; ++i) {
            NewAccountEntry entry;
            entry.spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("akun.%1").arg(i));
            entry.spec.nature = AccountNature::Permanent;
            many.push_back(entry);
        }
        valueOf(Accounts(*office.vault).addMany(office.budi, many, std::nullopt), "add many");
        auto other = Vault::open(office.t.path, Vault::Access::ReadWrite, office.t.environment());
        QVERIFY(other);
        unlock(*other.value());
        const Session budi = valueOf(other.value()->signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in");

        const qint64 before = office.logCount();
        bool written = false;
        auto verified = office.vault->log().verify(
            [&](qint64, qint64) {
                if (!written) {
                    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::TikTok, QStringLiteral("baru"));
                    spec.nature = AccountNature::Permanent;
                    written = Accounts(*other.value()).add(budi, spec).ok();
                }
                return true;
            },
            true);
        QVERIFY(written);
        QVERIFY2(verified.ok(), verified ? "" : qPrintable(verified.error().untranslatedMessage()));
        QVERIFY2(verified.value().intact(), qPrintable(verified.value().summary()));
        QCOMPARE(verified.value().entries, before);

        auto again = office.vault->log().verify({}, true);
        QVERIFY(again.ok() && again.value().intact());
        QCOMPARE(again.value().entries, office.logCount());
        QVERIFY(office.logCount() > before);
    }

    // Events recorded while the key was missing are folded into the chain by the next unlock. Two
    // PCs unlocking at the same moment fold them in once.
    void pendingEventsAreAbsorbedOnce()
    {
        auto cluster = server();
        QVERIFY(cluster);
        Office office(QStringLiteral("72.05"), cluster->address().toString());
        for (int i = 0; i < 3; ++i) {
            require(office.vault->log().recordPending(
                        QString(),
                        LogEvent{LogAction::vaultMigrated(), QStringLiteral("vault"), {{QStringLiteral("round"), i}}}),
                    "pending");
        }
        const qint64 before = office.logCount();
        QList<OtherPc> pcs;
        for (int pc = 0; pc < 2; ++pc) {
            pcs << OtherPc{[](Vault &) {}, [](Vault &vault) { unlock(vault); }};
        }
        atOnce(office.t, cluster->address(), pcs);

        QCOMPARE(office.logCount(), before + 3);
        QCOMPARE(office.rows("pending_event"), 0);
        const auto verified = office.vault->verifyLog(&office.siti, {}, true);
        QVERIFY2(verified.ok() && verified.value().intact(), "the log's chain broke");
    }
};

QTEST_GUILESS_MAIN(TestServerWriters)
#include "tst_serverwriters.moc"
