// SPDX-License-Identifier: GPL-3.0-or-later
// Whole flows through brankas-cli, as a script or an officer at a terminal would run them, with the
// real OS keychain (the suite runs inside tests/with-keyring.sh).
#include "../common/clirunner.h"
#include "../common/testvault.h"

#include <core/keychain/systemkeystore.h>
#include <core/storage/migrations.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";

QProcessEnvironment withoutKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return environment;
}
} // namespace

class TestCliFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpNamesEveryCommandAndTheInputOrder();
    void initCreatesAVaultWhoseKeyIsInTheKeychain();
    void initRefusals_data();
    void initRefusals();
    void officersAndTheLog();
    void wrongOfficerPassphraseIsRefusedAndLogged();
    void lostKeychainEntryIsRecovered();
    void wrongRecoveryPassphraseChangesNothing();
    void noKeychainAtAllFallsBackToRecovery();
    void notAVaultIsLeftUntouched();
    void secondWriterIsRefused();
    void tamperedLogFailsVerification();
    void messagesInIndonesian();

private:
    QStringList at(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path} +
               arguments;
    }
    void createVault();
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCliFlow::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.brankas").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestCliFlow::createVault()
{
    Run run = cli(at({QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                      QStringLiteral("--admin"), QStringLiteral("Siti")}),
                  {Admin, Recovery});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliFlow::helpNamesEveryCommandAndTheInputOrder()
{
    Run help = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"init", "info", "recover", "officer add", "officer list", "log list", "log verify"}) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }
    Run initHelp =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"), QStringLiteral("--help")});
    QCOMPARE(initHelp.exitCode, 0);
    QVERIFY(initHelp.out.contains(QStringLiteral("1. the first administrator's passphrase")));
    QVERIFY(initHelp.out.contains(QStringLiteral("2. the recovery passphrase")));
    QVERIFY(initHelp.out.contains(QStringLiteral("--regency")));
    Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("brankas-cli ")));
    Run unknown = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliFlow::initCreatesAVaultWhoseKeyIsInTheKeychain()
{
    createVault();
    Run info = cli(at({QStringLiteral("info"), QStringLiteral("--json")}));
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = json(info).object();
    QCOMPARE(object.value(QStringLiteral("office")).toString(), QStringLiteral("Bawaslu Kabupaten Buol"));
    QCOMPARE(object.value(QStringLiteral("schemaVersion")).toInt(), Storage::latestSchemaVersion());
    QCOMPARE(object.value(QStringLiteral("officers")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("ready"));
    SystemKeyStore keyStore;
    QVERIFY(keyStore.readKey(object.value(QStringLiteral("vaultId")).toString()).ok());
    Run text = cli(at({QStringLiteral("info")}));
    QVERIFY(text.out.contains(QStringLiteral("Bawaslu Kabupaten Buol (72.05), Sulawesi Tengah")));
}

void TestCliFlow::initRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<QByteArray>>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList good{QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                           QStringLiteral("--admin"), QStringLiteral("Siti")};
    QTest::newRow("unknown regency") << QStringList{QStringLiteral("init"), QStringLiteral("--regency"),
                                                    QStringLiteral("72.5"), QStringLiteral("--admin"),
                                                    QStringLiteral("Siti")}
                                     << QList<QByteArray>{Admin, Recovery} << 1
                                     << QStringLiteral("72.05 Kabupaten Buol");
    QTest::newRow("input ends early") << good << QList<QByteArray>{Admin} << 1 << QStringLiteral("expected on line 2");
    QTest::newRow("short recovery passphrase")
        << good << QList<QByteArray>{Admin, "pendek"} << 1 << QStringLiteral("at least 16 characters");
    QTest::newRow("missing --admin") << good.mid(0, 3) << QList<QByteArray>{} << 2 << QStringLiteral("--admin");
}

void TestCliFlow::initRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<QByteArray>, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    Run run = cli(at(arguments), input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(m_path));
}

