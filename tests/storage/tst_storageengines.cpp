// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL the two engines spell differently (core/storage/dialect.*), the storage check of
// `vault check`, and copying a whole vault between engines, each on SQLite and on the private
// PostgreSQL cluster of tests/with-postgres.sh.
#include "storageengine.h"

#include <core/storage/accountstore.h>
#include <core/storage/batchinsert.h>
#include <core/storage/database.h>
#include <core/storage/integritycheck.h>
#include <core/storage/logstore.h>
#include <core/storage/metricstore.h>
#include <core/storage/migrations.h>
#include <core/storage/secretstore.h>
#include <core/storage/vaultcopy.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Storage;
using namespace Brankas::Testing;

namespace {
const QDateTime At = QDateTime::fromString(QStringLiteral("2026-12-02T04:00:00.000Z"), Qt::ISODateWithMs);

Account account(qint64 kecamatan, const QString &handle, const QString &holder = {})
{
    Account a;
    a.kecamatanId = kecamatan;
    a.platform = Platform::Instagram;
    a.handle = handle;
    a.holder = holder;
    a.nature = AccountNature::Permanent;
    a.status = AccountStatus::Active;
    a.createdAt = At;
    a.updatedAt = At;
    return a;
}

LogEntry entry(qint64 seq, const QString &officer, const QString &target)
{
    return LogEntry{
        seq, At, officer, QStringLiteral("account.added"), target, QStringLiteral("{}"), QByteArray(32, char(seq))};
}

// The tables a vault's schema has, sorted: on both engines they must be the ones copyVault copies.
QStringList schemaTables(Database &db)
{
    QStringList tables = db.connection().tables();
    tables.removeAll(QStringLiteral("sqlite_sequence")); // SQLite's bookkeeping
    tables.removeAll(QStringLiteral("brankas_schema"));  // the server's version record
    tables.sort();
    return tables;
}

QStringList sortedVaultTables()
{
    QStringList tables = vaultTables();
    tables.sort();
    return tables;
}

// Every row of every table, in a fixed order, as text: what a copy must keep.
QStringList dump(Database &db)
{
    QStringList rows;
    // Every table the schema has, not a list of its own: a table copyVault leaves out shows here.
    const QStringList tables = schemaTables(db);
    for (const QString &name : std::as_const(tables)) {
        const QByteArray latin = name.toLatin1();
        const char *table = latin.constData();
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(QString::fromLatin1(table)))) {
            rows << QStringLiteral("%1: %2").arg(QString::fromLatin1(table), query.lastError().text());
            continue;
        }
        // A column the server computes from the others (search_text) is no row's content: no file has it.
        QStringList generated;
        if (db.engine() == Database::Engine::PostgreSql) {
            QSqlQuery columns(db.connection());
            if (!columns.exec(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = '%1'::regclass AND "
                                             "attgenerated <> ''")
                                  .arg(QString::fromLatin1(table)))) {
                rows << QStringLiteral("%1: %2").arg(QString::fromLatin1(table), columns.lastError().text());
                continue;
            }
            while (columns.next()) {
                generated << columns.value(0).toString();
            }
        }
        QStringList tableRows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                if (generated.contains(record.fieldName(i))) {
                    continue;
                }
                const QVariant value = query.value(i);
                fields << record.fieldName(i) + QLatin1Char('=') +
                              (value.isNull() ? QStringLiteral("NULL")
                               : value.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(value.toByteArray().toHex())
                                   : value.toString());
            }
            fields.sort(); // column order differs between the engines' schemas
            tableRows << QString::fromLatin1(table) + QLatin1Char(' ') + fields.join(QLatin1Char(','));
        }
        tableRows.sort();
        rows << tableRows;
    }
    return rows;
}

} // namespace

class TestStorageEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (skipsWithoutServer()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    void lookupsIgnoreCase_data() { addEngines(); }
    void lookupsIgnoreCase()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        QVERIFY(engine.exec(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES ('72.05.01', "
                                           "'Biau', 'x')")));
        AccountStore accounts(*engine.db);
        const auto momunu = accounts.insert(account(1, QStringLiteral("Panwaslu_Momunu")));
        QVERIFY2(momunu.ok(), qPrintable(momunu.error().message()));
        QVERIFY(accounts.insert(account(1, QStringLiteral("pw.bokat"), QStringLiteral("Ñoño Élan"))).ok());
        QVERIFY(accounts.insert(account(1, QStringLiteral("pw_50%"))).ok());

        QCOMPARE(accounts.findHandle(Platform::Instagram, {}, QStringLiteral("PANWASLU_momunu")).value(),
                 momunu.value());
        QCOMPARE(accounts.findHandle(Platform::X, {}, QStringLiteral("panwaslu_momunu")).value(), qint64(0));

        const auto found = [&](const QString &text) {
            AccountFilter filter;
            filter.text = text;
            auto list = accounts.list(filter);
            QStringList handles;
            for (const Account &a : list.value()) {
                handles << a.handle;
            }
            return handles;
        };
        QCOMPARE(found(QStringLiteral("MOMUNU")), QStringList{QStringLiteral("Panwaslu_Momunu")});
        QCOMPARE(found(QStringLiteral("ñoño")), QStringList{QStringLiteral("pw.bokat")});
        // LIKE's wildcards are searched for as themselves.
        QCOMPARE(found(QStringLiteral("_50%")), QStringList{QStringLiteral("pw_50%")});
        QCOMPARE(found(QStringLiteral("x").repeated(1200)), QStringList());
        // Ordered by the bytes of the handle, as SQLite's BINARY does, whatever the server's collation.
        QCOMPARE(found(QString()), (QStringList{QStringLiteral("Panwaslu_Momunu"), QStringLiteral("pw.bokat"),
                                                QStringLiteral("pw_50%")}));
    }

    // The words of a search are found in what each field holds now: the server reads them from
    // columns it computes on every write (search_text, migration 0008), the file from the fields.
    void searchFindsTheCurrentText_data() { addEngines(); }
    void searchFindsTheCurrentText()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        QVERIFY(engine.exec(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES ('72.05.01', "
                                           "'Biau', 'x'), ('72.05.02', 'Lakea', 'x')")));
        AccountStore accounts(*engine.db);
        const QString longHolder = QStringLiteral("Panitia ") + QStringLiteral("Ab").repeated(700);
        Account edited = account(1, QStringLiteral("ppk.biau"), QStringLiteral("Siti Rahma"));
        edited.displayName = QStringLiteral("PPK Biau");
        edited.email = QStringLiteral("PPK.Biau@KPU.go.id");
        edited.phone = QStringLiteral("0812-3456");
        const auto editedId = accounts.insert(edited);
        QVERIFY2(editedId.ok(), qPrintable(editedId.error().message()));
        edited.id = editedId.value();
        QVERIFY(accounts.insert(account(2, QStringLiteral("pw\\lakea_1%"), longHolder)).ok());
        QVERIFY(accounts.insert(account(2, QStringLiteral("İnce.Lakea"), QStringLiteral("Ñoño"))).ok());

        const auto found = [&](const QString &text) {
            AccountFilter filter;
            filter.text = text;
            auto list = accounts.list(filter);
            if (!list) {
                qWarning("%s", qPrintable(list.error().message()));
                return QStringList{QStringLiteral("error")};
            }
            QStringList handles;
            for (const Account &a : list.value()) {
                handles << a.handle;
            }
            return handles;
        };
        const QStringList biau{QStringLiteral("ppk.biau")};
        const QStringList lakea{QStringLiteral("pw\\lakea_1%")};
        QCOMPARE(found(QStringLiteral("SITI")), biau);
        QCOMPARE(found(QStringLiteral("kpu.GO")), biau);
        QCOMPARE(found(QStringLiteral("3456")), biau);
        // The kecamatan's name and code, one word each, and a word in two of its fields at once.
        QCOMPARE(found(QStringLiteral("72.05.02 ñoño")), QStringList{QStringLiteral("İnce.Lakea")});
        QCOMPARE(found(QStringLiteral("biau rahma")), biau);
        // A word never spans two fields.
        QCOMPARE(found(QStringLiteral("biauppk")), QStringList());
        // Wildcards and the escape character are searched for as themselves.
        QCOMPARE(found(QStringLiteral("w\\l")), lakea);
        QCOMPARE(found(QStringLiteral("a_1%")), lakea);
        QCOMPARE(found(QStringLiteral("a%")), QStringList());
        QCOMPARE(found(QStringLiteral("PANITIA ") + QStringLiteral("ba").repeated(650)), lakea);
        // A letter outside ASCII never folds into an ASCII one: "İnce" holds "nce", not "ince".
        QCOMPARE(found(QStringLiteral("nce.lakea")), QStringList{QStringLiteral("İnce.Lakea")});
        QCOMPARE(found(QStringLiteral("ince")), QStringList());

        // An edited account and a renamed kecamatan are found by their new text at once.
        edited.holder = QStringLiteral("Budi Santoso");
        edited.email = QString();
        QVERIFY(accounts.update(edited).ok());
        QCOMPARE(found(QStringLiteral("santoso")), biau);
        QCOMPARE(found(QStringLiteral("siti")), QStringList());
        QCOMPARE(found(QStringLiteral("kpu")), QStringList());
        QVERIFY(engine.exec(QStringLiteral("UPDATE kecamatan SET name = 'Bualemo' WHERE id = 2")));
        QCOMPARE(found(QStringLiteral("lakea_")), lakea);
        QCOMPARE(found(QStringLiteral("BUALEMO")), (QStringList{lakea.first(), QStringLiteral("İnce.Lakea")}));
    }

    void logFiltersAndRawBytes_data() { addEngines(); }
    void logFiltersAndRawBytes()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        LogStore log(*engine.db);
        QVERIFY(log.append({entry(1, QStringLiteral("Sitī"), QStringLiteral("account:12"))}).ok());
        QVERIFY(log.append({entry(2, QStringLiteral("Budi"), QStringLiteral("account:123"))}).ok());
        // A server hands text over as QString (PostgreSQL holds only valid UTF-8, which QString keeps
        // to the byte): letters outside the BMP, a noncharacter and an unnormalised accent included.
        const QString unusual = QStringLiteral("Cut Nya\u0301 \U0001F600 \uFFFF \uFDD0 \u00E9");
        QVERIFY(log.append({entry(3, unusual, QStringLiteral("account:7"))}).ok());
        LogFilter officerFilter;
        officerFilter.officer = QStringLiteral("budi");
        auto byOfficer = log.entries(officerFilter);
        QVERIFY2(byOfficer.ok(), qPrintable(byOfficer.error().message()));
        QCOMPARE(byOfficer.value().size(), 1);
        QCOMPARE(byOfficer.value().first().seq, qint64(2));
        LogFilter targetFilter;
        targetFilter.targetContains = QStringLiteral("ACCOUNT:12");
        auto byTarget = log.entries(targetFilter);
        QVERIFY2(byTarget.ok(), qPrintable(byTarget.error().message()));
        QCOMPARE(byTarget.value().size(), 2);
        QList<QByteArray> officers;
        QVERIFY(log.forEachRaw([&](const LogStore::RawRow &row) {
                       officers << row.officer;
                       return true;
                   })
                    .ok());
        QCOMPARE(officers,
                 (QList<QByteArray>{QStringLiteral("Sitī").toUtf8(), QByteArrayLiteral("Budi"), unusual.toUtf8()}));
        auto tail = log.tail(2);
        QVERIFY2(tail.ok(), qPrintable(tail.error().message()));
        QCOMPARE(tail.value().last().mac, QByteArray(32, char(2)));
        QCOMPARE(tail.value().first().officer, unusual.toUtf8());
    }

    void metricsAreReplaced_data() { addEngines(); }
    void metricsAreReplaced()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        QVERIFY(engine.exec(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES ('72.05.01', "
                                           "'Momunu', 'x')")));
        const qint64 id = AccountStore(*engine.db).insert(account(1, QStringLiteral("pw"))).value();
        MetricStore metrics(*engine.db);
        MonthlyFigures figures{id, QDate(2026, 11, 1), 100, 4, std::nullopt, std::nullopt};
        QVERIFY(metrics.put(figures, At).ok());
        figures.followers = 120;
        figures.reach = 900;
        const Status replaced = metrics.put(figures, At);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().message()));
        const auto stored = metrics.find(id, QDate(2026, 11, 1));
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->followers, std::optional<qint64>(120));
        QCOMPARE(stored.value()->reach, std::optional<qint64>(900));
        QCOMPARE(metrics.list({}).value().size(), 1);
    }

    // Two PCs sealing a secret at the same moment must not both bind it to the same row id.
    void secretIdsAreNeverShared()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine engine(true);
        QVERIFY2(engine.db, qPrintable(engine.error));
        auto other = Database::open(engine.server->address(), Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        SecretStore first(*engine.db);
        SecretStore second(*other.value());
        auto firstBegun = Transaction::begin(*engine.db);
        auto secondBegun = Transaction::begin(*other.value());
        const qint64 a = first.nextId().value();
        const qint64 b = second.nextId().value();
        QVERIFY(a > 0 && b > 0);
        QVERIFY(a != b);
    }

    void storageCheckFindsNothingInAWholeVault_data() { addEngines(); }
    void storageCheckFindsNothingInAWholeVault()
    {
        QFETCH(bool, server);
        Engine engine(server);
        QVERIFY2(engine.db, qPrintable(engine.error));
        const auto report = checkIntegrity(*engine.db);
        QVERIFY2(report.ok(), qPrintable(report.error().message()));
        QCOMPARE(report.value().problems, QStringList());
    }

    // What an administrator of the server could do to rewrite history unseen: switch the guard off.
    void storageCheckNamesADisabledGuard_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("problem");
        QTest::newRow("log trigger off") << QStringLiteral("ALTER TABLE archive_log DISABLE TRIGGER "
                                                           "archive_log_append_only")
                                         << QStringLiteral("trigger archive_log_append_only is missing or disabled");
        QTest::newRow("truncate guard dropped")
            << QStringLiteral("DROP TRIGGER log_signature_no_truncate ON log_signature")
            << QStringLiteral("trigger log_signature_no_truncate is missing or disabled");
        QTest::newRow("handover freeze off") << QStringLiteral("ALTER TABLE handover DISABLE TRIGGER ALL")
                                             << QStringLiteral("trigger handover_final is missing or disabled");
        QTest::newRow("unvalidated constraint")
            << QStringLiteral("ALTER TABLE account ADD CONSTRAINT sneaky CHECK (id > 0) NOT VALID")
            << QStringLiteral("constraint sneaky is not validated");
    }
    void storageCheckNamesADisabledGuard()
    {
        QFETCH(QString, statement);
        QFETCH(QString, problem);
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine engine(true);
        QVERIFY2(engine.db, qPrintable(engine.error));
        QCOMPARE(engine.server->sql(statement), QString());
        const auto report = checkIntegrity(*engine.db);
        QVERIFY2(report.ok(), qPrintable(report.error().message()));
        QVERIFY2(report.value().problems.contains(problem), qPrintable(report.value().problems.join(u'\n')));
    }

    // A vault goes file -> server -> file and comes back row for row, finalised handover included,
    // and the server's ids continue after the copied ones.
    void copyKeepsEveryRowBothWays()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine file(false, QStringLiteral("source"));
        QVERIFY2(file.db, qPrintable(file.error));
        const QStringList rows = {
            QStringLiteral("INSERT INTO vault_meta (key, value) VALUES ('vault_id', 'abc'), ('format', 'brankas')"),
            QStringLiteral("INSERT INTO officer (name, role, kdf, salt, kdf_n, kdf_r, kdf_p, verifier, created_at, "
                           "sign_public) VALUES ('Sitī', 'administrator', 'scrypt', x'0001', 16384, 8, 1, x'ff00', "
                           "'t', x'1234')"),
            QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES ('72.05.01', 'Momunu', 'x')"),
            QStringLiteral("INSERT INTO account (kecamatan_id, platform, handle, nature, status, created_at, "
                           "updated_at) VALUES (1, 'instagram', 'pw', 'permanent', 'active', 'x', 'x')"),
            QStringLiteral("INSERT INTO account_secret (id, account_id, kind, sealed, set_at, officer, reason) "
                           "VALUES (7, 1, 'password', x'00ff00', 't', 'Sitī', 'r')"),
            QStringLiteral("INSERT INTO handover (kind, kecamatan_id, held_on, from_name, to_name, created_at, "
                           "created_by) VALUES ('return', 1, '2026-12-01', 'A', 'B', 'x', 'Sitī')"),
            QStringLiteral("INSERT INTO handover_account (handover_id, account_id, position, password_changed) "
                           "VALUES (1, 1, 1, 1)"),
            QStringLiteral("UPDATE handover SET finalized_at = 'y', finalized_by = 'Sitī', number = '1/BA'"),
            QStringLiteral("INSERT INTO archive_log (seq, at, officer, action, target, details, mac) VALUES "
                           "(1, 't', 'Sitī', 'vault.created', 'vault', '{\"a\":\"ü\"}', x'0102')"),
            QStringLiteral("INSERT INTO log_signature (last_seq, first_seq, signer, signature) VALUES (1, 1, x'01', "
                           "x'02')"),
            QStringLiteral("INSERT INTO account_metric (account_id, month, followers, updated_at) VALUES "
                           "(1, '2026-11', 5, 't')"),
        };
        for (const QString &row : rows) {
            QVERIFY(file.exec(row));
        }
        Engine server(true);
        QVERIFY2(server.db, qPrintable(server.error));
        const Status toServer = copyVault(*file.db, *server.db);
        QVERIFY2(toServer.ok(), qPrintable(toServer.error().message()));
        QCOMPARE(schemaTables(*file.db), sortedVaultTables());
        QCOMPARE(schemaTables(*server.db), sortedVaultTables());
        QCOMPARE(dump(*server.db), dump(*file.db));

        Engine back(false, QStringLiteral("back"));
        QVERIFY2(back.db, qPrintable(back.error));
        const Status toFile = copyVault(*server.db, *back.db);
        QVERIFY2(toFile.ok(), qPrintable(toFile.error().message()));
        QCOMPARE(dump(*back.db), dump(*file.db));

        // The server computed the searched text of the copied rows.
        AccountFilter momunu;
        momunu.text = QStringLiteral("MOMUNU pw");
        const auto onServer = AccountStore(*server.db).list(momunu);
        QVERIFY2(onServer.ok(), qPrintable(onServer.error().message()));
        QCOMPARE(onServer.value().size(), 1);

        // New rows on the server continue after the copied ids.
        QCOMPARE(AccountStore(*server.db).insert(account(1, QStringLiteral("baru"))).value(), qint64(2));
        QVERIFY(SecretStore(*server.db).nextId().value() > 7);
        // A target that already holds a vault is refused, and stays as it was.
        const QStringList before = dump(*back.db);
        const Status again = copyVault(*server.db, *back.db);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(dump(*back.db), before);
    }

    // The rows go in multi-row INSERTs: more rows than one statement holds (the log: two full
    // statements and a shorter rest) come over whole, byte for byte, both ways.
    void copyInBatchesKeepsEveryRow()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        const int perStatement = BatchInsert::rowsPerStatement(7); // archive_log's columns
        const int entries = 2 * perStatement + 345;
        Engine file(false, QStringLiteral("source"));
        QVERIFY2(file.db, qPrintable(file.error));
        QVERIFY(file.exec(QStringLiteral("BEGIN")));
        QSqlQuery insert(file.db->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO archive_log (seq, at, officer, action, target, details, "
                                              "mac) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        for (int seq = 1; seq <= entries; ++seq) {
            insert.addBindValue(seq);
            insert.addBindValue(QStringLiteral("2026-12-02T04:00:%1.000Z").arg(seq % 60, 2, 10, QLatin1Char('0')));
            insert.addBindValue(seq % 3 ? QStringLiteral("Sitī") : QStringLiteral("O'Brien"));
            insert.addBindValue(QStringLiteral("account.added"));
            insert.addBindValue(QStringLiteral("account:%1").arg(seq));
            insert.addBindValue(QStringLiteral("{\"n\":%1,\"q\":\"\\\"ü?\\\\\"}").arg(seq));
            insert.addBindValue(QByteArray(32, char(seq)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(file.exec(QStringLiteral("COMMIT")));

        Engine server(true);
        QVERIFY2(server.db, qPrintable(server.error));
        const Status toServer = copyVault(*file.db, *server.db);
        QVERIFY2(toServer.ok(), qPrintable(toServer.error().message()));
        const QStringList rows = dump(*file.db);
        QCOMPARE(rows.filter(QStringLiteral("archive_log ")).size(), entries);
        QCOMPARE(dump(*server.db), rows);
        Engine back(false, QStringLiteral("back"));
        QVERIFY2(back.db, qPrintable(back.error));
        const Status toFile = copyVault(*server.db, *back.db);
        QVERIFY2(toFile.ok(), qPrintable(toFile.error().message()));
        QCOMPARE(dump(*back.db), rows);
    }

    // A statement the target refuses after others went in leaves the target as empty as it was: the
    // whole copy is one transaction. Two handles that differ only in a non-ASCII letter's case are
    // two accounts to SQLite's NOCASE (ASCII only) and one to the server's lower().
    void copyRefusedLateLeavesTargetEmpty()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run");
        }
        Engine file(false, QStringLiteral("source"));
        QVERIFY2(file.db, qPrintable(file.error));
        QVERIFY(file.exec(QStringLiteral("INSERT INTO kecamatan (code, name, created_at) VALUES ('72.05.01', "
                                         "'Momunu', 'x')")));
        QVERIFY(file.exec(QStringLiteral("BEGIN")));
        for (int seq = 1; seq <= 1500; ++seq) {
            QVERIFY(file.exec(QStringLiteral("INSERT INTO archive_log (seq, at, officer, action, target, details, mac) "
                                             "VALUES (%1, 't', 'Siti', 'a', 't', '{}', x'01')")
                                  .arg(seq)));
        }
        QVERIFY(file.exec(QStringLiteral("COMMIT")));
        QVERIFY(AccountStore(*file.db).insert(account(1, QStringLiteral("pw.élan"))).ok());
        QVERIFY(AccountStore(*file.db).insert(account(1, QStringLiteral("pw.Élan"))).ok());

        Engine server(true);
        QVERIFY2(server.db, qPrintable(server.error));
        const QStringList before = dump(*server.db);
        const Status copied = copyVault(*file.db, *server.db);
        QVERIFY(!copied.ok());
        QCOMPARE(dump(*server.db), before);
    }
};

QTEST_GUILESS_MAIN(TestStorageEngines)
#include "tst_storageengines.moc"
