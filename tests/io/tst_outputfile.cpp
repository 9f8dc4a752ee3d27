// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a report, export or backup as an attacker (or an unlucky officer) would aim it: at the
// vault, through a link to it, at the files beside it, at a device, into a folder that refuses
// writes, onto a full disk. Every refusal names the file and leaves nothing half-written.
#include "../common/testvault.h"

#include <core/io/outputfile.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
Status writeAll(const QString &path, const QByteArray &content, OutputFile::Access access)
{
    auto file = OutputFile::open(path, access);
    if (!file) {
        return file.error();
    }
    file.value()->device().write(content);
    return file.value()->commit();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}
} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesOnlyWhenCommitted();
    void neverOverTheVault_data();
    void neverOverTheVault();
    void notOntoDevicesOrFolders_data();
    void notOntoDevicesOrFolders();
    void unwritableFolderIsNamed();
    void fullDiskLeavesNothing();
    void secretsAreOwnerOnlyWhateverTheUmask();

private:
    TestVault m_vault;
    QByteArray m_vaultHash;
};

void TestOutputFile::initTestCase()
{
    m_vault.create();
    m_vaultHash = fileHash(m_vault.path);
    QVERIFY(!m_vaultHash.isEmpty());
}

void TestOutputFile::writesOnlyWhenCommitted()
{
    const QString path = m_vault.dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeAll(path, "old", OutputFile::Access::Shared));
    auto file = OutputFile::open(path, OutputFile::Access::Shared);
    QVERIFY(file);
    file.value()->device().write("new content");
    QCOMPARE(fileHash(path), QCryptographicHash::hash("old", QCryptographicHash::Sha256));
    file.value()->cancel();
    QCOMPARE(fileHash(path), QCryptographicHash::hash("old", QCryptographicHash::Sha256));
    QVERIFY(writeAll(path, "new", OutputFile::Access::Shared));
    QCOMPARE(fileHash(path), QCryptographicHash::hash("new", QCryptographicHash::Sha256));
}

void TestOutputFile::neverOverTheVault_data()
{
    QTest::addColumn<QString>("target"); // relative to the vault's folder; "@" = the vault's path
    QTest::addColumn<QString>("link");   // made as a symbolic link to target first, and written to
    QTest::newRow("the vault") << QStringLiteral("@") << QString();
    QTest::newRow("a link to the vault") << QStringLiteral("@") << QStringLiteral("laporan.pdf");
    QTest::newRow("a link to a link to the vault") << QStringLiteral("@") << QStringLiteral("chain.pdf");
    QTest::newRow("a copy of a vault") << QStringLiteral("copy.brankas") << QString();
    QTest::newRow("the vault's WAL") << QStringLiteral("@-wal") << QString();
    QTest::newRow("the vault's shared memory") << QStringLiteral("@-shm") << QString();
    QTest::newRow("the vault's lock") << QStringLiteral("@.lock") << QString();
    QTest::newRow("a link to an ordinary file") << QStringLiteral("ordinary.txt") << QStringLiteral("other.pdf");
    QTest::newRow("a dangling link") << QStringLiteral("nowhere.pdf") << QStringLiteral("dangling.pdf");
}

void TestOutputFile::neverOverTheVault()
{
    QFETCH(QString, target);
    QFETCH(QString, link);
    const QString folder = m_vault.dir.path();
    QString path = target.startsWith(QLatin1Char('@')) ? m_vault.path + target.mid(1) : folder + u'/' + target;
    if (target == QLatin1String("copy.brankas")) {
        QFile::remove(path);
        QVERIFY(QFile::copy(m_vault.path, path));
    }
    if (target == QLatin1String("ordinary.txt")) {
        QFile plain(path);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("keep me");
    }
    if (!link.isEmpty()) {
        const QString linkPath = folder + u'/' + link;
        QFile::remove(linkPath);
        if (link == QLatin1String("chain.pdf")) {
            QFile::remove(folder + QStringLiteral("/first.pdf"));
            QVERIFY(QFile::link(path, folder + QStringLiteral("/first.pdf")));
            path = folder + QStringLiteral("/first.pdf");
        }
        QVERIFY(QFile::link(path, linkPath));
        path = linkPath;
    }
    const QByteArray before = fileHash(QFileInfo(path).canonicalFilePath());
    const QStringList filesBefore = entries(folder);
    const Status refused = writeAll(path, "%PDF-1.6 not a vault", OutputFile::Access::Shared);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message().contains(QDir::toNativeSeparators(path)), qPrintable(refused.error().message()));
    QCOMPARE(fileHash(m_vault.path), m_vaultHash);
    QCOMPARE(fileHash(QFileInfo(path).canonicalFilePath()), before);
    QCOMPARE(entries(folder), filesBefore);
    QVERIFY(m_vault.open());
}

void TestOutputFile::notOntoDevicesOrFolders_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    QTest::newRow("a folder") << QDir::tempPath();
}

void TestOutputFile::notOntoDevicesOrFolders()
{
    QFETCH(QString, path);
    const Status refused = writeAll(path, "%PDF-1.6", OutputFile::Access::Shared);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(path));
    QVERIFY(QFileInfo(path).exists());
    if (path.startsWith(QLatin1String("/dev/"))) {
        QVERIFY(!QFileInfo(path).isFile()); // still the device, not replaced by a file
    }
}

void TestOutputFile::unwritableFolderIsNamed()
{
    // root writes into any folder whatever its mode, so as root a folder of /proc stands in for one
    // that refuses writes.
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (geteuid() == 0) {
        folder = QStringLiteral("/proc/self");
    }
    const QString path = folder + QStringLiteral("/laporan.pdf");
    const Status refused = writeAll(path, "%PDF-1.6", OutputFile::Access::Shared);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Io);
    QVERIFY2(refused.error().message().contains(path), qPrintable(refused.error().message()));
    QVERIFY(!QFileInfo::exists(path));
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestOutputFile::fullDiskLeavesNothing()
{
    // A file-size limit fails writes past it the way a full disk does (EFBIG instead of ENOSPC).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("besar.pdf"));
    QVERIFY(writeAll(path, "the old report", OutputFile::Access::Shared));
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status refused = writeAll(path, QByteArray(1024 * 1024, 'x'), OutputFile::Access::Shared);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Io);
    QVERIFY2(refused.error().message().contains(path), qPrintable(refused.error().message()));
    QCOMPARE(fileHash(path), QCryptographicHash::hash("the old report", QCryptographicHash::Sha256));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("besar.pdf")});
}

void TestOutputFile::secretsAreOwnerOnlyWhateverTheUmask()
{
    QTemporaryDir dir;
    const mode_t saved = umask(0);
    const QString secret = dir.filePath(QStringLiteral("amplop.pdf"));
    const QString shared = dir.filePath(QStringLiteral("register.pdf"));
    const QString replaced = dir.filePath(QStringLiteral("replaced.pdf"));
    {
        QFile open(replaced);
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.setPermissions(QFileDevice::Permissions(0x7777)); // everything for everyone
    }
    const bool written = writeAll(secret, "secret", OutputFile::Access::OwnerOnly).ok() &&
                         writeAll(shared, "register", OutputFile::Access::Shared).ok() &&
                         writeAll(replaced, "secret", OutputFile::Access::OwnerOnly).ok();
    umask(saved);
    QVERIFY(written);
    for (const QString &path : {secret, replaced}) {
        struct stat info
        {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
    struct stat info
    {};
    QCOMPARE(stat(QFile::encodeName(shared).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0666)); // the umask (0 here) decides for a register report
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
