// SPDX-License-Identifier: GPL-3.0-or-later
// Backups through brankas-cli as an office runs them: `backup --out`, then `restore` on a new PC
// (its own Secret Service, keyring and XDG folders, through tests/with-keyring.sh), where the
// restored vault verifies, opens from the keychain and reveals its password; and the refusals an
// officer meets: a file cut short or altered with dd, a wrong recovery passphrase, a vault already at
// the path. --replace keeps the old vault as .before-restore.
#include "../common/clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Budi = "budi lemari hijau";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Password = "Momunu#Rahasia2024";

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// dd as an attacker runs it; returns its exit code.
int dd(const QStringList &operands, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("dd"), operands + QStringList{QStringLiteral("status=none")});
    process.write(input);
    process.closeWriteChannel();
    return process.waitForFinished(30000) ? process.exitCode() : -1;
}
} // namespace

class TestBackupFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheCommandsAndTheirInput();
    void backupIsWrittenAndLogged();
    void restoresOnANewPc();
    void refusals_data();
    void refusals();
    void existingVaultNeedsReplace();
    void replaceKeepsTheOldVault();

private:
    QStringList asSiti(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QStringLiteral("Siti")} +
               arguments;
    }
    QStringList restoreArguments(const QString &backup, const QString &to) const
    {
        return {QStringLiteral("--lang"),    QStringLiteral("en"),
                QStringLiteral("--officer"), QStringLiteral("Siti"),
                QStringLiteral("restore"),   backup,
                QStringLiteral("--to"),      to};
    }
    QJsonArray logOf(const QString &path);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_backup;
};

void TestBackupFlow::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("office.brankas"));
    m_backup = m_dir.filePath(QStringLiteral("usb/brankas-2024.brankas-backup"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("usb"))));
    const QList<std::pair<QStringList, QList<QByteArray>>> steps{
        {{QStringLiteral("--vault"), m_path, QStringLiteral("init"), QStringLiteral("--regency"),
          QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
         {Admin, Recovery}},
        {asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"), QStringLiteral("--role"),
                 QStringLiteral("operator")}),
         {Admin, Budi}},
        {asSiti({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Pemilu 2024"),
                 QStringLiteral("--from"), QStringLiteral("2023-01-14"), QStringLiteral("--until"),
                 QStringLiteral("2030-12-31")}),
         {Admin}},
        {asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                 QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                 QStringLiteral("--handle"), QStringLiteral("panwaslu_momunu")}),
         {Admin, Password}},
    };
    for (const auto &[arguments, input] : steps) {
        Run run = cli(arguments, input);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
}

QJsonArray TestBackupFlow::logOf(const QString &path)
{
    Run list = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), path,
                    QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"), QStringLiteral("list"),
                    QStringLiteral("--json")},
                   {Admin});
    if (list.exitCode != 0) {
        qWarning("log list failed: %s", qPrintable(list.err));
    }
    return json(list).array();
}

void TestBackupFlow::helpNamesTheCommandsAndTheirInput()
{
    Run overview = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY(overview.out.contains(QStringLiteral("\n  backup ")));
    QVERIFY(overview.out.contains(QStringLiteral("\n  restore ")));
    Run help =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *expected : {"--to", "--replace", "1. the officer's passphrase", "2. the recovery passphrase"}) {
        QVERIFY2(help.out.contains(QString::fromLatin1(expected)), expected);
    }
    Run noOut = cli(asSiti({QStringLiteral("backup")}), {Admin});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("--out")));
    Run noTarget = cli({QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("restore"), m_backup});
    QCOMPARE(noTarget.exitCode, 2);
}

