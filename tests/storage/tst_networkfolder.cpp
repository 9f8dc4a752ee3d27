// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/networkfolder.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Storage;

class TestNetworkFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void types_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("network");
        for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "ceph", "NFS"}) {
            QTest::newRow(type) << QByteArray(type) << true;
        }
        for (const char *type : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "vfat", "ntfs3", "fuseblk", "zfs", ""}) {
            QTest::newRow(*type ? type : "unknown") << QByteArray(type) << false;
        }
    }

    void types()
    {
        QFETCH(QByteArray, type);
        QTEST(isNetworkFileSystemType(type), "network");
    }

    void uncPathsAreRefusedWithTheServerOption_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("backslashes") << QStringLiteral("\\\\fileserver\\humas\\vault.brankas");
        QTest::newRow("slashes") << QStringLiteral("//fileserver/humas/vault.brankas");
    }

    void uncPathsAreRefusedWithTheServerOption()
    {
        QFETCH(QString, path);
        const Status refused = refuseNetworkFolder(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("PostgreSQL server")));
        // Opening it for writing stops before anything is created.
        const auto opened = Database::open(path, Database::Mode::Create);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::Storage);
    }

    void localFoldersAreAccepted()
    {
        QTemporaryDir dir;
        QVERIFY(refuseNetworkFolder(dir.filePath(QStringLiteral("vault.brankas"))).ok());
        // A folder that does not exist yet is judged by the nearest one that does.
        QVERIFY(refuseNetworkFolder(dir.filePath(QStringLiteral("a/b/vault.brankas"))).ok());
        const auto opened = Database::open(dir.filePath(QStringLiteral("vault.brankas")), Database::Mode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFolder)
#include "tst_networkfolder.moc"
