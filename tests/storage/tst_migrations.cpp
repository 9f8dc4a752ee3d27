// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/migrations.h>
#include <core/storage/vaultfile.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Storage;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void statementsAreSplitKeepingTriggerBodies();
    void freshDatabaseReachesTheLatestSchema();
    void migrationsAreNumberedFromOne();
    void statementsAreSplitKeepingFunctionBodies();
};

void TestMigrations::statementsAreSplitKeepingTriggerBodies()
{
    const QString script = QStringLiteral("-- a comment\n"
                                          "CREATE TABLE a (x INTEGER);\n\n"
                                          "CREATE TRIGGER t BEFORE DELETE ON a\n"
                                          "BEGIN\n"
                                          "    SELECT RAISE(ABORT, 'no');\n"
                                          "END;\n"
                                          "CREATE INDEX i ON a (x);\n");
    const QStringList statements = splitStatements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(statements[1].endsWith(QStringLiteral("END;")));
    QVERIFY(statements[1].contains(QStringLiteral("RAISE")));
}

void TestMigrations::statementsAreSplitKeepingFunctionBodies()
{
    // PL/pgSQL bodies hold their own BEGIN, END; and ";" lines between "$$" lines, and a "--" line
    // inside a body belongs to it.
    const QString script = QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS\n"
                                          "$$\n"
                                          "BEGIN\n"
                                          "    -- refuse\n"
                                          "    RAISE EXCEPTION 'no';\n"
                                          "END;\n"
                                          "$$;\n"
                                          "-- between\n"
                                          "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
    const QStringList statements = splitStatements(script);
    QCOMPARE(statements.size(), 2);
    QVERIFY(statements[0].endsWith(QStringLiteral("$$;")));
    QVERIFY(statements[0].contains(QStringLiteral("-- refuse")));
    QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
}

void TestMigrations::freshDatabaseReachesTheLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.brankas"));
    {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(migrate(*db.value(), 0).ok());
        QCOMPARE(db.value()->userVersion().value(), latestSchemaVersion());
        QCOMPARE(db.value()->applicationId().value(), VaultApplicationId);
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    // Closed cleanly, the header alone identifies the vault and its version.
    auto header = inspectVaultFile(path, latestSchemaVersion());
    QVERIFY(header.ok());
    QCOMPARE(header.value().schemaVersion, latestSchemaVersion());
    QCOMPARE(inspectVaultFile(path, 0).error().code(), ErrorCode::VaultTooNew);
}

void TestMigrations::migrationsAreNumberedFromOne()
{
    QVERIFY(latestSchemaVersion() >= 1);
    QVERIFY(QFile::exists(QStringLiteral(":/sql/0001_initial.sql")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