void TestCliFlow::officersAndTheLog()
{
    createVault();
    const QStringList asSiti{QStringLiteral("--officer"), QStringLiteral("Siti")};
    Run add = cli(at(asSiti + QStringList{QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                                          QStringLiteral("--role"), QStringLiteral("operator")}),
                  {Admin, "kata sandi budi"});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(add.out.contains(QStringLiteral("Budi")));
    // Budi is an operator: he may sign in but not add officers.
    Run refused =
        cli(at({QStringLiteral("--officer"), QStringLiteral("Budi"), QStringLiteral("officer"), QStringLiteral("add"),
                QStringLiteral("Ani"), QStringLiteral("--role"), QStringLiteral("viewer")}),
            {"kata sandi budi", "kata sandi ani"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("Only an administrator")));

    Run list = cli(
        at(asSiti + QStringList{QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray officers = json(list).array();
    QCOMPARE(officers.size(), 2);
    QCOMPARE(officers.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Budi"));
    QCOMPARE(officers.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("operator"));

    Run log =
        cli(at(asSiti + QStringList{QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(log.exitCode, 0);
    QStringList actions;
    for (const QJsonValue &entry : json(log).array()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    // Siti, Budi (an operator) and the recovery passphrase each get the secrets key sealed to them.
    QCOMPARE(actions, (QStringList{QStringLiteral("vault.created"), QStringLiteral("officer.added"),
                                   QStringLiteral("secrets.access-granted"), QStringLiteral("secrets.access-granted"),
                                   QStringLiteral("officer.signed-in"), QStringLiteral("officer.added"),
                                   QStringLiteral("secrets.access-granted"), QStringLiteral("officer.signed-in"),
                                   QStringLiteral("officer.signed-in"), QStringLiteral("officer.signed-in")}));
    // No passphrase reaches the log.
    QVERIFY(!log.out.contains(QStringLiteral("kata sandi")));

    Run verify = cli(at(asSiti + QStringList{QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("intact: 11 entries, fingerprint [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"))
                 .match(verify.out)
                 .hasMatch(),
             qPrintable(verify.out));
    QVERIFY2(verify.out.contains(QStringLiteral("signed by Siti")), qPrintable(verify.out));
    // An administrator's verification leaves a signed checkpoint; the next one starts from it.
    Run again = cli(at(asSiti + QStringList{QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("checkpoint at entry 12")), qPrintable(again.out));
    Run full = cli(at(asSiti + QStringList{QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}),
                   {Admin});
    QCOMPARE(full.exitCode, 0);
    QVERIFY2(!full.out.contains(QStringLiteral("checkpoint")), qPrintable(full.out));
}

void TestCliFlow::wrongOfficerPassphraseIsRefusedAndLogged()
{
    createVault();
    Run wrong =
        cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"), QStringLiteral("list")}),
            {"bukan kata sandinya"});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(QStringLiteral("name or passphrase is not right")));
    Run missingOfficer = cli(at({QStringLiteral("log"), QStringLiteral("list")}), {Admin});
    QCOMPARE(missingOfficer.exitCode, 1);
    QVERIFY(missingOfficer.err.contains(QStringLiteral("--officer")));
    Run log = cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"),
                      QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("officer.sign-in-failed")}),
                  {Admin});
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.out.count(QStringLiteral("officer.sign-in-failed")), 1);
}

void TestCliFlow::lostKeychainEntryIsRecovered()
{
    createVault();
    const QString id = json(cli(at({QStringLiteral("info"), QStringLiteral("--json")})))
                           .object()
                           .value(QStringLiteral("vaultId"))
                           .toString();
    SystemKeyStore keyStore;
    QVERIFY(keyStore.removeKey(id).ok());

    Run info = cli(at({QStringLiteral("info"), QStringLiteral("--json")}));
    QCOMPARE(json(info).object().value(QStringLiteral("keychain")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("missing"));
    const QStringList list{QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("officer"),
                           QStringLiteral("list")};
    // Without the recovery passphrase on the next line, the command says what it needs.
    Run needsRecovery = cli(at(list), {Admin});
    QCOMPARE(needsRecovery.exitCode, 1);
    QVERIFY2(needsRecovery.err.contains(QStringLiteral("recovery passphrase")), qPrintable(needsRecovery.err));
    QCOMPARE(keyStore.readKey(id).error().code(), ErrorCode::KeychainEntryMissing);

    Run withRecovery = cli(at(list), {Admin, Recovery});
    QVERIFY2(withRecovery.exitCode == 0, qPrintable(withRecovery.err));
    QVERIFY(withRecovery.out.contains(QStringLiteral("Siti")));
    QVERIFY(withRecovery.err.contains(QStringLiteral("brankas-cli recover")));

    Run recover =
        cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("recover")}), {Admin, Recovery});
    QVERIFY2(recover.exitCode == 0, qPrintable(recover.err));
    QVERIFY(keyStore.readKey(id).ok());
    Run afterwards = cli(at(list), {Admin});
    QCOMPARE(afterwards.exitCode, 0);
    QVERIFY(afterwards.err.isEmpty());
    Run log = cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"),
                      QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("vault.")}),
                  {Admin});
    QVERIFY(log.out.contains(QStringLiteral("vault.unlocked-with-recovery")));
    QVERIFY(log.out.contains(QStringLiteral("vault.keychain-restored")));
}

