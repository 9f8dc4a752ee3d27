// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL migration set on a real server (the private cluster of tests/with-postgres.sh):
// it builds the same vault format as SQLite's set, and the server itself refuses what would
// rewrite history, whoever sends the statement.
#include "../common/testserver.h"

#include <core/storage/database.h>
#include <core/storage/logstore.h>
#include <core/storage/metastore.h>
#include <core/storage/migrations.h>
#include <core/storage/secretswrapstore.h>
#include <core/storage/vaultfile.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Storage;
using namespace Brankas::Testing;

namespace {
std::unique_ptr<Database> migrated(const TestServer &server)
{
    auto db = Database::open(server.address(), Database::Mode::Create);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message()));
        return nullptr;
    }
    if (Status status = migrate(*db.value(), 0); !status) {
        qWarning("%s", qPrintable(status.error().message()));
        return nullptr;
    }
    return std::move(db).value();
}

// A second PC's connection to the vault, which gives up waiting for a lock after 300 ms.
std::unique_ptr<Database> impatientSecondPc(const TestServer &server)
{
    auto db = Database::open(server.address(), Database::Mode::ReadWrite);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message()));
        return nullptr;
    }
    QSqlQuery impatient(db.value()->connection());
    if (!impatient.exec(QStringLiteral("SET lock_timeout = '300ms'"))) {
        qWarning("%s", qPrintable(impatient.lastError().text()));
        return nullptr;
    }
    return std::move(db).value();
}