void TestBackupFlow::backupIsWrittenAndLogged()
{
    Run backup = cli(asSiti({QStringLiteral("backup"), QStringLiteral("--out"), m_backup}), {Admin});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QByteArray hash = sha256Of(m_backup);
    QVERIFY(!hash.isEmpty());
    QVERIFY2(backup.out.contains(QString::fromLatin1(hash)), qPrintable(backup.out));
    QVERIFY((QFile::permissions(m_backup).toInt() & 0x0077) == 0);
    // The newest entry is log list's own sign-in; the one before it the backup.
    const QJsonArray log = logOf(m_path);
    QVERIFY(log.size() > 2);
    const QJsonObject last = log.at(log.size() - 2).toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("vault.backed-up"));
    QCOMPARE(last.value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
    QCOMPARE(last.value(QStringLiteral("details")).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(hash));
    // No plaintext beside the vault or the backup.
    QCOMPARE(
        QDir(m_dir.filePath(QStringLiteral("usb"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList{QStringLiteral("brankas-2024.brankas-backup")});
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QVERIFY2(name == QLatin1String("usb") || name.startsWith(QStringLiteral("office.brankas")), qPrintable(name));
    }
}

void TestBackupFlow::restoresOnANewPc()
{
    QVERIFY(QFile::exists(m_backup));
    QTemporaryDir newPc;
    const QString target = newPc.filePath(QStringLiteral("Brankas/vault.brankas"));
    // A new login session: its own D-Bus, Secret Service, keyring and XDG folders. The passphrases
    // reach each brankas-cli on its standard input through bash's printf (a builtin: no argv).
    const QString script = QStringLiteral(
        "read -r admin; read -r recovery\n"
        "echo \"keychain before: $(secret-tool search --all server Brankas 2>/dev/null | grep -c '^label = ')\"\n"
        "printf '%s\\n%s\\n' \"$admin\" \"$recovery\" | \"$1\" --lang en --officer Siti restore \"$2\" --to \"$3\" "
        "|| exit 10\n"
        "printf '%s\\n' \"$admin\" | \"$1\" --lang en --vault \"$3\" --officer Siti log verify --full || exit 11\n"
        "echo \"revealed: $(printf '%s\\n' \"$admin\" | \"$1\" --lang en --vault \"$3\" --officer Siti secret reveal "
        "1)\"\n"
        "echo \"keychain after: $(secret-tool search --all server Brankas 2>/dev/null | grep -c '^label = ')\"\n");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BRANKAS_IN_KEYRING_SESSION"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANKAS_SOURCE_DIR "/tests/with-keyring.sh"),
                  {QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("new-pc"),
                   QStringLiteral(BRANKAS_CLI_PATH), m_backup, target});
    process.write(Admin + '\n' + Recovery + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("keychain before: 0")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Restored")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("revealed: ") + QString::fromUtf8(Password)), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("keychain after: 1")), qPrintable(out));
    // The new PC's folder holds the vault and nothing of the restore's work.
    const QStringList left = QDir(newPc.filePath(QStringLiteral("Brankas")))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList{QStringLiteral("vault.brankas")});
    QStringList actions;
    for (const QJsonValue &entry : logOf(target)) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY(actions.contains(QStringLiteral("vault.restored")));
    QVERIFY(!actions.contains(QStringLiteral("vault.backed-up")));
}

void TestBackupFlow::refusals_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QByteArray>("recovery");
    QTest::addColumn<QString>("says");
    QTest::newRow("cut short") << QStringLiteral("cut") << Recovery << QStringLiteral("is incomplete");
    QTest::newRow("byte overwritten") << QStringLiteral("overwrite") << Recovery << QStringLiteral("is damaged: part ");
    QTest::newRow("wrong recovery passphrase") << QString() << QByteArray("meja kursi lemari pintu jendelo")
                                               << QStringLiteral("recovery passphrase does not open the backup");
    QTest::newRow("a vault given as the backup")
        << QStringLiteral("vault") << Recovery << QStringLiteral("is not a Brankas backup");
}

void TestBackupFlow::refusals()
{
    QFETCH(QString, attack);
    QFETCH(QByteArray, recovery);
    QFETCH(QString, says);
    QTemporaryDir work;
    QString edited = work.filePath(QStringLiteral("edited.brankas-backup"));
    const qint64 size = QFileInfo(m_backup).size();
    if (attack == QLatin1String("cut")) {
        QCOMPARE(dd({QStringLiteral("if=") + m_backup, QStringLiteral("of=") + edited, QStringLiteral("bs=1"),
                     QStringLiteral("count=%1").arg(size - 40)}),
                 0);
    } else if (attack == QLatin1String("overwrite")) {
        QVERIFY(QFile::copy(m_backup, edited));
        QCOMPARE(dd({QStringLiteral("of=") + edited, QStringLiteral("bs=1"), QStringLiteral("seek=%1").arg(size - 100),
                     QStringLiteral("conv=notrunc")},
                    "X"),
                 0);
    } else if (attack == QLatin1String("vault")) {
        edited = m_path;
    } else {
        edited = m_backup;
    }
    const QString target = work.filePath(QStringLiteral("restored/vault.brankas"));
    Run run = cli(restoreArguments(edited, target), {Admin, recovery});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was restored")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("restored"))) ||
            QDir(work.filePath(QStringLiteral("restored")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestBackupFlow::existingVaultNeedsReplace()
{
    const QByteArray before = sha256Of(m_path);
    // Refused before any passphrase is read: none is given.
    Run run = cli(restoreArguments(m_backup, m_path));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already a file")) && run.err.contains(QStringLiteral("--replace")),
             qPrintable(run.err));
    QCOMPARE(sha256Of(m_path), before);
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".before-restore")));
}

void TestBackupFlow::replaceKeepsTheOldVault()
{
    // A change after the backup, which the restore takes away and .before-restore keeps.
    Run add = cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Rina"),
                          QStringLiteral("--role"), QStringLiteral("viewer")}),
                  {Admin, "rina meja biru tua"});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QByteArray before = sha256Of(m_path);
    Run run = cli(restoreArguments(m_backup, m_path) << QStringLiteral("--replace"), {Admin, Recovery});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString kept = m_path + QStringLiteral(".before-restore");
    QVERIFY2(run.out.contains(kept), qPrintable(run.out));
    QCOMPARE(sha256Of(kept), before);
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}), {Admin});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    Run officers = cli(asSiti({QStringLiteral("officer"), QStringLiteral("list")}), {Admin});
    QVERIFY(officers.out.contains(QStringLiteral("Budi")));
    QVERIFY(!officers.out.contains(QStringLiteral("Rina")));
    // The kept vault still opens as it was.
    Run old =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), kept,
             QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("officer"), QStringLiteral("list")},
            {Admin});
    QVERIFY2(old.exitCode == 0 && old.out.contains(QStringLiteral("Rina")), qPrintable(old.out + old.err));
}

QTEST_GUILESS_MAIN(TestBackupFlow)
#include "tst_backupflow.moc"
