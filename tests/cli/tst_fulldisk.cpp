// SPDX-License-Identifier: GPL-3.0-or-later
// A vault on a disk that fills up, and on a disk mounted read-only: brankas-cli says which file and
// why, exits 1, and loses nothing that was saved before; once there is room again the vault opens,
// checks and verifies. The disk is a small tmpfs the test mounts, which needs root (CI runs as
// root); elsewhere the full-disk case is skipped with the reason, and the read-only case uses a
// folder and file without write permission instead.
#include "../common/clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

#include <unistd.h>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Password = "Kata-Sandi-Akun-2024!";

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullDiskNamesTheFileAndLosesNothing();
    void readOnlyDiskNamesTheFileAndChangesNothing();

private:
    QStringList as(const QString &vault, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), vault,
                           QStringLiteral("--officer"), QStringLiteral("Siti")} +
               arguments;
    }
    QStringList handles(const QString &vault);
    QStringList addAccount(const QString &handle) const
    {
        return {QStringLiteral("account"),     QStringLiteral("add"),
                QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"),
                QStringLiteral("--platform"),  QStringLiteral("instagram"),
                QStringLiteral("--handle"),    handle};
    }
    // Mounts a tmpfs of `kib` KiB at m_mount; false (and why) when this user cannot.
    bool mountDisk(int kib, QString &why);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_made; // a vault made on the ordinary disk
    QString m_mount;
    bool m_mounted = false;
};

void TestFullDisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_made = m_dir->filePath(QStringLiteral("made.brankas"));
    Run init = cli({QStringLiteral("--vault"), m_made, QStringLiteral("init"), QStringLiteral("--regency"),
                    QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                   {Admin, Recovery});
    VERIFY_RUN(init);
    const QDate today = QDate::currentDate();
    Run term = cli(as(m_made, {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Pemilu Berjalan"), QStringLiteral("--from"),
                               today.addDays(-10).toString(Qt::ISODate), QStringLiteral("--until"),
                               today.addDays(300).toString(Qt::ISODate)}),
                   {Admin});
    VERIFY_RUN(term);
    Run saved = cli(as(m_made, addAccount(QStringLiteral("tersimpan_sebelumnya"))), {Admin, Password});
    VERIFY_RUN(saved);
    m_mount = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_mount));
}

void TestFullDisk::cleanup()
{
    if (m_mounted) {
        run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
        m_mounted = false;
    }
    if (m_dir) {
        QFile::setPermissions(m_mount, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_dir.reset();
}

bool TestFullDisk::mountDisk(int kib, QString &why)
{
    if (geteuid() != 0) {
        why = QStringLiteral("mounting a small tmpfs needs root (CI runs as root)");
        return false;
    }
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=%1k,mode=0700").arg(kib), QStringLiteral("tmpfs"), m_mount})) {
        why = QStringLiteral("mount -t tmpfs failed (no CAP_SYS_ADMIN in this container?)");
        return false;
    }
    m_mounted = true;
    return true;
}

QStringList TestFullDisk::handles(const QString &vault)
{
    Run list = cli(as(vault, {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    if (list.exitCode != 0) {
        qWarning("account list failed: %s", qPrintable(list.err));
        return {};
    }
    QStringList found;
    for (const QJsonValue &account : json(list).array()) {
        found << account[QStringLiteral("handle")].toString();
    }
    found.sort();
    return found;
}

void TestFullDisk::fullDiskNamesTheFileAndLosesNothing()
{
    const qint64 size = QFileInfo(m_made).size();
    QString why;
    if (!mountDisk(int(size / 1024) + 1024, why)) {
        QSKIP(qPrintable(why));
    }
    const QString vault = QDir(m_mount).filePath(QStringLiteral("office.brankas"));
    QVERIFY(QFile::copy(m_made, vault));
    QVERIFY(!QFile::exists(m_made + QStringLiteral("-wal")) ||
            QFile::copy(m_made + QStringLiteral("-wal"), vault + QStringLiteral("-wal")));
    QStringList saved = handles(vault);
    QVERIFY(saved.contains(QStringLiteral("tersimpan_sebelumnya")));
    // Fill the disk, then give back a little: a sign-in fits, a few changes do not.
    const QString fillerPath = QDir(m_mount).filePath(QStringLiteral("filler"));
    {
        QFile filler(fillerPath);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - 48 * 1024)));
    }
    Run refused;
    QString refusedHandle;
    for (int i = 1; i <= 40; ++i) {
        const QString handle = QStringLiteral("penuh_%1").arg(i);
        Run add = cli(as(vault, addAccount(handle)), {Admin, Password});
        if (add.exitCode == 0) {
            saved << handle;
            continue;
        }
        refused = add;
        refusedHandle = handle;
        break;
    }
    QVERIFY2(!refusedHandle.isEmpty(), "the disk never filled up");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QDir::toNativeSeparators(vault)), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("full")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1); // one line, as every refusal

    // Room again: the vault opens, checks and verifies, with every change that was reported saved
    // and none that was refused.
    QVERIFY(QFile::remove(fillerPath));
    Run check = cli(as(vault, {QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    Run verify = cli(as(vault, {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--full")}), {Admin});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    saved.sort();
    QCOMPARE(handles(vault), saved);
    Run again = cli(as(vault, addAccount(refusedHandle)), {Admin, Password});
    VERIFY_RUN(again);
}

void TestFullDisk::readOnlyDiskNamesTheFileAndChangesNothing()
{
    QString why;
    const bool mounted = mountDisk(4096, why);
    const QString vault = QDir(m_mount).filePath(QStringLiteral("office.brankas"));
    QVERIFY(QFile::copy(m_made, vault));
    const QStringList before = handles(vault);
    QVERIFY(!before.isEmpty());
    if (mounted) {
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
    } else {
        // Without root, permissions make the folder and the file read-only instead.
        QVERIFY(QFile::setPermissions(vault, QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(m_mount, QFile::ReadOwner | QFile::ExeOwner));
    }
    QFile file(vault);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    file.close();

    Run refused = cli(as(vault, addAccount(QStringLiteral("tidak_tersimpan"))), {Admin, Password});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QDir::toNativeSeparators(vault)), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("write")), qPrintable(refused.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    file.close();

    if (mounted) {
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}));
    } else {
        QVERIFY(QFile::setPermissions(m_mount, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(vault, QFile::ReadOwner | QFile::WriteOwner));
    }
    QCOMPARE(handles(vault), before);
    Run check = cli(as(vault, {QStringLiteral("vault"), QStringLiteral("check")}), {Admin});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
