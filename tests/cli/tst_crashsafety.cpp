// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments of brankas-cli's writes: an account added, a status changed, a
// spreadsheet imported, a backup written, the recovery passphrase replaced, a handover finalised, a backup restored
// (beside nothing, or replacing a file) and a vault of the first release upgraded as it is opened. After every kill
// the vault must open, `vault check` and `log verify` must pass, and every change must be whole with its log entry
// or absent; a restore's target is absent or a whole vault that verifies, and a replaced file survives at its place
// or as .before-restore. The moments come from a seeded generator whose seed is printed: BRANKAS_CRASH_SEED=N reruns
// a failure exactly as it was, BRANKAS_CRASH_ITERATIONS=N runs longer.
#include "../common/clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recoveries[] = {"meja kursi lemari pintu jendela", "awan sungai batu merah jauh"};
const QByteArray Password = "Kata-Sandi-Akun-2024!";
// The first release's vault (tests/fixtures/README.md): its administrator and recovery passphrases.
const QString UpgradeFixture = QStringLiteral(BRANKAS_FIXTURES_DIR "/schema1.brankas");
const QByteArray FixtureAdmin = "admin passphrase 1";
const QByteArray FixtureRecovery = "meja kursi lemari pintu jendela";

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The format a vault file is at, read as sqlite3 reads it (for the log of where a kill fell).
QString formatOf(const QString &path)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-readonly"), path, QStringLiteral("PRAGMA user_version;")});
    if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0) {
        return QStringLiteral("?");
    }
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

// How long a complete run of a command takes here, so that kills fall inside it.
int timed(const std::function<Run()> &command)
{
    QElapsedTimer timer;
    timer.start();
    const Run run = command();
    if (run.exitCode != 0) {
        qWarning("the timed run failed: %s", qPrintable(run.err));
    }
    return int(std::max<qint64>(timer.elapsed(), 50));
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWritesLeaveAWholeVault();
    void killedHandoverFinalizeIsWholeOrAbsent();
    void killedRestoreLeavesNothingOrAWholeVault();
    void killedUpgradeIsWholeOrAbsent();

private:
    QStringList as(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QStringLiteral("Siti")} +
               arguments;
    }
    // Starts a write and kills it after `afterMs`; returns whether it finished first.
    bool killAfter(const QStringList &arguments, const QList<QByteArray> &input, int afterMs);
    void checkWhole(int iteration);
    QJsonArray listed(const QStringList &arguments);
    // The vault at `path` opens, its log verifies in full, `vault check` passes, and its log holds
    // `action` exactly `times` times.
    void checkVaultAt(const QString &path, const QString &officer, const QByteArray &passphrase, const QString &action,
                      int times, const QString &where);
    int iterationsOf(int share) const { return std::max(2, m_iterations * share / 16); }

    QTemporaryDir m_dir;
    QString m_path;
    quint32 m_seed = 0;
    int m_iterations = 16;
};

void TestCrashSafety::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("office.brankas"));
    Run init = cli({QStringLiteral("--vault"), m_path, QStringLiteral("init"), QStringLiteral("--regency"),
                    QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                   {Admin, Recoveries[0]});
    VERIFY_RUN(init);
    const QDate today = QDate::currentDate();
    Run term = cli(
        as({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Pemilu Berjalan"),
            QStringLiteral("--from"), iso(today.addDays(-100)), QStringLiteral("--until"), iso(today.addDays(300))}),
        {Admin});
    VERIFY_RUN(term);
    bool ok = false;
    m_seed = qEnvironmentVariable("BRANKAS_CRASH_SEED").toUInt(&ok);
    if (!ok) {
        m_seed = QRandomGenerator::system()->generate();
    }
    const int iterations = qEnvironmentVariableIntValue("BRANKAS_CRASH_ITERATIONS", &ok);
    if (ok && iterations > 0) {
        m_iterations = iterations;
    }
    qInfo("crash seed: %u, %d iterations (BRANKAS_CRASH_SEED=%u reruns them)", m_seed, m_iterations, m_seed);
}

