// SPDX-License-Identifier: GPL-3.0-or-later
// Which automatic backups are kept: the last N, plus the newest of each month for a year.
#include <core/backup/retention.h>

#include <QTest>
#include <QTimeZone>

using namespace Brankas::Backup;

namespace {
// "2024-03-05 09:00" -> a backup of that time named after it.
StoredBackup at(const QString &when)
{
    QDateTime time = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
    time.setTimeZone(QTimeZone::utc()); // the same wall time, in UTC, whatever this PC's zone
    return StoredBackup{when + QStringLiteral(".brankas-backup"), time};
}

QList<StoredBackup> daily(const QDate &from, int days)
{
    QList<StoredBackup> backups;
    for (int i = 0; i < days; ++i) {
        backups.append(at(from.addDays(i).toString(Qt::ISODate) + QStringLiteral(" 16:30")));
    }
    return backups;
}

QStringList names(const QStringList &whens)
{
    QStringList result;
    for (const QString &when : whens) {
        result << when + QStringLiteral(".brankas-backup");
    }
    result.sort();
    return result;
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void removes_data();
    void removes();
    void aYearOfDailyBackups();
};

void TestRetention::removes_data()
{
    QTest::addColumn<QStringList>("backups");
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<QStringList>("removed");
    const auto split = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    QTest::newRow("none") << QStringList() << 10 << QStringList();
    QTest::newRow("fewer than N") << split("2024-06-01 10:00,2024-06-02 10:00") << 10 << QStringList();
    // The same month, N = 2: the two newest stay (the newest is also the month's).
    QTest::newRow("oldest of one month goes")
        << split("2024-06-01 10:00,2024-06-02 10:00,2024-06-03 10:00,2024-06-04 10:00") << 2
        << split("2024-06-01 10:00,2024-06-02 10:00");
    // Each earlier month keeps its newest: May 31, April 30.
    QTest::newRow("newest of each month stays")
        << split("2024-04-01 10:00,2024-04-30 10:00,2024-05-02 10:00,2024-05-31 10:00,2024-06-03 10:00,"
                 "2024-06-04 10:00")
        << 2 << split("2024-04-01 10:00,2024-05-02 10:00");
    // Twelve months means June 2023 is out when now is June 2024: July 2023 is the oldest month kept.
    QTest::newRow("older than a year goes")
        << split("2023-06-30 10:00,2023-07-31 10:00,2024-06-04 10:00") << 1 << split("2023-06-30 10:00");
    // Within the last N even when it is a year old.
    QTest::newRow("last N whatever their age") << split("2020-01-01 10:00,2021-01-01 10:00") << 2 << QStringList();
    // A clock that ran ahead: the future file counts as newest, the real newest is still within N.
    QTest::newRow("a file from the future")
        << split("2024-06-03 10:00,2024-06-04 10:00,2031-01-01 10:00") << 2 << split("2024-06-03 10:00");
    QTest::newRow("N = 0 keeps only months")
        << split("2024-06-03 10:00,2024-06-04 10:00") << 0 << split("2024-06-03 10:00");
}

void TestRetention::removes()
{
    QFETCH(QStringList, backups);
    QFETCH(int, keepLast);
    QFETCH(QStringList, removed);
    QList<StoredBackup> stored;
    for (const QString &when : backups) {
        stored.append(at(when));
    }
    const QDateTime now = QDateTime(QDate(2024, 6, 4), QTime(17, 0), QTimeZone::utc());
    QStringList result = backupsToRemove(stored, now, keepLast);
    result.sort();
    QCOMPARE(result, names(removed));
}

void TestRetention::aYearOfDailyBackups()
{
    // Two years of one backup a day, pruned the way automatic backups prune them: the last 10
    // (May 26 to June 4, which hold June's and May's newest) and the newest of July 2023 to April 2024.
    const QList<StoredBackup> backups = daily(QDate(2022, 6, 5), 731);
    const QDateTime now = QDateTime(QDate(2024, 6, 4), QTime(17, 0), QTimeZone::utc());
    const QStringList removed = backupsToRemove(backups, now, 10);
    QCOMPARE(backups.size() - removed.size(), 10 + 10);
    // Removing again removes nothing more.
    QList<StoredBackup> kept;
    for (const StoredBackup &backup : backups) {
        if (!removed.contains(backup.fileName)) {
            kept.append(backup);
        }
    }
    QVERIFY(backupsToRemove(kept, now, 10).isEmpty());
    QVERIFY(!removed.contains(QStringLiteral("2024-05-31 16:30.brankas-backup")));
    QVERIFY(removed.contains(QStringLiteral("2024-05-25 16:30.brankas-backup")));
    QVERIFY(removed.contains(QStringLiteral("2023-06-30 16:30.brankas-backup")));
    QVERIFY(!removed.contains(QStringLiteral("2023-07-31 16:30.brankas-backup")));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
