// SPDX-License-Identifier: GPL-3.0-or-later
// How Brankas configures SQLite: a commit is on disk before its result is shown (synchronous=FULL),
// and a new vault with its -wal and -shm is readable by its owner only, whatever the umask.
#include "../common/testvault.h"

#include <core/storage/database.h>

#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat info
    {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0) {
        return mode_t(-1);
    }
    return info.st_mode & 07777;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void commitsAreSyncedFully_data();
    void commitsAreSyncedFully();
    void newVaultIsOwnerOnly();
};

void TestDatabase::commitsAreSyncedFully_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("create") << int(Storage::Database::Mode::Create);
    QTest::newRow("read-write") << int(Storage::Database::Mode::ReadWrite);
}

void TestDatabase::commitsAreSyncedFully()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sync.brankas"));
    if (Storage::Database::Mode(mode) == Storage::Database::Mode::ReadWrite) {
        QVERIFY(Storage::Database::open(path, Storage::Database::Mode::Create));
    }
    auto db = Storage::Database::open(path, Storage::Database::Mode(mode));
    QVERIFY(db);
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

void TestDatabase::newVaultIsOwnerOnly()
{
    const mode_t saved = umask(0);
    TestVault vault;
    auto created = vault.create();
    // Something written, so that the WAL and the shared-memory file exist beside it.
    QVERIFY(created->database().connection().isOpen());
    QSqlQuery query(created->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE umask_probe(x)")));
    umask(saved);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(vault.path + suffix), qPrintable(vault.path + suffix));
        QCOMPARE(modeOf(vault.path + suffix), mode_t(0600));
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
