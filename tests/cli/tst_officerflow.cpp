// SPDX-License-Identifier: GPL-3.0-or-later
// Officers come and go, through brankas-cli as a script would do it: close and open access, roles,
// an officer's own passphrase and an administrator's reset, with the real OS keychain (the suite
// runs inside tests/with-keyring.sh).
#include "../common/clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray BudiPassphrase = "budi lemari hijau";
const QByteArray RinaPassphrase = "rina meja biru tua";
const QByteArray Temporary = "sementara kursi merah";
const QByteArray BudiNew = "baru sekali pintu kayu";
} // namespace

class TestOfficerFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpSaysHowAResetSignsIn();
    void disableClosesAccessAndTheSeal();
    void refusals_data();
    void refusals();
    void enableAndRole();
    void resetThenFirstSignInChooses();
    void ownPassphrase();
    void logStillVerifies();
    void vaultCheckExitsThreeOnAnEditedLog();

private:
    QStringList as(const QString &officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),
                           QStringLiteral("--vault"),   m_path,
                           QStringLiteral("--officer"), officer} +
               arguments;
    }
    QJsonObject listed(const QString &name);
    int sealsOf(const QString &name);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestOfficerFlow::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("office.brankas"));
    Run init = cli({QStringLiteral("--vault"), m_path, QStringLiteral("init"), QStringLiteral("--regency"),
                    QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                   {Admin, Recovery});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    for (const auto &[name, role, passphrase] :
         {std::tuple{"Budi", "operator", BudiPassphrase}, std::tuple{"Rina", "viewer", RinaPassphrase}}) {
        Run add =
            cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("add"), QString::fromLatin1(name),
                                            QStringLiteral("--role"), QString::fromLatin1(role)}),
                {Admin, passphrase});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
}

QJsonObject TestOfficerFlow::listed(const QString &name)
{
    Run list =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")}),
            {Admin});
    if (list.exitCode != 0) {
        qFatal("officer list failed: %s", qPrintable(list.err));
    }
    for (const QJsonValue &officer : json(list).array()) {
        if (officer.toObject().value(QStringLiteral("name")).toString() == name) {
            return officer.toObject();
        }
    }
    return {};
}

// Read straight from the file, as an examiner with sqlite3 would.
int TestOfficerFlow::sealsOf(const QString &name)
{
    const qint64 id = listed(name).value(QStringLiteral("id")).toInteger();
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("examine"));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM secrets_wrap WHERE holder = ?"));
            query.addBindValue(QStringLiteral("officer:%1").arg(id));
            if (query.exec() && query.next()) {
                count = query.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("examine"));
    return count;
}

void TestOfficerFlow::helpSaysHowAResetSignsIn()
{
    Run help = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("officer"), QStringLiteral("reset"),
                    QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("one more line")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("temporary passphrase for NAME")), qPrintable(help.out));
    Run overview = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    for (const char *command :
         {"officer disable", "officer enable", "officer role", "officer passphrase", "officer reset"}) {
        QVERIFY2(overview.out.contains(QString::fromLatin1(command)), command);
    }
}

void TestOfficerFlow::disableClosesAccessAndTheSeal()
{
    QCOMPARE(sealsOf(QStringLiteral("Budi")), 1);
    Run disable =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("disable"), QStringLiteral("Budi"),
                                        QStringLiteral("--reason"), QStringLiteral("pindah ke Bawaslu Provinsi")}),
            {Admin});
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.err));
    QCOMPARE(sealsOf(QStringLiteral("Budi")), 0);

    Run verify =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}),
            {Admin});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY(verify.out.contains(QStringLiteral("intact")));

    Run refused =
        cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {BudiPassphrase});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("access was closed on %1 by Siti")
                                      .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))),
             qPrintable(refused.err));

    Run list = cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("list")}), {Admin});
    QVERIFY2(list.out.contains(QStringLiteral("by Siti: pindah ke Bawaslu Provinsi")), qPrintable(list.out));
    const QJsonObject budi = listed(QStringLiteral("Budi"));
    QVERIFY(budi.value(QStringLiteral("disabled")).toBool());
    QCOMPARE(budi.value(QStringLiteral("disabledBy")).toString(), QStringLiteral("Siti"));
    QCOMPARE(budi.value(QStringLiteral("disabledReason")).toString(), QStringLiteral("pindah ke Bawaslu Provinsi"));

    Run log = cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}),
                  {Admin});
    QStringList actions;
    for (const QJsonValue &entry : json(log).array()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY(actions.contains(QStringLiteral("officer.disabled")));
    QVERIFY(actions.contains(QStringLiteral("secrets.access-revoked")));
    QVERIFY(actions.contains(QStringLiteral("officer.sign-in-refused")));
}

