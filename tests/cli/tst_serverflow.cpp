// SPDX-License-Identifier: GPL-3.0-or-later
// The whole flow of an office through brankas-cli, once on a vault file and once on a vault on the
// private PostgreSQL cluster of tests/with-postgres.sh: the same commands, the same answers.
#include "../common/clirunner.h"
#include "../common/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Password = "Momunu#Lama-2024";
} // namespace

class TestServerFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officeFlow_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void officeFlow()
    {
        QFETCH(bool, server);
        QTemporaryDir dir;
        std::unique_ptr<TestServer> database;
        QString vault = dir.filePath(QStringLiteral("kantor.brankas"));
        QStringList init{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), vault,
                         QStringLiteral("init")};
        if (server) {
            if (!TestServer::cluster()) {
                QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
            }
            database = std::make_unique<TestServer>(*TestServer::cluster());
            QVERIFY2(database->ok(), qPrintable(database->error()));
            vault = database->address().toString();
            init = QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                               QStringLiteral("--server"), vault};
        }
        const auto as = [&](const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        Run created = cli(init + QStringList{QStringLiteral("--regency"), QStringLiteral("72.05"),
                                             QStringLiteral("--admin"), QStringLiteral("Siti")},
                          {Admin, Recovery});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(vault), qPrintable(created.out));
        // A server's vault cannot be made twice in one database.
        if (server) {
            Run again = cli(init + QStringList{QStringLiteral("--regency"), QStringLiteral("72.05"),
                                               QStringLiteral("--admin"), QStringLiteral("Siti")},
                            {Admin, Recovery});
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QStringLiteral("already holds a Brankas vault")), qPrintable(again.err));
        }

        VERIFY_RUN(cli(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                           QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                           QStringLiteral("--handle"), QStringLiteral("Panwaslu_Momunu"), QStringLiteral("--status"),
                           QStringLiteral("requested")}),
                       {Admin, Password}));
        VERIFY_RUN(cli(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                           QStringLiteral("72.05.02"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                           QStringLiteral("--handle"), QStringLiteral("pw.lakea")}),
                       {Admin, QByteArray()}));
        // The same account twice, whatever the case of its name, is refused on both engines.
        Run twice = cli(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                            QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                            QStringLiteral("--handle"), QStringLiteral("PANWASLU_MOMUNU")}),
                        {Admin, QByteArray()});
        QCOMPARE(twice.exitCode, 1);

        Run search = cli(as({QStringLiteral("account"), QStringLiteral("search"), QStringLiteral("MOMUNU")}), {Admin});
        VERIFY_RUN(search);
        QVERIFY2(search.out.contains(QStringLiteral("Panwaslu_Momunu")), qPrintable(search.out));
        QVERIFY(!search.out.contains(QStringLiteral("pw.lakea")));

        VERIFY_RUN(cli(as({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("2"),
                           QStringLiteral("deactivated"), QStringLiteral("--reason"), QStringLiteral("akun diganti")}),
                       {Admin}));
        Run list = cli(as({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        VERIFY_RUN(list);
        const QJsonArray accounts = json(list).array();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("deactivated"));

        VERIFY_RUN(
            cli(as({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--kind"),
                    QStringLiteral("password"), QStringLiteral("--reason"), QStringLiteral("rotasi")}),
                {Admin, "Momunu#Baru-2025"}));
        Run reveal = cli(as({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1")}), {Admin});
        VERIFY_RUN(reveal);
        QCOMPARE(reveal.out, QStringLiteral("Momunu#Baru-2025\n"));

        Run handover = cli(
            as({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--kecamatan"),
                QStringLiteral("72.05.01"), QStringLiteral("--kind"), QStringLiteral("activation"),
                QStringLiteral("--date"), QStringLiteral("2026-11-30"), QStringLiteral("--from"),
                QStringLiteral("Siti Rahma"), QStringLiteral("--from-position"), QStringLiteral("Staf Humas"),
                QStringLiteral("--to"), QStringLiteral("Andi Saputra"), QStringLiteral("--to-position"),
                QStringLiteral("Ketua Panwaslu Kecamatan Momunu"), QStringLiteral("--accounts"), QStringLiteral("1")}),
            {Admin});
        VERIFY_RUN(handover);
        Run finalize =
            cli(as({QStringLiteral("handover"), QStringLiteral("finalize"), handover.out.trimmed()}), {Admin});
        VERIFY_RUN(finalize);
        QVERIFY2(finalize.out.contains(QStringLiteral("1/BA/HM.02/72.05/XI/2026")), qPrintable(finalize.out));

        Run verify = cli(as({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        Run check = cli(as({QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QCOMPARE(check.out.contains(QStringLiteral("PostgreSQL server:")), server);
        QCOMPARE(check.out.contains(QStringLiteral("No problems: the server's guards")), server);
        QCOMPARE(check.out.contains(QStringLiteral("No problems: the file")), !server);

        // A backup of either engine is an encrypted SQLite vault, which restores as a file.
        const QString backup = dir.filePath(QStringLiteral("kantor.brankas-backup"));
        Run backedUp = cli(as({QStringLiteral("backup"), QStringLiteral("--out"), backup}), {Admin});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(!QDir(dir.path())
                     .entryList({QStringLiteral(".brankas-snapshot-*")}, QDir::AllEntries | QDir::Hidden)
                     .size());
        const QString restored = dir.filePath(QStringLiteral("dipulihkan.brankas"));
        Run restore = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--officer"),
                           QStringLiteral("Siti"), QStringLiteral("restore"), backup, QStringLiteral("--to"), restored},
                          {Admin, Recovery});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        // A backup restores into a file only; the refusal says how to get it onto a server.
        Run ontoServer = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--officer"),
                              QStringLiteral("Siti"), QStringLiteral("restore"), backup, QStringLiteral("--to"),
                              QStringLiteral("postgresql://humas@server/lain")},
                             {Admin, Recovery});
        QCOMPARE(ontoServer.exitCode, 1);
        QVERIFY2(ontoServer.err.contains(QStringLiteral("vault move --to postgresql://humas@server/lain")),
                 qPrintable(ontoServer.err));
        const auto atRestored = [&](const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), restored,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        Run restoredVerify = cli(atRestored({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(restoredVerify.exitCode == 0, qPrintable(restoredVerify.out + restoredVerify.err));
        Run restoredReveal =
            cli(atRestored({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1")}), {Admin});
        VERIFY_RUN(restoredReveal);
        QCOMPARE(restoredReveal.out, QStringLiteral("Momunu#Baru-2025\n"));
    }

    // file -> server -> file: each copy verifies, holds every account and secret, and the place it
    // came from keeps its own rows (nothing but the mover's own sign-in is added there).
    void vaultMovesBothWays()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        QTemporaryDir dir;
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString file = dir.filePath(QStringLiteral("asal.brankas"));
        const QString server = database.address().toString();
        const QString back = dir.filePath(QStringLiteral("kembali.brankas"));
        const auto at = [&](const QString &vault, const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        VERIFY_RUN(cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), file,
                        QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                        QStringLiteral("--admin"), QStringLiteral("Siti")},
                       {Admin, Recovery}));
        VERIFY_RUN(cli(at(file, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                                 QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                                 QStringLiteral("--handle"), QStringLiteral("pw.momunu")}),
                       {Admin, Password}));
        const auto logOf = [&](const QString &vault) {
            Run run =
                cli(at(vault, {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
            return json(run).array();
        };
        const QJsonArray fileLog = logOf(file);

        Run toServer =
            cli(at(file, {QStringLiteral("vault"), QStringLiteral("move"), QStringLiteral("--to"), server}), {Admin});
        QVERIFY2(toServer.exitCode == 0, qPrintable(toServer.err));
        QVERIFY2(toServer.out.contains(QStringLiteral("left as it was")), qPrintable(toServer.out));
        // The source: what it had, plus the mover's sign-in, and nothing else.
        const QJsonArray fileAfter = logOf(file);
        QCOMPARE(fileAfter.size(), fileLog.size() + 2); // the move's sign-in, then the listing's
        Run serverVerify = cli(at(server, {QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(serverVerify.exitCode == 0, qPrintable(serverVerify.out + serverVerify.err));
        Run serverSecret =
            cli(at(server, {QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1")}), {Admin});
        VERIFY_RUN(serverSecret);
        QCOMPARE(serverSecret.out, QString::fromUtf8(Password) + QLatin1Char('\n'));
        // New rows on the server continue after the copied ones.
        VERIFY_RUN(cli(at(server, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                                   QStringLiteral("72.05.02"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                                   QStringLiteral("--handle"), QStringLiteral("pw.lakea")}),
                       {Admin, QByteArray()}));
        // A database that holds a vault is never a target.
        Run again =
            cli(at(file, {QStringLiteral("vault"), QStringLiteral("move"), QStringLiteral("--to"), server}), {Admin});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a Brankas vault")), qPrintable(again.err));

        Run toFile =
            cli(at(server, {QStringLiteral("vault"), QStringLiteral("move"), QStringLiteral("--to"), back}), {Admin});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        Run backVerify = cli(at(back, {QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(backVerify.exitCode == 0, qPrintable(backVerify.out + backVerify.err));
        Run backList =
            cli(at(back, {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QCOMPARE(json(backList).array().size(), 2);
        // An existing file is never overwritten.
        Run overFile =
            cli(at(server, {QStringLiteral("vault"), QStringLiteral("move"), QStringLiteral("--to"), file}), {Admin});
        QCOMPARE(overFile.exitCode, 1);
        QVERIFY2(overFile.err.contains(QStringLiteral("already a file")), qPrintable(overFile.err));
    }

    void malformedAddressesAreRefusedByEveryCommand_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << QStringLiteral("postgresql://humas:rahasia@server/brankas")
                                  << QStringLiteral("must not carry a password");
        QTest::newRow("other scheme") << QStringLiteral("mysql://humas@server/brankas")
                                      << QStringLiteral("is not a vault address");
        QTest::newRow("no database") << QStringLiteral("postgresql://humas@server/")
                                     << QStringLiteral("needs the database's name");
    }

    void malformedAddressesAreRefusedByEveryCommand()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        for (const QStringList &command :
             {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("log"), QStringLiteral("verify")},
              QStringList{QStringLiteral("account"), QStringLiteral("list")}}) {
            Run run = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"),
                                      address, QStringLiteral("--officer"), QStringLiteral("Siti")} +
                              command,
                          {Admin});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QVERIFY(!run.err.contains(QStringLiteral("rahasia")));
        }
        Run init = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                        QStringLiteral("--server"), address, QStringLiteral("--regency"), QStringLiteral("72.05"),
                        QStringLiteral("--admin"), QStringLiteral("Siti")},
                       {Admin, Recovery});
        QCOMPARE(init.exitCode, 2);
        QVERIFY(!init.err.contains(QStringLiteral("rahasia")));
    }

    // A database its user does not own (the guide's OWNER left out): the user may not build the
    // vault's tables there. One clear line that says what the administrator must do, and the
    // database as empty as it was.
    void aDatabaseItsUserDoesNotOwnIsOneClearLine()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString role = database.newGuestRole();
        QVERIFY(!role.isEmpty());
        const QString address = database.addressAs(role).toString();
        Run init = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                        QStringLiteral("--server"), address, QStringLiteral("--regency"), QStringLiteral("72.05"),
                        QStringLiteral("--admin"), QStringLiteral("Siti")},
                       {Admin, Recovery});
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QStringLiteral("The database must belong to that user")), qPrintable(init.err));
        QCOMPARE(init.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(database.sql(QStringLiteral("DO $$ BEGIN IF to_regclass('brankas_schema') IS NOT NULL THEN "
                                             "RAISE EXCEPTION 'left behind'; END IF; END $$")),
                 QString());
        Run indonesian = cli({QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("init"),
                              QStringLiteral("--server"), address, QStringLiteral("--regency"), QStringLiteral("72.05"),
                              QStringLiteral("--admin"), QStringLiteral("Siti")},
                             {Admin, Recovery});
        QCOMPARE(indonesian.exitCode, 1);
        QVERIFY2(indonesian.err.contains(QStringLiteral("harus dimiliki oleh pengguna itu")),
                 qPrintable(indonesian.err));
        QCOMPARE(database.sql(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role)), QString());
    }

    void unreachableServerIsOneClearLine()
    {
        Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"),
                       QStringLiteral("postgresql://humas@127.0.0.1:1/brankas"), QStringLiteral("--officer"),
                       QStringLiteral("Siti"), QStringLiteral("account"), QStringLiteral("list")},
                      {Admin});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot reach the vault's server")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerFlow)
#include "tst_serverflow.moc"
