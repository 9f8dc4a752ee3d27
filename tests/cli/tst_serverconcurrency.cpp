// SPDX-License-Identifier: GPL-3.0-or-later
// Several PCs on one vault on a server: brankas-cli processes, each PC with its own keychain (its own
// gnome-keyring on its own D-Bus session, kept in a folder of its own by tests/with-keyring.sh),
// writing at the same time; and a server stopped in the middle of a write.
#include "../common/clirunner.h"
#include "../common/testserver.h"

#include <core/storage/vaultfile.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <unistd.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";

// One PC: a home and a keychain of its own, which outlive each command.
class Pc
{
public:
    explicit Pc(const QString &folder)
        : m_folder(folder)
    {}

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"BRANKAS_IN_KEYRING_SESSION", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL",
                                 "GNOME_KEYRING_PID", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
            environment.remove(QString::fromLatin1(name));
        }
        environment.insert(QStringLiteral("BRANKAS_KEYRING_DIR"), m_folder);
        environment.insert(QStringLiteral("HOME"), m_folder + QStringLiteral("/home"));
        return environment;
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QList<QByteArray> &lines) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(BRANKAS_SOURCE_DIR "/tests/with-keyring.sh"),
                       QStringList{QStringLiteral(BRANKAS_CLI_PATH)} + arguments);
        process->waitForStarted();
        for (const QByteArray &line : lines) {
            process->write(line + '\n');
        }
        // Delivered now: a test that waits on the server meanwhile runs no event loop to write them.
        while (process->bytesToWrite() > 0 && process->waitForBytesWritten(10000)) {
        }
        process->closeWriteChannel();
        return process;
    }

    Run run(const QStringList &arguments, const QList<QByteArray> &lines) const
    {
        return finish(*start(arguments, lines));
    }

    static Run finish(QProcess &process)
    {
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        // dbus-daemon of the PC's session may complain about its fd limit; that is not brankas-cli's.
        QStringList err = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
        err.removeIf([](const QString &line) { return line.startsWith(QLatin1String("dbus-daemon[")); });
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()), err.join(QLatin1Char('\n'))};
    }