void TestOfficerFlow::refusals_data()
{
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *officer, const QByteArray &passphrase, const char *arguments,
                        int exitCode, const char *message) {
        QTest::newRow(name) << QString::fromLatin1(officer) << passphrase
                            << QString::fromLatin1(arguments).split(QLatin1Char(' ')) << exitCode
                            << QString::fromLatin1(message);
    };
    row("last administrator demoted", "Siti", Admin, "officer role Siti operator", 1, "last active administrator");
    row("own access closed", "Siti", Admin, "officer disable Siti --reason x", 1, "your own access");
    row("viewer enables", "Rina", RinaPassphrase, "officer enable Budi", 1, "Only an active administrator");
    row("viewer resets", "Rina", RinaPassphrase, "officer reset Budi", 1, "Only an active administrator");
    row("unknown name", "Siti", Admin, "officer disable Nobody --reason x", 1, "There is no officer named");
    row("unknown role", "Siti", Admin, "officer role Rina boss", 1, "is not a role");
    row("no reason", "Siti", Admin, "officer disable Rina", 2, "--reason");
    row("passphrase with a name", "Siti", Admin, "officer passphrase Rina", 2, "officer reset");
}

void TestOfficerFlow::refusals()
{
    QFETCH(QString, officer);
    QFETCH(QByteArray, passphrase);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    Run run = cli(as(officer, arguments), {passphrase, Temporary, Temporary});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(listed(QStringLiteral("Siti")).value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    QCOMPARE(listed(QStringLiteral("Rina")).value(QStringLiteral("disabled")).toBool(), false);
}

void TestOfficerFlow::enableAndRole()
{
    Run enable =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("enable"), QStringLiteral("Budi")}),
            {Admin});
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.err));
    QCOMPARE(sealsOf(QStringLiteral("Budi")), 1);
    QCOMPARE(listed(QStringLiteral("Budi")).value(QStringLiteral("disabled")).toBool(), false);
    Run signIn = cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {BudiPassphrase});
    QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.err));

    QCOMPARE(sealsOf(QStringLiteral("Rina")), 0);
    Run role = cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("role"),
                                               QStringLiteral("Rina"), QStringLiteral("operator")}),
                   {Admin});
    QVERIFY2(role.exitCode == 0, qPrintable(role.err));
    QCOMPARE(listed(QStringLiteral("Rina")).value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(sealsOf(QStringLiteral("Rina")), 1);
}

void TestOfficerFlow::resetThenFirstSignInChooses()
{
    Run reset =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("reset"), QStringLiteral("Budi")}),
            {Admin, Temporary});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QVERIFY(listed(QStringLiteral("Budi")).value(QStringLiteral("mustChangePassphrase")).toBool());
    // The old passphrase no longer works.
    Run old = cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {BudiPassphrase});
    QCOMPARE(old.exitCode, 1);
    // The temporary one alone is not enough: brankas-cli asks for the new one on the next line.
    Run noNew = cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {Temporary});
    QCOMPARE(noNew.exitCode, 1);
    QVERIFY2(noNew.err.contains(QStringLiteral("temporary passphrase")), qPrintable(noNew.err));
    Run chooses =
        cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {Temporary, BudiNew});
    QVERIFY2(chooses.exitCode == 0, qPrintable(chooses.err));
    QVERIFY(!listed(QStringLiteral("Budi")).value(QStringLiteral("mustChangePassphrase")).toBool());
    Run later = cli(as(QStringLiteral("Budi"), {QStringLiteral("officer"), QStringLiteral("list")}), {BudiNew});
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QCOMPARE(sealsOf(QStringLiteral("Budi")), 1);
}

void TestOfficerFlow::ownPassphrase()
{
    const QByteArray rinaNew = "rina gunung tinggi sekali";
    Run change = cli(as(QStringLiteral("Rina"), {QStringLiteral("officer"), QStringLiteral("passphrase")}),
                     {RinaPassphrase, rinaNew});
    QVERIFY2(change.exitCode == 0, qPrintable(change.err));
    QCOMPARE(
        cli(as(QStringLiteral("Rina"), {QStringLiteral("officer"), QStringLiteral("list")}), {RinaPassphrase}).exitCode,
        1);
    Run signIn = cli(as(QStringLiteral("Rina"), {QStringLiteral("officer"), QStringLiteral("list")}), {rinaNew});
    QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.err));
    Run weak =
        cli(as(QStringLiteral("Rina"), {QStringLiteral("officer"), QStringLiteral("passphrase")}), {rinaNew, "rina"});
    QCOMPARE(weak.exitCode, 1);
}

void TestOfficerFlow::logStillVerifies()
{
    Run verify =
        cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}),
            {Admin});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    // Budi's reset registered new keys under Siti's signature; his later entries verify under them.
    Run log = cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}),
                  {Admin});
    QStringList actions;
    for (const QJsonValue &entry : json(log).array()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    for (const char *action : {"officer.enabled", "officer.role-changed", "officer.passphrase-reset",
                               "officer.keys-registered", "officer.passphrase-changed"}) {
        QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }
    QVERIFY(!log.out.contains(QStringLiteral("sementara")));
}

void TestOfficerFlow::vaultCheckExitsThreeOnAnEditedLog()
{
    Run whole = cli(as(QStringLiteral("Siti"), {QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.out + whole.err));
    QVERIFY2(whole.out.contains(QStringLiteral("No problems")), qPrintable(whole.out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER archive_log_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE archive_log SET officer = 'Mallory' WHERE seq = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    Run damaged = cli(as(QStringLiteral("Siti"), {QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(damaged.out.contains(QStringLiteral("Archive log: ")), qPrintable(damaged.out + damaged.err));
    QVERIFY(!damaged.out.contains(QStringLiteral("No problems")));
}

QTEST_GUILESS_MAIN(TestOfficerFlow)
#include "tst_officerflow.moc"
