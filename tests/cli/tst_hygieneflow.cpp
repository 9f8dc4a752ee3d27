// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-cli as someone who shares the office PC, has a copy of the vault and sqlite3 would use it:
// reports aimed at the vault, bytes that are not UTF-8 on standard input, names that hide or
// impersonate, weak passphrases, terminal escapes planted in the vault, dates that only look
// right, files others can read, and a core dump of a running brankas-cli. Runs with the real OS
// keychain (inside tests/with-keyring.sh); the steps share one vault and run in order.
#include "../common/clirunner.h"
#include "../common/testvault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Budi = "budi lemari hijau";

// brankas-cli started by a shell that first runs `prelude` (umask, ulimit...).
Run throughShell(const QString &prelude, const QStringList &arguments, const QList<QByteArray> &stdinLines)
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), prelude + QStringLiteral("; exec \"$0\" \"$@\""),
                              QStringLiteral(BRANKAS_CLI_PATH)} +
                      arguments);
    for (const QByteArray &line : stdinLines) {
        process.write(line + '\n');
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        qFatal("brankas-cli did not finish");
    }
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0) {
        return mode_t(-1);
    }
    return info.st_mode & 07777;
}

bool hasHiddenCharacters(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestHygieneFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vaultIsOwnerOnlyWhateverTheUmask();
    void reportNeverReplacesTheVault_data();
    void reportNeverReplacesTheVault();
    void reportIntoAFolderThatRefusesWrites();
    void recoverySheetIsOwnerOnly();
    void invalidUtf8OnStandardInput_data();
    void invalidUtf8OnStandardInput();
    void namesThatHideOrImpersonate_data();
    void namesThatHideOrImpersonate();
    void weakPassphrasesSayWhy_data();
    void weakPassphrasesSayWhy();
    void plantedEscapesAreShownNotActedOn();
    void datesAreExactlyYyyyMmDd_data();
    void datesAreExactlyYyyyMmDd();
    void runningCliCannotBeDumped();

private:
    QStringList as(const char *officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),        QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QString::fromLatin1(officer)} +
               arguments;
    }
    QStringList officerNames();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestHygieneFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
    // umask 000 would make every new file readable and writable by all: the vault must not follow.
    VERIFY_RUN(throughShell(QStringLiteral("umask 000"),
                            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path,
                             QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                             QStringLiteral("--admin"), QStringLiteral("Siti")},
                            {Admin, Recovery}));
}

QStringList TestHygieneFlow::officerNames()
{
    Run list = cli(as("Siti", {QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QStringList names;
    for (const QJsonValue &officer : json(list).array()) {
        names << officer.toObject().value(QStringLiteral("name")).toString();
    }
    return names;
}

void TestHygieneFlow::vaultIsOwnerOnlyWhateverTheUmask()
{
    QCOMPARE(modeOf(m_path), mode_t(0600));
    // A write under umask 000 makes the WAL and shared-memory files anew; they follow the vault.
    VERIFY_RUN(throughShell(QStringLiteral("umask 000"),
                            as("Siti", {QStringLiteral("kecamatan"), QStringLiteral("set"), QStringLiteral("72.05.01"),
                                        QStringLiteral("--phone"), QStringLiteral("0445-21000")}),
                            {Admin}));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix)) {
            QCOMPARE(modeOf(m_path + suffix), mode_t(0600));
        }
    }
    QCOMPARE(modeOf(m_path), mode_t(0600));
}