bool TestCrashSafety::killAfter(const QStringList &arguments, const QList<QByteArray> &input, int afterMs)
{
    QProcess process;
    process.start(QStringLiteral(BRANKAS_CLI_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        qFatal("brankas-cli did not start");
    }
    for (const QByteArray &line : input) {
        process.write(line + '\n');
    }
    process.closeWriteChannel();
    if (process.waitForFinished(afterMs)) {
        return true;
    }
    process.kill(); // SIGKILL: no handler, no destructor, no rollback of its own
    process.waitForFinished(10000);
    return false;
}

QJsonArray TestCrashSafety::listed(const QStringList &arguments)
{
    Run run = cli(as(arguments + QStringList{QStringLiteral("--json")}), {Admin});
    if (run.exitCode != 0) {
        qWarning("%s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(run.err));
        return {};
    }
    return json(run).array();
}

void TestCrashSafety::checkWhole(int iteration)
{
    const QString where = QStringLiteral("after kill %1 (seed %2)").arg(iteration).arg(m_seed);
    Run check = cli(as({QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
    QVERIFY2(check.exitCode == 0, qPrintable(where + QStringLiteral(": vault check: ") + check.out + check.err));
    Run verify = cli(as({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}), {Admin});
    QVERIFY2(verify.exitCode == 0, qPrintable(where + QStringLiteral(": log verify: ") + verify.out + verify.err));

    // Every account has its account.added entry and every entry its account; a status is what its
    // last logged change made it.
    const QJsonArray accounts = listed({QStringLiteral("account"), QStringLiteral("list")});
    const QJsonArray log =
        listed({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("account.")});
    QSet<QString> registered;
    QHash<QString, QString> statusOf;
    for (const QJsonValue &account : accounts) {
        const QString target = QStringLiteral("account:%1").arg(account[QStringLiteral("id")].toInteger());
        registered.insert(target);
        statusOf.insert(target, account[QStringLiteral("status")].toString());
    }
    QSet<QString> logged;
    QHash<QString, int> statusChanges;
    for (const QJsonValue &entry : log) {
        const QString action = entry[QStringLiteral("action")].toString();
        const QString target = entry[QStringLiteral("target")].toString();
        if (action == QLatin1String("account.added")) {
            logged.insert(target);
        } else if (action == QLatin1String("account.status-changed")) {
            ++statusChanges[target];
        }
    }
    QVERIFY2(registered == logged,
             qPrintable(
                 where +
                 QStringLiteral(": %1 accounts, %2 account.added entries").arg(registered.size()).arg(logged.size())));
    for (auto it = statusOf.cbegin(); it != statusOf.cend(); ++it) {
        // The loop toggles active <-> suspended, so the count of changes says which it must be.
        const QString expected =
            statusChanges.value(it.key()) % 2 == 0 ? QStringLiteral("active") : QStringLiteral("suspended");
        QVERIFY2(it.value() == expected, qPrintable(where + QStringLiteral(": %1 is %2 after %3 logged changes")
                                                                .arg(it.key(), it.value())
                                                                .arg(statusChanges.value(it.key()))));
    }
}

void TestCrashSafety::killedWritesLeaveAWholeVault()
{
    QRandomGenerator random(m_seed);
    // How long a whole account add takes here, so the kills fall inside the run, often near its end
    // where the transaction commits (most of the run before it is the passphrase's scrypt).
    QElapsedTimer timer;
    timer.start();
    Run first = cli(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                        QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                        QStringLiteral("--handle"), QStringLiteral("crash_first")}),
                    {Admin, Password});
    VERIFY_RUN(first);
    const int whole = int(std::max<qint64>(timer.elapsed(), 50));
    int recoveryChanges = 0; // committed ones, as the log counts them
    int finished = 0;
    for (int i = 1; i <= m_iterations; ++i) {
        const int at = random.bounded(2) == 0 ? int(random.bounded(whole + whole / 5))
                                              : whole * 3 / 5 + int(random.bounded(whole / 2));
        const int kind = random.bounded(10);
        bool done = false;
        if (kind == 5) {
            // An import is one transaction: after the kill either every row is in with its
            // account.added entry (checkWhole), or none is.
            const QString sheet = m_dir.filePath(QStringLiteral("import-%1.csv").arg(i));
            QFile file(sheet);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Kecamatan;Platform;Username;Password\n");
            for (int row = 0; row < 5; ++row) {
                file.write(QStringLiteral("72.05.%1;TikTok;crash_import_%2_%3;%4\n")
                               .arg(1 + row, 2, 10, QLatin1Char('0'))
                               .arg(i)
                               .arg(row)
                               .arg(QString::fromLatin1(Password))
                               .toUtf8());
            }
            file.close();
            done = killAfter(as({QStringLiteral("import"), sheet}), {Admin}, at);
            const int imported = int(
                listed({QStringLiteral("account"), QStringLiteral("search"), QStringLiteral("crash_import_%1_").arg(i)})
                    .size());
            QVERIFY2(imported == 0 || imported == 5,
                     qPrintable(QStringLiteral("kill %1: %2 of the sheet's 5 rows are in (seed %3)")
                                    .arg(i)
                                    .arg(imported)
                                    .arg(m_seed)));
        } else if (kind == 7) {
            // A backup changes the vault only by its log entry; a kill must leave no half file
            // under the backup's name.
            const QString backup = m_dir.filePath(QStringLiteral("backup-%1.brankas-backup").arg(i));
            done = killAfter(as({QStringLiteral("backup"), QStringLiteral("--out"), backup}), {Admin}, at);
            if (QFileInfo::exists(backup)) {
                Run restored =
                    cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), backup,
                         QStringLiteral("--to"), m_dir.filePath(QStringLiteral("restored-%1.brankas").arg(i)),
                         QStringLiteral("--officer"), QStringLiteral("Siti")},
                        {Admin, Recoveries[recoveryChanges % 2]});
                QVERIFY2(restored.exitCode == 0,
                         qPrintable(QStringLiteral("kill %1: the backup left under its name does not restore: %2 "
                                                   "(seed %3)")
                                        .arg(i)
                                        .arg(restored.err)
                                        .arg(m_seed)));
            }
        } else if (kind < 6) {
            done = killAfter(
                as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                    QStringLiteral("72.05.%1").arg(1 + i % 11, 2, 10, QLatin1Char('0')), QStringLiteral("--platform"),
                    QStringLiteral("instagram"), QStringLiteral("--handle"), QStringLiteral("crash_%1").arg(i)}),
                {Admin, Password}, at);
        } else if (kind == 6) {
            const QJsonArray accounts = listed({QStringLiteral("account"), QStringLiteral("list")});
            QVERIFY(!accounts.isEmpty());
            const QJsonValue account = accounts.at(random.bounded(int(accounts.size())));
            const bool active = account[QStringLiteral("status")].toString() == QLatin1String("active");
            done = killAfter(as({QStringLiteral("account"), QStringLiteral("status"),
                                 QString::number(account[QStringLiteral("id")].toInteger()),
                                 active ? QStringLiteral("suspended") : QStringLiteral("active"),
                                 QStringLiteral("--reason"), QStringLiteral("uji kill -9")}),
                             {Admin}, at);
        } else {
            // The recovery change runs three more scrypts: give it the room they take.
            const int current = recoveryChanges % 2;
            done = killAfter(as({QStringLiteral("recovery"), QStringLiteral("change")}),
                             {Admin, Recoveries[current], Recoveries[1 - current]}, at * 3);
        }
        finished += done ? 1 : 0;
        qInfo("kill %d: %s after %d ms, %s", i,
              kind == 5   ? "import"
              : kind == 7 ? "backup"
              : kind < 6  ? "account add"
              : kind == 6 ? "account status"
                          : "recovery change",
              kind < 8 ? at : at * 3, done ? "it had finished" : "killed");
        checkWhole(i);
        if (QTest::currentTestFailed()) {
            return;
        }
        if (kind >= 8) {
            // Either wholly replaced or not at all: the log says which passphrase is current, and
            // exactly that one opens the vault.
            recoveryChanges = int(listed({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                                          QStringLiteral("vault.recovery-changed")})
                                      .size());
            const QByteArray current = Recoveries[recoveryChanges % 2];
            const QByteArray old = Recoveries[1 - recoveryChanges % 2];
            QVERIFY2(cli(as({QStringLiteral("recover")}), {Admin, current}).exitCode == 0,
                     qPrintable(QStringLiteral("kill %1: the recovery passphrase the log names does not open (seed %2)")
                                    .arg(i)
                                    .arg(m_seed)));
            QVERIFY2(cli(as({QStringLiteral("recover")}), {Admin, old}).exitCode != 0,
                     qPrintable(QStringLiteral("kill %1: the replaced recovery passphrase still opens (seed %2)")
                                    .arg(i)
                                    .arg(m_seed)));
        }
    }
    qInfo("%d of %d writes finished before their kill, %d were killed", finished, m_iterations,
          m_iterations - finished);
}

