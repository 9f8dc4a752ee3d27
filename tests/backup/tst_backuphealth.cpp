// SPDX-License-Identifier: GPL-3.0-or-later
// What Beranda and `check` say about backups: no backup for more than a week (since the last one the
// archive log records, or since the vault was made), and a backup folder that is missing, a file, or
// cannot be written; and automatic backups that prune the folder and never touch other files.
#include "../register/registertesting.h"

#include <core/backup/autobackup.h>
#include <core/backup/backuphealth.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestBackupHealth : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void automaticBackupsArePruned();
    void dueOncePerDay();
};

void TestBackupHealth::findings_data()
{
    QTest::addColumn<int>("backedUpDaysAgo"); // -1: never
    QTest::addColumn<int>("vaultAgeDays");
    QTest::addColumn<QString>("folder"); // "ok", "missing", "file", "read-only", "" (none chosen)
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("says"); // fragments of the messages, separated by |
    QTest::newRow("new vault, no folder") << -1 << 0 << QString() << QStringList() << QString();
    QTest::newRow("a week old, never backed up") << -1 << 7 << QString() << QStringList() << QString();
    QTest::newRow("eight days old, never backed up")
        << -1 << 8 << QString() << QStringList{QStringLiteral("no-recent-backup")}
        << QStringLiteral("No backup for 8 day|none was ever written.");
    QTest::newRow("backed up a week ago") << 7 << 30 << QStringLiteral("ok") << QStringList() << QString();
    QTest::newRow("backed up eight days ago")
        << 8 << 30 << QStringLiteral("ok") << QStringList{QStringLiteral("no-recent-backup")}
        << QStringLiteral("No backup for 8 day|the last was written on 2024-03-07.");
    QTest::newRow("folder missing") << 0 << 30 << QStringLiteral("missing")
                                    << QStringList{QStringLiteral("backup-folder-unavailable")}
                                    << QStringLiteral("is not there");
    QTest::newRow("folder is a file") << 0 << 30 << QStringLiteral("file")
                                      << QStringList{QStringLiteral("backup-folder-unavailable")}
                                      << QStringLiteral("is a file, not a folder");
    // /proc takes no new file from anyone, root included (the suite may run as root, which a
    // chmod 0500 would not stop).
    QTest::newRow("folder read-only") << 0 << 30 << QStringLiteral("read-only")
                                      << QStringList{QStringLiteral("backup-folder-unavailable")}
                                      << QStringLiteral("cannot write to the backup folder");
    QTest::newRow("both") << 9 << 30 << QStringLiteral("missing")
                          << QStringList{QStringLiteral("backup-folder-unavailable"),
                                         QStringLiteral("no-recent-backup")}
                          << QStringLiteral("No backup for 9 day");
}

void TestBackupHealth::findings()
{
    QFETCH(int, backedUpDaysAgo);
    QFETCH(int, vaultAgeDays);
    QFETCH(QString, folder);
    QFETCH(QStringList, rules);
    QFETCH(QString, says);
    Office office; // made on 2024-02-14
    QTemporaryDir place;
    const QDate made = office.t.clock.nowUtc().date();
    const QDate today = made.addDays(vaultAgeDays);
    if (backedUpDaysAgo >= 0) {
        office.t.clock.set(QDateTime(today.addDays(-backedUpDaysAgo), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(Backup::writeBackup(*office.vault, office.siti, place.filePath(QStringLiteral("b.brankas-backup"))));
    }
    QString path;
    if (folder == QLatin1String("ok")) {
        path = place.path();
    } else if (folder == QLatin1String("missing")) {
        path = place.filePath(QStringLiteral("usb-not-plugged-in"));
    } else if (folder == QLatin1String("file")) {
        path = place.filePath(QStringLiteral("b.brankas-backup"));
    } else if (folder == QLatin1String("read-only")) {
        path = QStringLiteral("/proc");
    }
    auto findings = Backup::backupFindings(*office.vault, path, today);
    QVERIFY(findings);
    QStringList found;
    QString messages;
    for (const Finding &finding : findings.value()) {
        found << finding.rule;
        messages += finding.message + QLatin1Char('\n');
        QCOMPARE(finding.accountId, qint64(0));
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        QVERIFY(!ruleTitle(finding.rule).isEmpty() && ruleTitle(finding.rule) != finding.rule);
    }
    QCOMPARE(found, rules);
    // Untranslated here: "day(s)" is English's plural form only once brankas_en.qm is loaded.
    for (const QString &part : says.split(QLatin1Char('|'))) {
        QVERIFY2(messages.contains(part), qPrintable(messages));
    }
}

void TestBackupHealth::automaticBackupsArePruned()
{
    Office office;
    QTemporaryDir folder;
    // Files that are not this vault's automatic backups stay whatever their age.
    for (const char *name :
         {"brankas-00000000-20200101-000000.brankas-backup", "laporan.pdf", "brankas-kantor-lama.brankas-backup"}) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList removed;
    for (int day = 0; day < 26; ++day) {
        auto written = Backup::writeAutomaticBackup(*office.vault, office.siti, folder.path(), 10);
        QVERIFY2(written, qPrintable(written.error().untranslatedMessage()));
        QCOMPARE(QFileInfo(written.value().written.path).fileName(),
                 Backup::automaticFileName(office.vault->id(), office.t.clock.nowUtc()));
        removed << written.value().removed;
        office.t.clock.advance(24 * 3600 * 1000);
    }
    // 14 February to 10 March, one a day: March's ten stay, and February's newest (the 29th).
    QCOMPARE(Backup::automaticBackupsIn(folder.path(), office.vault->id()).size(), 10 + 1);
    QCOMPARE(removed.size(), 26 - 11);
    QVERIFY(QFile::exists(folder.filePath(
        Backup::automaticFileName(office.vault->id(), QDateTime(QDate(2024, 2, 29), QTime(9, 0), QTimeZone::utc())))));
    for (const char *name :
         {"brankas-00000000-20200101-000000.brankas-backup", "laporan.pdf", "brankas-kantor-lama.brankas-backup"}) {
        QVERIFY2(QFile::exists(folder.filePath(QString::fromLatin1(name))), name);
    }
    auto last = Backup::lastBackupTime(*office.vault);
    QVERIFY(last && last.value());
    QCOMPARE(*last.value(), office.t.clock.nowUtc().addDays(-1));
}

void TestBackupHealth::dueOncePerDay()
{
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(Backup::backupDueAfterChange(std::nullopt, now));
    QVERIFY(!Backup::backupDueAfterChange(now.addSecs(-60), now));
    QVERIFY(Backup::backupDueAfterChange(now.addDays(-1), now));
}

QTEST_GUILESS_MAIN(TestBackupHealth)
#include "tst_backuphealth.moc"