private:
    QString m_folder;
};

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!clusterIsControllable()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    // Two PCs, four writers at a time, adding accounts and changing statuses: every change is there
    // with its log entry, and the chain verifies (the head lock orders the appends).
    void twoPcsWriteAtOnce()
    {
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString vault = database.address().toString();
        QTemporaryDir dir;
        const Pc office(dir.filePath(QStringLiteral("pc-kantor")));
        const Pc humas(dir.filePath(QStringLiteral("pc-humas")));
        const auto as = [&](const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        Run created = office.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                                  QStringLiteral("--server"), vault, QStringLiteral("--regency"),
                                  QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                                 {Admin, Recovery});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // The second PC has never opened the vault: its keychain has no key, so it enrols with the
        // recovery passphrase, as recover does for a file.
        Run before = humas.run(as({QStringLiteral("account"), QStringLiteral("list")}), {Admin});
        QVERIFY2(before.err.contains(QStringLiteral("recovery passphrase")), qPrintable(before.err));
        Run enrolled = humas.run(as({QStringLiteral("recover")}), {Admin, Recovery});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        Run keyed = humas.run(as({QStringLiteral("account"), QStringLiteral("list")}), {Admin});
        QVERIFY2(keyed.exitCode == 0 && !keyed.err.contains(QStringLiteral("recovery")), qPrintable(keyed.err));

        const QList<const Pc *> pcs{&office, &humas};
        const auto add = [&](const Pc &pc, int n) {
            return pc.start(
                as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                    QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                    QStringLiteral("--handle"), QStringLiteral("pw.akun%1").arg(n), QStringLiteral("--permanent")}),
                {Admin, QByteArray()});
        };
        // Round one: eight accounts at once, four from each PC.
        std::vector<std::unique_ptr<QProcess>> running;
        for (int n = 1; n <= 8; ++n) {
            running.push_back(add(*pcs[n % 2], n));
        }
        for (auto &process : running) {
            const Run run = Pc::finish(*process);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        // Round two: four status changes and four more accounts at once.
        running.clear();
        for (int n = 1; n <= 4; ++n) {
            running.push_back(pcs[n % 2]->start(
                as({QStringLiteral("account"), QStringLiteral("status"), QString::number(n),
                    QStringLiteral("deactivated"), QStringLiteral("--reason"), QStringLiteral("uji %1").arg(n)}),
                {Admin}));
            running.push_back(add(*pcs[(n + 1) % 2], 8 + n));
        }
        for (auto &process : running) {
            const Run run = Pc::finish(*process);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }

        Run list =
            humas.run(as({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray accounts = json(list).array();
        QCOMPARE(accounts.size(), 12);
        int deactivated = 0;
        for (const QJsonValue &account : accounts) {
            deactivated +=
                account.toObject().value(QStringLiteral("status")).toString() == QLatin1String("deactivated");
        }
        QCOMPARE(deactivated, 4);
        Run log = office.run(as({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--action"), QStringLiteral("account.")}),
                             {Admin});
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        QStringList targets;
        int added = 0;
        int changed = 0;
        for (const QJsonValue &entry : json(log).array()) {
            const QString action = entry.toObject().value(QStringLiteral("action")).toString();
            added += action == QLatin1String("account.added");
            changed += action == QLatin1String("account.status-changed");
            targets << entry.toObject().value(QStringLiteral("target")).toString();
        }
        QCOMPARE(added, 12);
        QCOMPARE(changed, 4);
        for (int n = 1; n <= 12; ++n) {
            QVERIFY2(targets.contains(QStringLiteral("account:%1").arg(n)), qPrintable(targets.join(u' ')));
        }
        for (const Pc *pc : pcs) {
            Run verify = pc->run(as({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        }
    }

    // A server that wants a password: given once at init or at a PC's enrolment (recover), kept in
    // that PC's keychain, and never needed again there; another PC without it is told what to do.
    void serverPasswordIsKeptInEachPcsKeychain()
    {
        const VaultAddress cluster = *TestServer::cluster();
        TestServer admin(cluster);
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        const QByteArray serverPassword = "sandi server kantor";
        const PasswordRole role(admin, serverPassword);
        QVERIFY2(role.ok(), qPrintable(role.error()));
        const QString vault = role.address().toString();
        QTemporaryDir dir;
        const Pc office(dir.filePath(QStringLiteral("pc-kantor")));
        const Pc humas(dir.filePath(QStringLiteral("pc-humas")));
        const auto as = [&](const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        Run created = office.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                                  QStringLiteral("--server"), vault, QStringLiteral("--regency"),
                                  QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                                 {serverPassword, Admin, Recovery});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // From now on this PC's keychain gives it: the first stdin line is the officer's passphrase.
        Run listed = office.run(as({QStringLiteral("account"), QStringLiteral("list")}), {Admin});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));

        Run stranger = humas.run(as({QStringLiteral("account"), QStringLiteral("list")}), {Admin});
        QCOMPARE(stranger.exitCode, 1);
        QVERIFY2(stranger.err.contains(QStringLiteral("asks for a password")), qPrintable(stranger.err));
        QVERIFY(!stranger.err.contains(QString::fromLatin1(serverPassword)));
        Run wrong = humas.run(as({QStringLiteral("recover")}), {"sandi yang salah", Admin, Recovery});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("asks for a password")), qPrintable(wrong.err));
        Run enrolled = humas.run(as({QStringLiteral("recover")}), {serverPassword, Admin, Recovery});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        Run after = humas.run(as({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
    }

    // The server stops while a PC is in the middle of a change: one clear line, nothing half-saved,
    // and once the server is back the next command connects again and works.
    void serverStoppedMidWrite()
    {
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString vault = database.address().toString();
        QTemporaryDir dir;
        const Pc pc(dir.filePath(QStringLiteral("pc")));
        const auto as = [&](const QStringList &arguments) {
            return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                               QStringLiteral("--officer"), QStringLiteral("Siti")} +
                   arguments;
        };
        Run created = pc.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                              QStringLiteral("--server"), vault, QStringLiteral("--regency"), QStringLiteral("72.05"),
                              QStringLiteral("--admin"), QStringLiteral("Siti")},
                             {Admin, Recovery});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto logCount = [&]() {
            return json(pc.run(as({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin}))
                .array()
                .size();
        };
        const qsizetype entriesBefore = logCount();
        QVERIFY(entriesBefore > 0);

        // Another PC holds the log's head, so the change waits inside its transaction, half-way.
        const QString holder = QStringLiteral("holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
            const VaultAddress address = database.address();
            db.setHostName(address.host());
            db.setPort(address.port());
            db.setUserName(address.user());
            db.setDatabaseName(address.database());
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(Storage::VaultApplicationId)));
            auto writer =
                pc.start(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                             QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                             QStringLiteral("--handle"), QStringLiteral("pw.terputus"), QStringLiteral("--permanent")}),
                         {Admin, QByteArray()});
            bool waiting = false;
            for (int i = 0; i < 600 && !waiting; ++i) {
                QSqlQuery locks(db);
                QVERIFY(locks.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                                  "NOT granted")) &&
                        locks.next());
                waiting = locks.value(0).toInt() > 0;
                if (!waiting) {
                    QThread::msleep(100);
                }
            }
            if (!waiting) {
                const Run stuck = Pc::finish(*writer);
                QVERIFY2(waiting, qPrintable(QString::number(stuck.exitCode) + stuck.err));
            }
            QVERIFY(stopCluster());
            const Run lost = Pc::finish(*writer);
            db.close();
            // Started again before any check, so a failed check leaves the cluster running.
            QVERIFY(restartCluster());
            QCOMPARE(lost.exitCode, 1);
            QVERIFY2(lost.err.contains(QStringLiteral("lost it in the middle of the work")), qPrintable(lost.err));
            QVERIFY2(lost.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(lost.err));
        }
        QSqlDatabase::removeDatabase(holder);

        // Nothing of the interrupted change is there, and the next command connects again.
        Run list = pc.run(as({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(json(list).array().size(), 0);
        VERIFY_RUN(
            pc.run(as({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                       QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                       QStringLiteral("--handle"), QStringLiteral("pw.terputus"), QStringLiteral("--permanent")}),
                   {Admin, QByteArray()}));
        Run verify = pc.run(as({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QVERIFY(logCount() > entriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