void TestCrashSafety::checkVaultAt(const QString &path, const QString &officer, const QByteArray &passphrase,
                                   const QString &action, int times, const QString &where)
{
    const QStringList as{QStringLiteral("--lang"),    QStringLiteral("en"),
                         QStringLiteral("--vault"),   path,
                         QStringLiteral("--officer"), officer};
    Run check = cli(as + QStringList{QStringLiteral("vault"), QStringLiteral("check")}, {passphrase});
    QVERIFY2(check.exitCode == 0, qPrintable(where + QStringLiteral(": vault check: ") + check.out + check.err));
    Run verify =
        cli(as + QStringList{QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}, {passphrase});
    QVERIFY2(verify.exitCode == 0, qPrintable(where + QStringLiteral(": log verify: ") + verify.out + verify.err));
    Run entries = cli(as + QStringList{QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                                       action, QStringLiteral("--json")},
                      {passphrase});
    QVERIFY2(entries.exitCode == 0, qPrintable(where + QStringLiteral(": log list: ") + entries.err));
    QVERIFY2(
        json(entries).array().size() == times,
        qPrintable(where +
                   QStringLiteral(": %1 %2 entries, not %3").arg(json(entries).array().size()).arg(action).arg(times)));
}

void TestCrashSafety::killedHandoverFinalizeIsWholeOrAbsent()
{
    QRandomGenerator random(m_seed ^ 0x4841u);
    const QString today = iso(QDate::currentDate());
    // Each round hands one new account of 72.05.11 over to the next committee: finalising numbers
    // the handover, moves the account to the receiving term and logs both, in one transaction.
    auto draft = [&](int round) -> qint64 {
        Run added = cli(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                            QStringLiteral("72.05.11"), QStringLiteral("--platform"), QStringLiteral("facebook"),
                            QStringLiteral("--handle"), QStringLiteral("crash.handover.%1").arg(round)}),
                        {Admin, Password});
        if (added.exitCode != 0) {
            qWarning("account add failed: %s", qPrintable(added.err));
            return 0;
        }
        const QJsonArray found = listed(
            {QStringLiteral("account"), QStringLiteral("search"), QStringLiteral("crash.handover.%1").arg(round)});
        if (found.size() != 1) {
            return 0;
        }
        Run created =
            cli(as({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--kecamatan"),
                    QStringLiteral("72.05.11"), QStringLiteral("--kind"), QStringLiteral("transfer"),
                    QStringLiteral("--date"), today, QStringLiteral("--from"), QStringLiteral("Andi"),
                    QStringLiteral("--from-position"), QStringLiteral("Ketua Panwascam"), QStringLiteral("--to"),
                    QStringLiteral("Rina"), QStringLiteral("--to-position"), QStringLiteral("Ketua Panwascam"),
                    QStringLiteral("--accounts"), QString::number(found.first()[QStringLiteral("id")].toInteger())}),
                {Admin});
        if (created.exitCode != 0) {
            qWarning("handover create failed: %s", qPrintable(created.err));
            return 0;
        }
        return created.out.trimmed().toLongLong();
    };
    const qint64 first = draft(0);
    QVERIFY(first > 0);
    const int whole = timed([&] {
        return cli(as({QStringLiteral("handover"), QStringLiteral("finalize"), QString::number(first)}), {Admin});
    });
    const int rounds = iterationsOf(6);
    for (int round = 1; round <= rounds; ++round) {
        const qint64 id = draft(round);
        QVERIFY(id > 0);
        const int at = random.bounded(2) == 0 ? int(random.bounded(whole + whole / 5))
                                              : whole * 3 / 5 + int(random.bounded(whole / 2));
        const bool done =
            killAfter(as({QStringLiteral("handover"), QStringLiteral("finalize"), QString::number(id)}), {Admin}, at);
        qInfo("handover kill %d: after %d ms, %s", round, at, done ? "it had finished" : "killed");
        checkWhole(1000 + round);
        if (QTest::currentTestFailed()) {
            return;
        }
        bool final = false;
        for (const QJsonValue &handover : listed({QStringLiteral("handover"), QStringLiteral("list")})) {
            if (handover[QStringLiteral("id")].toInteger() == id) {
                final = handover[QStringLiteral("final")].toBool();
            }
        }
        const QString target = QStringLiteral("handover:%1").arg(id);
        int finalized = 0;
        for (const QJsonValue &entry : listed({QStringLiteral("log"), QStringLiteral("list"),
                                               QStringLiteral("--action"), QStringLiteral("handover.finalized")})) {
            finalized += entry[QStringLiteral("target")].toString() == target ? 1 : 0;
        }
        QVERIFY2(finalized == (final ? 1 : 0),
                 qPrintable(QStringLiteral("handover kill %1: the handover is %2 with %3 handover.finalized entries "
                                           "(seed %4)")
                                .arg(round)
                                .arg(final ? QStringLiteral("final") : QStringLiteral("a draft"))
                                .arg(finalized)
                                .arg(m_seed)));
        if (done) {
            QVERIFY(final);
        }
    }
}

