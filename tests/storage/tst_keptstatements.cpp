// SPDX-License-Identifier: GPL-3.0-or-later
// What a connection keeps between statements, on SQLite and on the private PostgreSQL cluster of
// tests/with-postgres.sh: the statements it prepared once (Database::prepared), and how few of them
// imports of every size leave; a change's part of the log written whole; the log head's lock for
// the rest of a transaction, and how long a transaction held it; and the read snapshot no change
// may start inside.
#include "storageengine.h"

#include <core/storage/database.h>
#include <core/storage/keptstatement.h>
#include <core/storage/logstore.h>
#include <core/storage/metastore.h>
#include <core/storage/readsnapshot.h>
#include <core/storage/vaultfile.h>

#include <QThread>

#include <atomic>
#include <thread>

using namespace Brankas;
using namespace Brankas::Storage;
using namespace Brankas::Testing;

namespace {
const QString SetMeta = QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)");

Status setMeta(Database &db, const QString &key, const QString &value)
{
    auto prepared = db.prepared(SetMeta);
    if (!prepared) {
        return prepared.error();
    }
    prepared.value()->addBindValue(key);
    prepared.value()->addBindValue(value);
    return runToEnd(*prepared.value());
}

LogEntry entry(qint64 seq)
{
    return LogEntry{seq,
                    QDateTime(QDate(2026, 12, 2), QTime(4, 0), Qt::UTC).addSecs(seq),
                    QStringLiteral("Budi"),
                    QStringLiteral("account.added"),
                    QStringLiteral("account:%1").arg(seq),
                    QStringLiteral("{\"n\":%1}").arg(seq),
                    QByteArray(32, char(seq % 251))};
}
// Entries 1 and 2, signed by `signer` in one run: the log a change's write continues.
bool twoSignedEntries(LogStore &log, const QByteArray &signer)
{
    return log.append({entry(1), entry(2)}).ok() && log.appendSignature({1, 2, signer, QByteArray(64, 's')}).ok();
}
} // namespace

class TestKeptStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (skipsWithoutServer()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    // One statement per SQL text, prepared once, and usable again after a run that failed.
    void aStatementIsPreparedOnce_data() { addEngines(); }
    void aStatementIsPreparedOnce()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        auto first = db.prepared(SetMeta);
        auto again = db.prepared(SetMeta);
        auto other = db.prepared(QStringLiteral("DELETE FROM vault_meta WHERE key = ?"));
        QVERIFY(first.ok() && again.ok() && other.ok());
        QCOMPARE(again.value(), first.value());
        QVERIFY(other.value() != first.value());

        QVERIFY(setMeta(db, QStringLiteral("a"), QStringLiteral("1")).ok());
        const Status twice = setMeta(db, QStringLiteral("a"), QStringLiteral("2")); // the key is taken
        QVERIFY(!twice.ok());
        QVERIFY(setMeta(db, QStringLiteral("b"), QStringLiteral("3")).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT key, value FROM vault_meta WHERE key IN ('a', 'b') ORDER BY key")));
        QStringList rows;
        while (query.next()) {
            rows << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("a=1"), QStringLiteral("b=3")}));
    }

    // A change's entries go in one statement, an import's in statements of a thousand; either way
    // every entry arrives whole and in order.
    void logEntriesInAsFewStatementsAsFit_data() { addEngines(); }
    void logEntriesInAsFewStatementsAsFit()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        LogStore log(*engine.db);
        QVERIFY(log.append({}).ok());
        QList<LogEntry> entries;
        for (qint64 seq = 1; seq <= 2500; ++seq) {
            entries << entry(seq);
        }
        QVERIFY(log.append(entries.mid(0, 2)).ok());
        QVERIFY(log.append(entries.mid(2)).ok());
        QCOMPARE(log.count().value(), qint64(2500));
        qint64 expected = 1;
        bool whole = true;
        QVERIFY(log.forEachRaw([&](const LogStore::RawRow &row) {
                       const LogEntry wanted = entry(expected++);
                       whole = whole && row.seq == wanted.seq && row.target == wanted.target.toUtf8() &&
                               row.details == wanted.details.toUtf8() && row.mac == wanted.mac;
                       return whole;
                   })
                    .ok());
        QVERIFY(whole);
        QCOMPARE(expected, qint64(2501));
        QCOMPARE(log.head().value().seq, qint64(2500));
    }

    // Imports of every size keep a short list of statements on the connection, not one for each
    // size an import ended with, and their entries still arrive whole: appended alone, and as a
    // change's write, whose last statement is the server's one-statement write.
    void importsOfEverySizeKeepFewStatements_data() { addEngines(); }
    void importsOfEverySizeKeepFewStatements()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        LogStore log(db);
        const qsizetype before = db.keptStatements();
        qint64 seq = 0;
        const auto next = [&](qsizetype count) {
            QList<LogEntry> entries;
            while (entries.size() < count) {
                entries << entry(++seq);
            }
            return entries;
        };
        const QList<qsizetype> sizes{1,    2,    3,  9,    10,  11,  99,  100, 345, 999, 1000,
                                     1001, 2345, 77, 3010, 123, 234, 456, 567, 678, 789, 890};
        for (const qsizetype size : sizes) {
            QVERIFY(log.append(next(size)).ok());
            auto transaction = Transaction::begin(db);
            QVERIFY(transaction.ok());
            QVERIFY(log.lockedTip().ok());
            QVERIFY(log.write({next(size), std::nullopt, 0, QStringLiteral("head"), QStringLiteral("sealed")}).ok());
            QVERIFY(transaction.value()->commit().ok());
        }
        // Appends of 1000, 100, 10 and 1 to 9 entries (twelve texts), and the head's read; on SQLite the
        // head's seal, on a server the one-statement write with as many sizes as the appends.
        const qsizetype kept = db.keptStatements() - before;
        QVERIFY2(kept <= (server ? 25 : 14), qPrintable(QString::number(kept)));
        QCOMPARE(log.count().value(), seq);
        qint64 expected = 1;
        bool whole = true;
        QVERIFY(log.forEachRaw([&](const LogStore::RawRow &row) {
                       const LogEntry wanted = entry(expected++);
                       whole = whole && row.seq == wanted.seq && row.mac == wanted.mac;
                       return whole;
                   })
                    .ok());
        QVERIFY(whole);
        QCOMPARE(expected, seq + 1);
    }

    // What a change reads under the head's lock, in one statement: the head and the newest signature.
    void theTipIsTheHeadAndTheNewestSignature_data() { addEngines(); }
    void theTipIsTheHeadAndTheNewestSignature()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        LogStore log(*engine.db);
        auto empty = log.tip();
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().head.seq, qint64(0));
        QVERIFY(empty.value().head.mac.isEmpty());
        QCOMPARE(empty.value().newestSignature.lastSeq, qint64(0));

        QVERIFY(log.append({entry(1), entry(2), entry(3)}).ok());
        auto unsignedTip = log.tip();
        QVERIFY(unsignedTip.ok());
        QCOMPARE(unsignedTip.value().head.seq, qint64(3));
        QCOMPARE(unsignedTip.value().head.mac, entry(3).mac);
        QCOMPARE(unsignedTip.value().newestSignature.lastSeq, qint64(0));

        const QByteArray signer(32, 'k');
        QVERIFY(log.appendSignature({1, 1, signer, QByteArray(64, 's')}).ok());
        const Status extended = log.extendSignature(1, {1, 2, signer, QByteArray(64, 'u')});
        QVERIFY2(extended.ok(), extended ? "" : qPrintable(extended.error().untranslatedMessage()));
        auto runOfOne = log.tip();
        QVERIFY(runOfOne.ok());
        QCOMPARE(runOfOne.value().newestSignature.firstSeq, qint64(1));
        QCOMPARE(runOfOne.value().newestSignature.lastSeq, qint64(2));
        QCOMPARE(runOfOne.value().newestSignature.signer, signer);
        QVERIFY(log.appendSignature({3, 3, QByteArray(32, 'o'), QByteArray(64, 't')}).ok());
        auto tip = log.tip();
        QVERIFY(tip.ok());
        QCOMPARE(tip.value().head.seq, qint64(3));
        QCOMPARE(tip.value().newestSignature.firstSeq, qint64(3));
        QCOMPARE(tip.value().newestSignature.lastSeq, qint64(3));
        QCOMPARE(tip.value().newestSignature.signer, QByteArray(32, 'o'));
        QCOMPARE(tip.value().newestSignature.lastSeq, log.newestSignature().value().lastSeq);
    }

    // A change's part of the log (its entries, the signature over them, the sealed head) is written
    // whole by LogStore::write, which a server takes in one statement: a new signature, one extended
    // over the new entries, and an import's many entries without one.
    void aChangesLogPartIsWrittenWhole_data()
    {
        QTest::addColumn<bool>("server");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("signature");
        for (const bool server : {false, true}) {
            const char *engine = server ? "postgresql" : "sqlite";
            QTest::addRow("%s, one entry, a new signature", engine) << server << 1 << QStringLiteral("new");
            QTest::addRow("%s, three entries, the signature extended", engine)
                << server << 3 << QStringLiteral("extended");
            QTest::addRow("%s, 2,345 entries, no signature", engine) << server << 2345 << QStringLiteral("none");
        }
    }
    void aChangesLogPartIsWrittenWhole()
    {
        QFETCH(bool, server);
        QFETCH(int, count);
        QFETCH(QString, signature);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        LogStore log(db);
        const QByteArray signer(32, 'k');
        QVERIFY(twoSignedEntries(log, signer));

        LogStore::Write write;
        for (qint64 seq = 3; seq < 3 + count; ++seq) {
            write.entries << entry(seq);
        }
        const qint64 last = 2 + count;
        if (signature == QLatin1String("new")) {
            write.signature = LogStore::SignatureRow{3, last, QByteArray(32, 'o'), QByteArray(64, 'n')};
        } else if (signature == QLatin1String("extended")) {
            write.signature = LogStore::SignatureRow{1, last, signer, QByteArray(64, 'e')};
            write.extendsSignatureEndingAt = 2;
        }
        write.headKey = QStringLiteral("log_head");
        write.sealedHead = QStringLiteral("%1 sealed").arg(last);
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(transaction.ok());
            auto tip = log.lockedTip();
            QVERIFY(tip.ok());
            QCOMPARE(tip.value().head.seq, qint64(2));
            const Status written = log.write(write);
            QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().untranslatedMessage()));
            QVERIFY(transaction.value()->commit().ok());
        }
        QCOMPARE(log.count().value(), last);
        qint64 expected = 1;
        bool whole = true;
        QVERIFY(log.forEachRaw([&](const LogStore::RawRow &row) {
                       const LogEntry wanted = entry(expected++);
                       whole = whole && row.seq == wanted.seq && row.details == wanted.details.toUtf8() &&
                               row.mac == wanted.mac;
                       return whole;
                   })
                    .ok());
        QVERIFY(whole);
        QCOMPARE(log.head().value().seq, last);
        QCOMPARE(MetaStore(db).value(QStringLiteral("log_head")).value(), write.sealedHead);
        QList<LogStore::SignatureRow> signatures;
        QVERIFY(log.forEachSignature([&](const LogStore::SignatureRow &row) {
                       signatures << row;
                       return true;
                   })
                    .ok());
        if (signature == QLatin1String("new")) {
            QCOMPARE(signatures.size(), 2);
            QCOMPARE(signatures.last().firstSeq, qint64(3));
            QCOMPARE(signatures.last().signer, QByteArray(32, 'o'));
        } else {
            QCOMPARE(signatures.size(), 1);
            QCOMPARE(signatures.first().firstSeq, qint64(1));
            QCOMPARE(signatures.first().signature,
                     signature == QLatin1String("extended") ? QByteArray(64, 'e') : QByteArray(64, 's'));
        }
        QCOMPARE(signatures.last().lastSeq, signature == QLatin1String("none") ? qint64(2) : last);
    }

    // An extension of a signature that is no longer the newest (another PC's write came between)
    // is refused, and the transaction it was part of leaves nothing behind.
    void anExtensionOfAChangedSignatureSavesNothing_data() { addEngines(); }
    void anExtensionOfAChangedSignatureSavesNothing()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        LogStore log(db);
        const QByteArray signer(32, 'k');
        QVERIFY(twoSignedEntries(log, signer));
        QVERIFY(MetaStore(db).setValue(QStringLiteral("log_head"), QStringLiteral("2 sealed")).ok());

        LogStore::Write write;
        write.entries = {entry(3)};
        write.signature = LogStore::SignatureRow{1, 3, signer, QByteArray(64, 'e')};
        write.extendsSignatureEndingAt = 1; // the run read under the lock ended at 1: no longer so
        write.headKey = QStringLiteral("log_head");
        write.sealedHead = QStringLiteral("3 sealed");
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(transaction.ok());
            const Status written = log.write(write);
            QVERIFY(!written.ok());
            QVERIFY2(written.error().untranslatedMessage().contains(QStringLiteral("Nothing was saved")),
                     qPrintable(written.error().untranslatedMessage()));
        } // rolled back
        QCOMPARE(log.count().value(), qint64(2));
        QCOMPARE(MetaStore(db).value(QStringLiteral("log_head")).value(), QStringLiteral("2 sealed"));
        QCOMPARE(log.newestSignature().value().lastSeq, qint64(2));
        QCOMPARE(log.newestSignature().value().signature, QByteArray(64, 's'));
    }

    // The reads every change makes are kept by the connection too, and must end with each call: a
    // kept read left open would go on seeing the vault as it was (SQLite's snapshot) and hold back
    // the file's checkpoints.
    void aKeptReadSeesTheNextCommit_data() { addEngines(); }
    void aKeptReadSeesTheNextCommit()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        LogStore log(*engine.db);
        QVERIFY(log.append({entry(1)}).ok());
        QCOMPARE(log.tip().value().head.seq, qint64(1));
        QCOMPARE(log.head().value().seq, qint64(1));

        auto otherPc = server ? Database::open(engine.server->address(), Database::Mode::ReadWrite)
                              : Database::open(engine.db->path(), Database::Mode::ReadWrite);
        QVERIFY2(otherPc, otherPc ? "" : qPrintable(otherPc.error().untranslatedMessage()));
        {
            LogStore other(*otherPc.value());
            auto transaction = Transaction::begin(*otherPc.value());
            QVERIFY2(transaction.ok(), transaction ? "" : qPrintable(transaction.error().untranslatedMessage()));
            QVERIFY(other.append({entry(2)}).ok());
            QVERIFY(transaction.value()->commit().ok());
        }
        // Another statement of this connection first: on SQLite it would share an open read's snapshot.
        QCOMPARE(log.count().value(), qint64(2));
        QCOMPARE(log.head().value().seq, qint64(2));
        QCOMPARE(log.tip().value().head.seq, qint64(2));
    }

    // While a snapshot reads, no change starts on its connection (the window's verification lets
    // events run, and an automatic backup due meanwhile must wait); a snapshot inside another, or
    // inside a transaction, shares it.
    void noChangeWhileASnapshotReads_data() { addEngines(); }
    void noChangeWhileASnapshotReads()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        {
            auto snapshot = ReadSnapshot::begin(db);
            QVERIFY(snapshot.ok());
            QVERIFY(db.isBusy());
            auto inner = ReadSnapshot::begin(db);
            QVERIFY(inner.ok());
            auto refused = Transaction::begin(db);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), ErrorCode::Busy);
            QVERIFY(refused.error().untranslatedMessage().contains(QStringLiteral("Nothing was changed")));
            QCOMPARE(db.refuseWhileReading().error().code(), ErrorCode::Busy);
            inner.value().reset();
            QVERIFY(!Transaction::begin(db).ok()); // the outer one still reads
        }
        QVERIFY(!db.isBusy());
        QVERIFY(db.refuseWhileReading().ok());
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction.ok());
        {
            auto shared = ReadSnapshot::begin(db);
            QVERIFY(shared.ok());
            QVERIFY(setMeta(db, QStringLiteral("during"), QStringLiteral("1")).ok());
        }
        QVERIFY(transaction.value()->commit().ok());
        transaction.value().reset();
        QVERIFY(Transaction::begin(db).ok());
    }

    // How long a transaction held the vault's write order, from the moment it held it to its end,
    // committed or not: on a server from the head's lock, on SQLite from BEGIN IMMEDIATE.
    void theWriteOrderIsTimedFromItsLockToTheEnd_data() { addEngines(); }
    void theWriteOrderIsTimedFromItsLockToTheEnd()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        const qint64 earlier = db.lastHeadHeldNs(); // the vault's creation wrote the log
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(transaction.ok());
            QVERIFY(setMeta(db, QStringLiteral("unlogged"), QStringLiteral("1")).ok());
            QThread::msleep(30);
            QVERIFY(transaction.value()->commit().ok());
        }
        // A server transaction that never asked for the head held nothing of it.
        if (server) {
            QCOMPARE(db.lastHeadHeldNs(), earlier);
        } else {
            QVERIFY(db.lastHeadHeldNs() >= 30'000'000);
        }

        LogStore log(db);
        for (const bool commits : {true, false}) {
            QElapsedTimer whole;
            whole.start();
            qint64 before = 0;
            {
                auto transaction = Transaction::begin(db);
                QVERIFY(transaction.ok());
                QThread::msleep(20); // before the lock on a server, inside it on SQLite
                before = whole.nsecsElapsed();
                QVERIFY(log.lockedTip().ok());
                // Longer when rolled back, so that the figure the commit left cannot pass for it.
                QThread::msleep(commits ? 40 : 80);
                if (commits) {
                    QVERIFY(transaction.value()->commit().ok());
                }
            }
            const qint64 held = db.lastHeadHeldNs();
            const qint64 after = whole.nsecsElapsed();
            // A server's from the lock on, after `before`; SQLite's from BEGIN, the first sleep too.
            const qint64 slept = (commits ? 40'000'000 : 80'000'000) + (server ? 0 : 20'000'000);
            QVERIFY2(held >= slept, qPrintable(QString::number(held)));
            QVERIFY2(held <= (server ? after - before : after), qPrintable(QString::number(held)));
        }
    }

    // The head's lock is asked for once per transaction, and again in the next one.
    void theHeadIsLockedInEveryTransaction()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine engine(true);
        QVERIFY2(engine.db, qPrintable(engine.error));
        auto otherPc = Database::open(engine.server->address(), Database::Mode::ReadWrite);
        QVERIFY(otherPc);
        const auto headIsFree = [&] {
            QSqlQuery query(otherPc.value()->connection());
            // pg_try_advisory_lock would keep it; the transaction-scoped one goes with the statement.
            if (!query.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(VaultApplicationId)) ||
                !query.next()) {
                qFatal("%s", qPrintable(query.lastError().text()));
            }
            return query.value(0).toBool();
        };
        LogStore log(*engine.db);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(headIsFree());
            auto transaction = Transaction::begin(*engine.db);
            QVERIFY(transaction.ok());
            // Once taken alone, once with the head's read.
            QVERIFY(round == 0 ? log.lockHead().ok() : log.lockedTip().ok());
            QVERIFY(log.lockHead().ok());
            QVERIFY2(!headIsFree(), qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY(transaction.value()->commit().ok());
        }
        QVERIFY(headIsFree());
    }

    // Two PCs append at once: the second waits for the head while the first writes, and must then
    // read the head the first committed (each statement of the server's brankas_lock_head() reads
    // anew), or both would chain to the same entry.
    void theHeadReadUnderTheLockSeesTheWriterBefore()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine engine(true);
        QVERIFY2(engine.db, qPrintable(engine.error));
        LogStore first(*engine.db);
        auto transaction = Transaction::begin(*engine.db);
        QVERIFY(transaction.ok());
        auto before = first.lockedTip();
        QVERIFY(before.ok());
        QCOMPARE(before.value().head.seq, qint64(0));

        Result<LogStore::Tip> seen = Error(ErrorCode::Storage, "not run");
        std::atomic<bool> waiting = false;
        std::thread secondPc([&] {
            auto db = Database::open(engine.server->address(), Database::Mode::ReadWrite);
            if (!db) {
                seen = db.error();
                return;
            }
            auto second = Transaction::begin(*db.value());
            LogStore log(*db.value());
            waiting = true;
            seen = log.lockedTip();
        });
        bool secondWaits = false;
        for (int tries = 0; tries < 1000 && !secondWaits; ++tries) {
            QThread::msleep(10);
            QSqlQuery locks(engine.db->connection());
            secondWaits = waiting &&
                          locks.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                                    "'advisory' AND NOT granted")) &&
                          locks.next() && locks.value(0).toInt() == 1;
        }
        const bool appended = first.append({entry(1)}).ok();
        const bool committed = transaction.value()->commit().ok();
        secondPc.join();
        QVERIFY2(secondWaits, "the second PC never waited for the head");
        QVERIFY(appended && committed);
        QVERIFY2(seen.ok(), seen ? "" : qPrintable(seen.error().untranslatedMessage()));
        QCOMPARE(seen.value().head.seq, qint64(1));
        QCOMPARE(seen.value().head.mac, entry(1).mac);
    }

    // A connection the server dropped is opened again by the next statement, which prepares its
    // statements anew: the old ones went with the old connection.
    void keptStatementsFollowANewConnection()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine engine(true);
        QVERIFY2(engine.db, qPrintable(engine.error));
        Database &db = *engine.db;
        QVERIFY(setMeta(db, QStringLiteral("before"), QStringLiteral("1")).ok());
        const quint64 connection = db.connectionNumber();
        QVERIFY(engine.exec(QStringLiteral("SELECT 1"))); // the same connection, still open
        auto admin = Database::open(engine.server->address(), Database::Mode::ReadWrite);
        QVERIFY(admin);
        QSqlQuery kill(admin.value()->connection());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "datname = current_database() AND pid <> pg_backend_pid()")));
        QVERIFY(!setMeta(db, QStringLiteral("lost"), QStringLiteral("2")).ok());
        // libpq may learn that its backend is gone only when it next writes to it, so one more
        // statement can fail before one connects again; a statement kept from the old connection
        // would fail every time.
        Status after = Error(ErrorCode::Storage, "not run");
        for (int attempt = 0; attempt < 3 && !after.ok(); ++attempt) {
            after = setMeta(db, QStringLiteral("after"), QStringLiteral("3"));
        }
        QVERIFY2(after.ok(), after ? "" : qPrintable(after.error().untranslatedMessage() + after.error().detail()));
        QVERIFY(db.connectionNumber() != connection);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM vault_meta WHERE key IN ('before', 'lost', 'after')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestKeptStatements)
#include "tst_keptstatements.moc"