void TestHygieneFlow::reportNeverReplacesTheVault_data()
{
    QTest::addColumn<QString>("out"); // "@": the vault's path; "link": a symbolic link to the vault
    QTest::newRow("the vault") << QStringLiteral("@");
    QTest::newRow("a symbolic link to the vault") << QStringLiteral("link");
    QTest::newRow("the vault's WAL") << QStringLiteral("@-wal");
    QTest::newRow("the vault's lock") << QStringLiteral("@.lock");
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestHygieneFlow::reportNeverReplacesTheVault()
{
    QFETCH(QString, out);
    QString path = out.startsWith(QLatin1Char('@')) ? m_path + out.mid(1) : out;
    if (out == QLatin1String("link")) {
        path = m_dir.filePath(QStringLiteral("laporan.pdf"));
        QFile::remove(path);
        QVERIFY(QFile::link(m_path, path));
    } else if (out == QLatin1String("folder")) {
        path = m_dir.path();
    }
    const QByteArray before = fileHash(m_path);
    Run refused =
        cli(as("Siti", {QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"), path}), {Admin});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(path), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QStringLiteral("written")));
    QCOMPARE(fileHash(m_path), before);
    if (out == QLatin1String("/dev/full")) {
        QVERIFY(!QFileInfo(path).isFile());
    }
    // The vault still opens and signs in.
    QVERIFY(officerNames().contains(QStringLiteral("Siti")));
}

void TestHygieneFlow::reportIntoAFolderThatRefusesWrites()
{
    // As root every folder is writable whatever its mode; /proc/self then stands in for one.
    QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (geteuid() == 0) {
        folder = QStringLiteral("/proc/self");
    }
    const QString path = folder + QStringLiteral("/register.pdf");
    Run refused =
        cli(as("Siti", {QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"), path}), {Admin});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(path) && refused.err.contains(QStringLiteral("could not write")),
             qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QStringLiteral("written")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestHygieneFlow::recoverySheetIsOwnerOnly()
{
    const QString sheet = m_dir.filePath(QStringLiteral("pemulihan.pdf"));
    const QString reportPath = m_dir.filePath(QStringLiteral("register.pdf"));
    VERIFY_RUN(throughShell(
        QStringLiteral("umask 000"),
        as("Siti", {QStringLiteral("report"), QStringLiteral("recovery-sheet"), QStringLiteral("--out"), sheet}),
        {Admin}));
    Run report = throughShell(
        QStringLiteral("umask 022"),
        as("Siti", {QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"), reportPath}),
        {Admin});
    VERIFY_RUN(report);
    QVERIFY(report.out.contains(QStringLiteral("written")));
    QCOMPARE(modeOf(sheet), mode_t(0600));
    QCOMPARE(modeOf(reportPath), mode_t(0644)); // not a secret: as the umask says
    QFile pdf(reportPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray content = pdf.readAll();
    QVERIFY(content.startsWith("%PDF-"));
    QVERIFY(content.trimmed().endsWith("%%EOF"));
    // Only the two PDFs beside the vault: no temporary file left behind.
    const QStringList pdfs =
        QDir(m_dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    QCOMPARE(pdfs.size(), 2);
}

void TestHygieneFlow::invalidUtf8OnStandardInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<QByteArray>>("input");
    QTest::addColumn<QString>("line");
    QTest::newRow("sign-in passphrase") << QStringList{QStringLiteral("officer"), QStringLiteral("list")}
                                        << QList<QByteArray>{"\xff\xff\xff\xff\xff\xff\xff\xff"} << QStringLiteral("1");
    QTest::newRow("new officer's passphrase")
        << QStringList{QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                       QStringLiteral("--role"), QStringLiteral("operator")}
        << QList<QByteArray>{Admin, "budi lemari \xfe\xfe\xfe"} << QStringLiteral("2");
    QTest::newRow("account password (Latin-1 é)")
        << QStringList{QStringLiteral("account"),  QStringLiteral("add"),          QStringLiteral("--kecamatan"),
                       QStringLiteral("72.05.01"), QStringLiteral("--platform"),   QStringLiteral("instagram"),
                       QStringLiteral("--handle"), QStringLiteral("panwaslu.biau")}
        << QList<QByteArray>{Admin, "caf\xe9-Momunu-2024"} << QStringLiteral("2");
}

void TestHygieneFlow::invalidUtf8OnStandardInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<QByteArray>, input);
    QFETCH(QString, line);
    Run refused = cli(as("Siti", arguments), input);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("not valid UTF-8")) &&
                 refused.err.contains(QStringLiteral("Line %1").arg(line)),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QChar(0xFFFD)));
    QCOMPARE(officerNames(), QStringList{QStringLiteral("Siti")});
    Run accounts =
        cli(as("Siti", {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(json(accounts).array().size(), 0);
}

void TestHygieneFlow::namesThatHideOrImpersonate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto officer = [](const QString &name) {
        return QStringList{QStringLiteral("officer"), QStringLiteral("add"), name, QStringLiteral("--role"),
                           QStringLiteral("administrator")};
    };
    QTest::newRow("Cyrillic A in Admin") << officer(QStringLiteral("\u0410dmin")) << QStringLiteral("alphabets");
    QTest::newRow("Cyrillic e in Siti's name") << officer(QStringLiteral("Sit\u0456")) << QStringLiteral("alphabets");
    QTest::newRow("right-to-left override") << officer(QStringLiteral("Budi\u202Eitis")) << QStringLiteral("U+202E");
    QTest::newRow("first strong isolate") << officer(QStringLiteral("\u2068Budi")) << QStringLiteral("U+2068");
    QTest::newRow("right-to-left mark") << officer(QStringLiteral("Budi\u200F")) << QStringLiteral("U+200F");
    QTest::newRow("escape sequence") << officer(QStringLiteral("Budi\x1b[8m")) << QStringLiteral("U+001B");
    QTest::newRow("kecamatan name with an escape")
        << QStringList{QStringLiteral("kecamatan"), QStringLiteral("add"), QStringLiteral("72.05.90"),
                       QStringLiteral("--name"), QStringLiteral("Momunu\x1b]0;owned\x07")}
        << QStringLiteral("U+001B");
    QTest::newRow("handle of another platform with a bidi override")
        << QStringList{QStringLiteral("account"),         QStringLiteral("add"),
                       QStringLiteral("--kecamatan"),     QStringLiteral("72.05.01"),
                       QStringLiteral("--platform"),      QStringLiteral("other"),
                       QStringLiteral("--platform-name"), QStringLiteral("WhatsApp"),
                       QStringLiteral("--handle"),        QStringLiteral("panwaslu\u202Egnp.exe")}
        << QStringLiteral("U+202E");
}

void TestHygieneFlow::namesThatHideOrImpersonate()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    Run refused = cli(as("Siti", arguments), {Admin, Budi, ""});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(!hasHiddenCharacters(refused.err));
    QCOMPARE(officerNames(), QStringList{QStringLiteral("Siti")});
}

void TestHygieneFlow::weakPassphrasesSayWhy_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("reason");
    QTest::newRow("password") << QByteArray("password") << QStringLiteral("common password");
    QTest::newRow("12345678") << QByteArray("12345678") << QStringLiteral("too easy to guess");
    QTest::newRow("qwertyui") << QByteArray("qwertyui") << QStringLiteral("common password");
    QTest::newRow("zxcvbnm,./") << QByteArray("zxcvbnm,./") << QStringLiteral("keyboard");
    QTest::newRow("bawaslu2024") << QByteArray("bawaslu2024") << QStringLiteral("everybody here");
    QTest::newRow("rahasia") << QByteArray("rahasia!") << QStringLiteral("everybody here");
    QTest::newRow("sandi123") << QByteArray("sandi123") << QStringLiteral("everybody here");
    QTest::newRow("the officer's name twice") << QByteArray("budibudi") << QStringLiteral("too easy to guess");
    QTest::newRow("aaaaaaaaaaaa") << QByteArray("aaaaaaaaaaaa") << QStringLiteral("repeats");
}

void TestHygieneFlow::weakPassphrasesSayWhy()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, reason);
    Run refused = cli(as("Siti", {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                                  QStringLiteral("--role"), QStringLiteral("operator")}),
                      {Admin, passphrase});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(reason), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QStringLiteral("\"%1\"").arg(QString::fromLatin1(passphrase))));
    QCOMPARE(officerNames(), QStringList{QStringLiteral("Siti")});
}

void TestHygieneFlow::plantedEscapesAreShownNotActedOn()
{
    // The attacker writes the vault's register with sqlite3, where no input rule applies.
    const QString planted = QStringLiteral("Momunu\x1b]0;owned\x07\x1b[2J\u202Egnp.exe\u009b31m");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("UPDATE kecamatan SET name = ? WHERE code = '72.05.01'")));
        query.addBindValue(planted);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));

    Run list = cli(as("Siti", {QStringLiteral("kecamatan"), QStringLiteral("list")}), {Admin});
    VERIFY_RUN(list);
    QVERIFY2(!hasHiddenCharacters(list.out), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("Momunu\\x1b]0;owned\\x07\\x1b[2J\\u202egnp.exe\\u009b31m")),
             qPrintable(list.out));

    Run asJson =
        cli(as("Siti", {QStringLiteral("kecamatan"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(asJson);
    QVERIFY(!hasHiddenCharacters(asJson.out));
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(asJson.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    bool found = false;
    for (const QJsonValue &row : parsed.array()) {
        found = found || row.toObject().value(QStringLiteral("name")).toString() == planted;
    }
    QVERIFY2(found, "the JSON still carries the exact name, escaped");
}

void TestHygieneFlow::datesAreExactlyYyyyMmDd_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("trailing x") << QStringLiteral("2023-02-28x");
    QTest::newRow("slashes") << QStringLiteral("2023/02/28");
    QTest::newRow("no leading zeros") << QStringLiteral("2023-2-8");
    QTest::newRow("with a time") << QStringLiteral("2023-02-28T08:00");
}

void TestHygieneFlow::datesAreExactlyYyyyMmDd()
{
    QFETCH(QString, from);
    Run refused = cli(as("Siti", {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Pemilu 2024"), QStringLiteral("--from"), from,
                                  QStringLiteral("--until"), QStringLiteral("2024-12-31")}),
                      {Admin});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("YYYY-MM-DD")) && refused.err.contains(from), qPrintable(refused.err));
    Run terms = cli(as("Siti", {QStringLiteral("term"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(json(terms).array().size(), 0);
}

void TestHygieneFlow::runningCliCannotBeDumped()
{
    // brankas-cli waits for the passphrase on standard input; meanwhile another process of the same
    // user looks at it.
    QProcess process;
    process.start(QStringLiteral(BRANKAS_CLI_PATH), as("Siti", {QStringLiteral("officer"), QStringLiteral("list")}));
    QVERIFY(process.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
    QString limits;
    for (int i = 0; i < 100; ++i) {
        QFile file(proc + QStringLiteral("limits"));
        if (file.open(QIODevice::ReadOnly)) {
            limits = QString::fromLatin1(file.readAll());
        }
        // The limit is set first thing in main(); wait until the program runs its own code.
        if (QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0\\s")).match(limits).hasMatch()) {
            break;
        }
        QTest::qWait(50);
    }
    QVERIFY2(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0\\s")).match(limits).hasMatch(),
             qPrintable(limits));
    if (geteuid() != 0) {
        // A process that is not dumpable has its /proc files owned by root: its memory is out of
        // reach of the user's other programs.
        QCOMPARE(QFileInfo(proc + QStringLiteral("mem")).ownerId(), uint(0));
    }
    process.write(Admin + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestHygieneFlow)
#include "tst_hygieneflow.moc"