void TestCliFlow::wrongRecoveryPassphraseChangesNothing()
{
    createVault();
    const QString id = json(cli(at({QStringLiteral("info"), QStringLiteral("--json")})))
                           .object()
                           .value(QStringLiteral("vaultId"))
                           .toString();
    SystemKeyStore keyStore;
    QVERIFY(keyStore.removeKey(id).ok());
    const QByteArray before = fileHash(m_path);
    Run run = cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("recover")}),
                  {Admin, "salah semua kata kata ini"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.endsWith(QStringLiteral("nothing was changed.\n")), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(keyStore.readKey(id).error().code(), ErrorCode::KeychainEntryMissing);
}

void TestCliFlow::noKeychainAtAllFallsBackToRecovery()
{
    Run init = cli(at({QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.71"),
                       QStringLiteral("--admin"), QStringLiteral("Siti")}),
                   {Admin, Recovery}, withoutKeychain());
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.err.contains(QStringLiteral("recovery passphrase is needed")));
    Run info = cli(at({QStringLiteral("info"), QStringLiteral("--json")}), {}, withoutKeychain());
    QCOMPARE(json(info).object().value(QStringLiteral("keychain")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("unavailable"));
    Run list = cli(
        at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("officer"), QStringLiteral("list")}),
        {Admin, Recovery}, withoutKeychain());
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    // The officer is told why the keychain failed before being asked for the recovery passphrase.
    QVERIFY2(list.err.contains(QStringLiteral("could not reach the password store")), qPrintable(list.err));
}

void TestCliFlow::notAVaultIsLeftUntouched()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Daftar hadir rapat koordinasi\n");
    file.close();
    const QByteArray before = fileHash(m_path);
    for (const QStringList &command :
         {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("--officer"), QStringLiteral("Siti"),
                                                           QStringLiteral("log"), QStringLiteral("verify")}}) {
        Run run = cli(at(command), {Admin, Recovery});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not a Brankas vault")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("notAVault*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestCliFlow::secondWriterIsRefused()
{
    createVault();
    SystemKeyStore keyStore;
    SystemClock clock;
    auto holder = Vault::open(m_path, Vault::Access::ReadWrite, VaultEnvironment{keyStore, clock, {}});
    QVERIFY(holder.ok());
    const QByteArray before = fileHash(m_path);
    Run run = cli(
        at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("officer"), QStringLiteral("list")}),
        {Admin});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("in use by tst_cliflow (process %1").arg(QCoreApplication::applicationPid())),
        qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
    // info reads without taking the vault, so it works meanwhile.
    QCOMPARE(cli(at({QStringLiteral("info")})).exitCode, 0);
}

void TestCliFlow::tamperedLogFailsVerification()
{
    createVault();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER archive_log_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE archive_log SET officer = 'Budi' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    Run run =
        cli(at({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"), QStringLiteral("verify")}),
            {Admin});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("entry 2 was edited")), qPrintable(run.err));
}

void TestCliFlow::messagesInIndonesian()
{
    Run run =
        cli({QStringLiteral("--vault"), m_dir.filePath(QStringLiteral("tidak-ada.brankas")), QStringLiteral("info")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Tidak ada brankas")), qPrintable(run.err));
    Run english = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"),
                       m_dir.filePath(QStringLiteral("tidak-ada.brankas")), QStringLiteral("info")});
    QVERIFY2(english.err.contains(QStringLiteral("There is no vault")), qPrintable(english.err));
}

QTEST_GUILESS_MAIN(TestCliFlow)
#include "tst_cliflow.moc"
