// SPDX-License-Identifier: GPL-3.0-or-later
// The one-writer lock as a second writer would try to get around it: the same vault reached through
// a symbolic link, a ".." path, or a relative path.
#include "../common/testvault.h"

#include <core/vault/vaultlock.h>

#include <QDir>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

class TestVaultLock : public QObject
{
    Q_OBJECT

private slots:
    void secondPathMeetsTheSameLock_data();
    void secondPathMeetsTheSameLock();
    void secondVaultThroughALinkIsRefused();
    void lockOfANewVaultIsBesideIt();
};

void TestVaultLock::secondPathMeetsTheSameLock_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("symbolic link to the file") << QStringLiteral("file link");
    QTest::newRow("symbolic link to the folder") << QStringLiteral("folder link");
    QTest::newRow("dot-dot path") << QStringLiteral("dotdot");
    QTest::newRow("relative path") << QStringLiteral("relative");
}

void TestVaultLock::secondPathMeetsTheSameLock()
{
    QFETCH(QString, how);
    TestVault vault;
    vault.create();
    const QString folder = vault.dir.path();
    QString second;
    if (how == QLatin1String("file link")) {
        second = vault.dir.filePath(QStringLiteral("shortcut.brankas"));
        QVERIFY(QFile::link(vault.path, second));
    } else if (how == QLatin1String("folder link")) {
        const QString linkedFolder = vault.dir.filePath(QStringLiteral("linked"));
        QVERIFY(QFile::link(folder, linkedFolder));
        second = linkedFolder + QStringLiteral("/office.brankas");
    } else if (how == QLatin1String("dotdot")) {
        QVERIFY(QDir(folder).mkdir(QStringLiteral("sub")));
        second = folder + QStringLiteral("/sub/../office.brankas");
    } else {
        second = QDir::current().relativeFilePath(vault.path);
    }
    QVERIFY(QFileInfo(second).exists());
    QCOMPARE(VaultLock::lockPathFor(second), VaultLock::lockPathFor(vault.path));
    auto first = VaultLock::acquire(vault.path);
    QVERIFY(first);
    auto refused = VaultLock::acquire(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::VaultInUse);
    first.value().reset();
    QVERIFY(VaultLock::acquire(second));
}

void TestVaultLock::secondVaultThroughALinkIsRefused()
{
    TestVault vault;
    vault.create();
    const QString link = vault.dir.filePath(QStringLiteral("shortcut.brankas"));
    QVERIFY(QFile::link(vault.path, link));
    auto writer = vault.open();
    QVERIFY(writer);
    auto second = Vault::open(link, Vault::Access::ReadWrite, vault.environment());
    QVERIFY(!second);
    QCOMPARE(second.error().code(), ErrorCode::VaultInUse);
}

void TestVaultLock::lockOfANewVaultIsBesideIt()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString viaDotDot = dir.path() + QStringLiteral("/sub/../baru.brankas");
    QCOMPARE(VaultLock::lockPathFor(viaDotDot),
             QDir(QFileInfo(dir.path()).canonicalFilePath()).filePath(QStringLiteral("baru.brankas.lock")));
}

QTEST_GUILESS_MAIN(TestVaultLock)
#include "tst_vaultlock.moc"