void TestCrashSafety::killedRestoreLeavesNothingOrAWholeVault()
{
    QRandomGenerator random(m_seed ^ 0x5245u);
    // The backup holds the recovery passphrase of its day: whichever the first test left current.
    const int changes = int(listed({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                                    QStringLiteral("vault.recovery-changed")})
                                .size());
    const QByteArray recovery = Recoveries[changes % 2];
    const QString backup = m_dir.filePath(QStringLiteral("for-restore.brankas-backup"));
    VERIFY_RUN(cli(as({QStringLiteral("backup"), QStringLiteral("--out"), backup}), {Admin}));
    auto restore = [&](const QString &target, bool replace) {
        QStringList arguments{QStringLiteral("--lang"),    QStringLiteral("en"),
                              QStringLiteral("restore"),   backup,
                              QStringLiteral("--to"),      target,
                              QStringLiteral("--officer"), QStringLiteral("Siti")};
        if (replace) {
            arguments << QStringLiteral("--replace");
        }
        return arguments;
    };
    const int whole = timed([&] {
        return cli(restore(m_dir.filePath(QStringLiteral("restore-timed/vault.brankas")), false), {Admin, recovery});
    });
    const int rounds = iterationsOf(6);
    for (int round = 1; round <= rounds; ++round) {
        const QString where = QStringLiteral("restore kill %1 (seed %2)").arg(round).arg(m_seed);
        const QString target = m_dir.filePath(QStringLiteral("restore-%1/vault.brankas").arg(round));
        const QString keptAs = target + QStringLiteral(".before-restore");
        const bool replace = random.bounded(2) == 0;
        const QByteArray original = QByteArrayLiteral("the vault that was here, round ") + QByteArray::number(round);
        if (replace) {
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        const int at = random.bounded(2) == 0 ? int(random.bounded(whole + whole / 5))
                                              : whole * 3 / 5 + int(random.bounded(whole / 2));
        const bool done = killAfter(restore(target, replace), {Admin, recovery}, at);
        const bool restored = QFileInfo::exists(target) && contents(target) != original;
        qInfo("restore kill %d: %s after %d ms, %s; %s", round, replace ? "replacing a file" : "to a new place", at,
              done ? "it had finished" : "killed",
              restored                    ? "restored"
              : QFileInfo::exists(target) ? "the old file in place"
              : QFileInfo::exists(keptAs) ? "the old file kept as .before-restore"
                                          : "nothing there");
        if (replace) {
            // The file that was there is at its place or kept beside it, whole, and never both.
            QVERIFY2((contents(target) == original) != (contents(keptAs) == original),
                     qPrintable(where + QStringLiteral(": the replaced file is neither at its place nor kept")));
            QVERIFY2(contents(target) != original || !QFileInfo::exists(keptAs),
                     qPrintable(where + QStringLiteral(": a .before-restore beside a vault that was not replaced")));
        }
        if (done) {
            QVERIFY2(restored, qPrintable(where + QStringLiteral(": finished without a restored vault")));
        }
        if (restored) {
            checkVaultAt(target, QStringLiteral("Siti"), Admin, QStringLiteral("vault.restored"), 1, where);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
}

void TestCrashSafety::killedUpgradeIsWholeOrAbsent()
{
    QVERIFY2(QFileInfo::exists(UpgradeFixture), qPrintable(UpgradeFixture));
    QRandomGenerator random(m_seed ^ 0x5550u);
    const QByteArray before = contents(UpgradeFixture);
    auto copy = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(UpgradeFixture, path)) {
            qFatal("cannot copy the fixture");
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    };
    auto recover = [](const QString &path) {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),   QStringLiteral("--vault"), path,
                           QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("recover")};
    };
    // The upgrade runs as the vault opens, before the passphrases' scrypt: time the open alone (the
    // command then stops at the missing passphrase) and kill around it.
    const QString timedPath = copy(QStringLiteral("upgrade-timed.brankas"));
    QElapsedTimer timer;
    timer.start();
    cli(recover(timedPath));
    const int opened = int(std::max<qint64>(timer.elapsed(), 30));
    const int rounds = iterationsOf(6);
    for (int round = 1; round <= rounds; ++round) {
        const QString where = QStringLiteral("upgrade kill %1 (seed %2)").arg(round).arg(m_seed);
        const QString path = copy(QStringLiteral("upgrade-%1.brankas").arg(round));
        const int at = int(random.bounded(opened + opened / 2));
        const bool done = killAfter(recover(path), {FixtureAdmin, FixtureRecovery}, at);
        qInfo("upgrade kill %d: after %d ms, %s; the file is at format %s", round, at,
              done ? "it had finished" : "killed", qPrintable(formatOf(path)));
        // The copy kept before upgrading is the old file, whole, whenever it is there.
        const QString kept = path + QStringLiteral(".v1.bak");
        QVERIFY2(!QFileInfo::exists(kept) || contents(kept) == before,
                 qPrintable(where + QStringLiteral(": the .v1.bak copy is not the old vault")));
        // It opens (finishing the upgrade if the kill came first), and the log holds one upgrade,
        // from format 1: an upgrade cut half-way would be logged from a later format, or not at all.
        Run reopened = cli(recover(path), {FixtureAdmin, FixtureRecovery});
        QVERIFY2(reopened.exitCode == 0, qPrintable(where + QStringLiteral(": recover: ") + reopened.err));
        checkVaultAt(path, QStringLiteral("Siti"), FixtureAdmin, QStringLiteral("vault.migrated"), 1, where);
        if (QTest::currentTestFailed()) {
            return;
        }
        Run migrated = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), path,
                                       QStringLiteral("--officer"), QStringLiteral("Siti"), QStringLiteral("log"),
                                       QStringLiteral("list"), QStringLiteral("--action"),
                                       QStringLiteral("vault.migrated"), QStringLiteral("--json")},
                           {FixtureAdmin});
        const QJsonValue entry = json(migrated).array().first();
        const QJsonObject details = entry[QStringLiteral("details")].toObject();
        QVERIFY2(details.value(QStringLiteral("from")).toInt() == 1,
                 qPrintable(where + QStringLiteral(": the upgrade is logged as ") + migrated.out));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
