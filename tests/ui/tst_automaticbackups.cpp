// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups in the window: a change is backed up after a pause, at most once a day; closing
// backs up what changed since; a missing folder fails quietly (the change is safe in the vault and
// Beranda names the folder), and with no folder chosen nothing is written.
#include "pagefixture.h"

#include <core/backup/autobackup.h>
#include <core/backup/backuphealth.h>
#include <ui/app/automaticbackups.h>

#include <QApplication>
#include <QSignalSpy>

using namespace Brankas;
using namespace Brankas::Testing;

class TestAutomaticBackups : public QObject
{
    Q_OBJECT

private slots:
    void changeIsBackedUpOnceADay();
    void closingBacksUpWhatChanged();
    void missingFolderFailsQuietly();
    void noFolderNoBackup();

private:
    static int backupsIn(const QString &folder, const Vault &vault)
    {
        return int(Backup::automaticBackupsIn(folder, vault.id()).size());
    }
};

void TestAutomaticBackups::changeIsBackedUpOnceADay()
{
    PageFixture fixture(false);
    QTemporaryDir usb;
    fixture.preferences.setBackupFolder(usb.path());
    AutomaticBackups backups(*fixture.workspace);
    backups.setDelay(20);
    QSignalSpy attempted(&backups, &AutomaticBackups::attempted);
    fixture.workspace->notifyRegisterChanged();
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(backups.isPending());
    QTRY_COMPARE(attempted.count(), 1); // two changes, one backup
    QVERIFY(!attempted.first().first().value<Error>().isError());
    QCOMPARE(backupsIn(usb.path(), fixture.vault()), 1);
    // The same day: no second backup after a change.
    fixture.office.t.clock.advance(3600 * 1000);
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(!backups.isPending());
    // The next day: one again.
    fixture.office.t.clock.advance(24 * 3600 * 1000);
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(backups.isPending());
    QTRY_COMPARE(attempted.count(), 2);
    QCOMPARE(backupsIn(usb.path(), fixture.vault()), 2);
}

void TestAutomaticBackups::closingBacksUpWhatChanged()
{
    PageFixture fixture(false);
    QTemporaryDir usb;
    fixture.preferences.setBackupFolder(usb.path());
    AutomaticBackups backups(*fixture.workspace);
    QVERIFY(!backups.backUpIfChanged()); // nothing changed yet
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(backups.backUpIfChanged()); // closing does not wait for the pause
    QVERIFY(!backups.isPending());
    QCOMPARE(backupsIn(usb.path(), fixture.vault()), 1);
    // A change after today's backup waits for the next day, or for closing.
    fixture.office.t.clock.advance(60 * 1000);
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(!backups.isPending());
    QVERIFY(backups.backUpIfChanged());
    QCOMPARE(backupsIn(usb.path(), fixture.vault()), 2);
    QVERIFY(!backups.backUpIfChanged());
}

void TestAutomaticBackups::missingFolderFailsQuietly()
{
    PageFixture fixture(false);
    QTemporaryDir place;
    const QString usb = place.filePath(QStringLiteral("FLASHDISK"));
    fixture.preferences.setBackupFolder(usb);
    AutomaticBackups backups(*fixture.workspace);
    backups.setDelay(10);
    QSignalSpy attempted(&backups, &AutomaticBackups::attempted);
    const qint64 entries = fixture.office.logCount();
    const Term term = fixture.office.addTerm(QStringLiteral("Pemilu 2029"), QDate(2028, 1, 1), QDate(2029, 12, 31));
    fixture.workspace->notifyRegisterChanged();
    QTRY_COMPARE(attempted.count(), 1);
    QCOMPARE(attempted.first().first().value<Error>().code(), ErrorCode::NotFound);
    QVERIFY(!backups.backUpIfChanged()); // closing tries again, and fails the same quiet way
    // The change is in the vault, and nothing of a backup in its log.
    QVERIFY(term.id > 0);
    QCOMPARE(fixture.office.logCount(), entries + 1);
    QVERIFY(!QFileInfo::exists(usb));
    // Beranda says why.
    auto findings = Backup::backupFindings(fixture.vault(), fixture.preferences.backupFolder(),
                                           fixture.office.t.clock.nowUtc().date());
    QVERIFY(findings && findings.value().size() == 1);
    QCOMPARE(findings.value().first().rule, QStringLiteral("backup-folder-unavailable"));
    QVERIFY(findings.value().first().message.contains(QStringLiteral("FLASHDISK")));
    // Plugged in again: the next change is backed up.
    QVERIFY(QDir().mkpath(usb));
    fixture.workspace->notifyRegisterChanged();
    QTRY_COMPARE(attempted.count(), 3);
    QCOMPARE(backupsIn(usb, fixture.vault()), 1);
}

void TestAutomaticBackups::noFolderNoBackup()
{
    PageFixture fixture(false);
    AutomaticBackups backups(*fixture.workspace);
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(!backups.isPending());
    QVERIFY(!backups.backUpIfChanged());
}

QTEST_MAIN(TestAutomaticBackups)
#include "tst_automaticbackups.moc"