const char *const OneLogEntry = "INSERT INTO archive_log (seq, at, officer, action, target, details, mac) "
                                "VALUES (1, '2026-12-02T04:00:00Z', 'Siti', 'vault.created', '', '{}', '\\x00')";
} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    void bothEnginesReachTheSameFormat()
    {
        QCOMPARE(latestSchemaVersion(Database::Engine::PostgreSql), latestSchemaVersion(Database::Engine::SQLite));
    }

    void emptyDatabaseIsVersionZeroThenLatest()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto db = Database::open(server.address(), Database::Mode::Create);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->engine(), Database::Engine::PostgreSql);
        const auto version = db.value()->userVersion();
        QVERIFY2(version.ok(), qPrintable(version.error().message()));
        QCOMPARE(version.value(), 0);
        QCOMPARE(db.value()->applicationId().value(), 0);
        QVERIFY(migrate(*db.value(), 0).ok());
        QCOMPARE(db.value()->userVersion().value(), latestSchemaVersion(Database::Engine::PostgreSql));
        QCOMPARE(db.value()->applicationId().value(), VaultApplicationId);
        // Migrating again from the version it has is a no-op, not an error.
        QVERIFY(migrate(*db.value(), db.value()->userVersion().value()).ok());
    }

    void archiveLogIsAppendOnlyOnTheServer_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("edit") << QStringLiteral("UPDATE archive_log SET officer = 'Budi'");
        QTest::newRow("delete the end") << QStringLiteral("DELETE FROM archive_log WHERE seq = 1");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE archive_log");
        QTest::newRow("signature moved") << QStringLiteral("UPDATE log_signature SET first_seq = 2");
        QTest::newRow("signature shortened") << QStringLiteral("UPDATE log_signature SET last_seq = 0");
        QTest::newRow("signature deleted") << QStringLiteral("DELETE FROM log_signature");
        QTest::newRow("signatures truncated") << QStringLiteral("TRUNCATE log_signature");
    }

    void archiveLogIsAppendOnlyOnTheServer()
    {
        QFETCH(QString, statement);
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto db = migrated(server);
        QVERIFY(db);
        QCOMPARE(server.sql(QString::fromLatin1(OneLogEntry)), QString());
        QCOMPARE(server.sql(QStringLiteral("INSERT INTO log_signature VALUES (1, 1, '\\x01', '\\x02')")), QString());
        // Even the cluster's superuser is refused by the triggers.
        QVERIFY(server.sql(statement).contains(QStringLiteral("append-only")));
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM archive_log) + (SELECT count(*) FROM "
                                          "log_signature WHERE first_seq = 1 AND last_seq = 1)")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    void signatureMayGrowOverALongerRun()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QVERIFY(migrated(server));
        QCOMPARE(server.sql(QStringLiteral("INSERT INTO log_signature VALUES (3, 1, '\\x01', '\\x02')")), QString());
        QCOMPARE(server.sql(QStringLiteral("UPDATE log_signature SET last_seq = 5, signature = '\\x03'")), QString());
        QVERIFY(server.sql(QStringLiteral("UPDATE log_signature SET signer = '\\x09', last_seq = 6"))
                    .contains(QStringLiteral("append-only")));
    }

    void finalisedHandoverIsFrozen()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QVERIFY(migrated(server));
        const QStringList setup = {
            QStringLiteral("INSERT INTO kecamatan (id, code, name, created_at) VALUES (1, '72.05.01', 'Biau', 'x')"),
            QStringLiteral("INSERT INTO account (id, kecamatan_id, platform, handle, nature, status, created_at, "
                           "updated_at) VALUES (1, 1, 'instagram', 'panwascambiau', 'term', 'active', 'x', 'x')"),
            QStringLiteral("INSERT INTO handover (id, kind, kecamatan_id, held_on, from_name, to_name, created_at, "
                           "created_by) VALUES (1, 'return', 1, '2026-12-01', 'A', 'B', 'x', 'Siti')"),
            QStringLiteral("INSERT INTO handover_account (handover_id, account_id, position) VALUES (1, 1, 1)"),
            // Finalising a draft is allowed: it is the change that freezes it.
            QStringLiteral("UPDATE handover SET finalized_at = 'y', finalized_by = 'Siti', number = '1/BA'"),
        };
        for (const QString &statement : setup) {
            QCOMPARE(server.sql(statement), QString());
        }
        for (const QString &statement :
             {QStringLiteral("UPDATE handover SET to_name = 'C'"), QStringLiteral("DELETE FROM handover"),
              QStringLiteral("UPDATE handover_account SET password_changed = 1"),
              QStringLiteral("DELETE FROM handover_account")}) {
            QVERIFY2(server.sql(statement).contains(QStringLiteral("finalised handover")), qPrintable(statement));
        }
    }

    void namesAreUniqueWhateverTheirCase()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QVERIFY(migrated(server));
        const QString officer = QStringLiteral("INSERT INTO officer (name, role, kdf, salt, kdf_n, kdf_r, kdf_p, "
                                               "verifier, created_at) VALUES ('%1', 'viewer', 'scrypt', '\\x00', 1, "
                                               "1, 1, '\\x00', 'x')");
        QCOMPARE(server.sql(officer.arg(QStringLiteral("Siti"))), QString());
        QVERIFY(!server.sql(officer.arg(QStringLiteral("SITI"))).isEmpty());
        QCOMPARE(server.sql(QStringLiteral("INSERT INTO kecamatan (id, code, name, created_at) VALUES (1, '72.05.01', "
                                           "'Biau', 'x')")),
                 QString());
        const QString account = QStringLiteral("INSERT INTO account (kecamatan_id, platform, handle, nature, status, "
                                               "created_at, updated_at) VALUES (1, 'instagram', '%1', 'term', "
                                               "'active', 'x', 'x')");
        QCOMPARE(server.sql(account.arg(QStringLiteral("panwascambiau"))), QString());
        QVERIFY(!server.sql(account.arg(QStringLiteral("PanwascamBiau"))).isEmpty());
    }

    void readOnlyConnectionDoesNotWrite()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QVERIFY(migrated(server));
        auto db = Database::open(server.address(), Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QSqlQuery query(db.value()->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES ('x', 'y')")));
    }

    void rolledBackTransactionLeavesNothing()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto db = migrated(server);
        QVERIFY(db);
        {
            auto transaction = Transaction::begin(*db);
            QVERIFY(transaction.ok());
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QString::fromLatin1(OneLogEntry)));
        } // destroyed without commit
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM archive_log")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    // The stores' "insert or replace" statements are written in the SQL both engines speak.
    void replacingStoresWorkOnBothEngines_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void replacingStoresWorkOnBothEngines()
    {
        QFETCH(bool, server);
        TestServer cluster(*TestServer::cluster());
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        if (server) {
            QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
            db = migrated(cluster);
        } else {
            auto opened = Database::open(dir.filePath(QStringLiteral("v.brankas")), Database::Mode::Create);
            QVERIFY(opened.ok() && migrate(*opened.value(), 0).ok());
            db = std::move(opened).value();
        }
        QVERIFY(db);
        MetaStore meta(*db);
        QVERIFY(meta.setValue(QStringLiteral("office"), QStringLiteral("Buol")).ok());
        QVERIFY(meta.setValue(QStringLiteral("office"), QStringLiteral("Tolitoli")).ok());
        QCOMPARE(meta.value(QStringLiteral("office")).value(), QStringLiteral("Tolitoli"));

        KeyWrapStore wraps(*db);
        KeyWrap wrap{QStringLiteral("recovery"),
                     QByteArray(16, 's'),
                     {},
                     QByteArray(48, 'w'),
                     QDateTime::fromString(QStringLiteral("2026-12-02T04:00:00Z"), Qt::ISODate)};
        wrap.params.n = 1 << 15;
        wrap.params.r = 8;
        wrap.params.p = 1;
        QVERIFY(wraps.put(wrap).ok());
        wrap.wrapped = QByteArray(48, 'x');
        QVERIFY(wraps.put(wrap).ok());
        const auto found = wraps.find(QStringLiteral("recovery"));
        QVERIFY2(found.ok(), qPrintable(found.error().message()));
        QCOMPARE(found->wrapped, QByteArray(48, 'x'));
        QCOMPARE(found->salt, QByteArray(16, 's'));
        QCOMPARE(found->params.n, wrap.params.n);

        SecretsWrapStore boxes(*db);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(boxes.put(QStringLiteral("officer:1"), QByteArray(80, '\0'), at).ok());
        QVERIFY(boxes.put(QStringLiteral("officer:1"), QByteArray(80, '\x7f'), at).ok());
        QCOMPARE(boxes.find(QStringLiteral("officer:1")).value(), QByteArray(80, '\x7f'));
    }

    // Two PCs appending at once: the second waits for the first's transaction to end before it
    // may read the log's head, so both never chain to the same entry.
    void appendingHoldsTheHeadUntilTheTransactionEnds()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto first = migrated(server);
        QVERIFY(first);
        const std::unique_ptr<Database> second = impatientSecondPc(server);
        QVERIFY(second);

        LogStore firstLog(*first);
        LogStore secondLog(*second);
        {
            auto writing = Transaction::begin(*first);
            QVERIFY(writing.ok());
            QVERIFY(firstLog.lockHead().ok());
            {
                auto waiting = Transaction::begin(*second);
                QVERIFY(waiting.ok());
                const Status refused = secondLog.lockHead();
                QVERIFY(!refused.ok()); // gave up after lock_timeout: the head was held
            }
            QVERIFY(writing.value()->commit().ok());
        }
        auto after = Transaction::begin(*second);
        QVERIFY(after.ok());
        QVERIFY(secondLog.lockHead().ok());
        QVERIFY(after.value()->commit().ok());
        // Outside a transaction the lock lasts one statement, and nothing is left held.
        QVERIFY(firstLog.lockHead().ok());
        QVERIFY(secondLog.lockHead().ok());
    }

    // Two PCs open a vault of an older format at once: both read the old version, the first upgrades
    // it; the second, which waited for the vault's writer lock, finds nothing left to run or to log.
    void secondUpgradeFindsItDone()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto second = Database::open(server.address(), Database::Mode::Create);
        QVERIFY2(second.ok(), qPrintable(second.error().message()));
        QCOMPARE(second.value()->userVersion().value(), 0); // what the second PC read
        auto first = migrated(server);
        QVERIFY(first);
        int logged = 0;
        const Status upgraded = migrate(*second.value(), 0, [&logged] {
            ++logged;
            return Status();
        });
        QVERIFY2(upgraded.ok(), upgraded ? "" : qPrintable(upgraded.error().untranslatedMessage()));
        QCOMPARE(logged, 0);
        QCOMPARE(second.value()->userVersion().value(), latestSchemaVersion(Database::Engine::PostgreSql));
    }

    void upgradeWaitsForTheVaultsWriters()
    {
        TestServer server(*TestServer::cluster());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto first = migrated(server);
        QVERIFY(first);
        const std::unique_ptr<Database> second = impatientSecondPc(server);
        QVERIFY(second);
        auto writing = Transaction::begin(*first);
        QVERIFY(writing.ok());
        QVERIFY(LogStore(*first).lockHead().ok());
        QVERIFY(!migrate(*second, latestSchemaVersion(Database::Engine::PostgreSql)).ok());
        QVERIFY(writing.value()->commit().ok());
        QVERIFY(migrate(*second, latestSchemaVersion(Database::Engine::PostgreSql)).ok());
    }

    void unreachableServerIsAClearRefusal()
    {
        // A port nothing listens on: the refusal comes back as a value, quickly.
        const auto address = VaultAddress::parse(QStringLiteral("postgresql://brankas@127.0.0.1:1/none")).value();
        auto db = Database::open(address, Database::Mode::ReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::Storage);
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
