// SPDX-License-Identifier: GPL-3.0-or-later
// The progress a backup and a restore report to the window: one bar from 0 to ProgressTotal that
// never goes back, through every step (SQLite's copy, the encryption, scrypt, the log's
// verification), and a cancel at any moment before the end that leaves no backup, no restored vault,
// no log entry and no key behind. A restore asked to stop after its log is verified finishes.
#include "../register/registertesting.h"

#include <core/backup/backupwriter.h>
#include <core/backup/restore.h>
#include <core/crypto/random.h>
#include <core/log/logactions.h>

#include <QDirIterator>
#include <QJsonObject>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// What a progress callback was told, and a point from which it answers "cancel".
struct Recorder
{
    qint64 cancelFrom = ProgressTotalNever;
    QList<qint64> done;
    QList<qint64> totals;
    static constexpr qint64 ProgressTotalNever = Backup::ProgressTotal + 1;

    Backup::Progress callback()
    {
        return [this](qint64 at, qint64 total) {
            done.append(at);
            totals.append(total);
            return at < cancelFrom;
        };
    }
    bool increasing() const
    {
        for (qsizetype i = 1; i < done.size(); ++i) {
            if (done.at(i) <= done.at(i - 1)) {
                return false;
            }
        }
        return true;
    }
    bool allTotals() const
    {
        return std::all_of(totals.begin(), totals.end(), [](qint64 total) { return total == Backup::ProgressTotal; });
    }
};

QStringList everything(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found << QDir(folder).relativeFilePath(it.next());
    }
    found.sort();
    return found;
}
} // namespace

class TestBackupProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupReportsEveryStep();
    void cancelledBackupLeavesNothing_data();
    void cancelledBackupLeavesNothing();
    void restoreReportsEveryStep();
    void cancelledRestoreLeavesNothing_data();
    void cancelledRestoreLeavesNothing();

private:
    Result<Backup::Restored> restore(const QString &target, MemoryKeyStore &keys, Recorder &recorder);

    std::unique_ptr<Office> m_office;
    QTemporaryDir m_out;
    QString m_backup;
};

void TestBackupProgress::initTestCase()
{
    m_office = std::make_unique<Office>();
    // Enough log for several chunks of encryption: 2,500 entries with a kilobyte of noise each.
    require(m_office->vault->commitChange(
                m_office->siti,
                [] {
                    QList<LogEvent> events;
                    for (int i = 0; i < 2500; ++i) {
                        const QByteArray noise = Crypto::randomBytes(512).value().toHex();
                        events.append({LogAction::reportExported(), QStringLiteral("vault"),
                                       QJsonObject{{QStringLiteral("file"), QString::fromLatin1(noise)}}});
                    }
                    return Result<QList<LogEvent>>(events);
                }),
            "fill the log");
    m_backup = m_out.filePath(QStringLiteral("office.brankas-backup"));
    QVERIFY(Backup::writeBackup(*m_office->vault, m_office->budi, m_backup));
}

void TestBackupProgress::backupReportsEveryStep()
{
    Recorder recorder;
    const QString out = m_out.filePath(QStringLiteral("progress.brankas-backup"));
    auto written = Backup::writeBackup(*m_office->vault, m_office->budi, out, recorder.callback());
    QVERIFY2(written, qPrintable(written.error().untranslatedMessage()));
    QVERIFY(QFileInfo::exists(out));
    QVERIFY2(recorder.increasing(), qPrintable(QDebug::toString(recorder.done)));
    QVERIFY(recorder.allTotals());
    QCOMPARE(recorder.done.last(), Backup::ProgressTotal);
    // The copy's end, and the encryption chunk by chunk after it (the file is about 3 MiB).
    const qsizetype copied = recorder.done.indexOf(650);
    QVERIFY2(copied >= 0, qPrintable(QDebug::toString(recorder.done)));
    QVERIFY(recorder.done.size() - copied >= 4);
    QCOMPARE(m_office->lastLogEntry().action, LogAction::vaultBackedUp());
}

void TestBackupProgress::cancelledBackupLeavesNothing_data()
{
    QTest::addColumn<qint64>("cancelFrom");
    QTest::newRow("at the start") << qint64(0);
    QTest::newRow("after the copy") << qint64(650);
    QTest::newRow("during the encryption") << qint64(700);
    QTest::newRow("at the last chunk") << qint64(990);
}

void TestBackupProgress::cancelledBackupLeavesNothing()
{
    QFETCH(qint64, cancelFrom);
    Recorder recorder;
    recorder.cancelFrom = cancelFrom;
    const qint64 logBefore = m_office->logCount();
    const QStringList besideVault = everything(m_office->t.dir.path());
    const QString out = m_out.filePath(QStringLiteral("cancelled.brankas-backup"));
    auto written = Backup::writeBackup(*m_office->vault, m_office->budi, out, recorder.callback());
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Cancelled);
    // The bar stops where it was cancelled: any calls after that (while SQLite's copy winds down)
    // repeat that value, and nothing is written after it.
    const qsizetype cancelledAt = recorder.done.indexOf(recorder.done.last());
    QVERIFY(recorder.done.last() >= cancelFrom);
    QVERIFY(cancelledAt == 0 || recorder.done.at(cancelledAt - 1) < cancelFrom);
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(everything(m_out.path()).filter(QStringLiteral("cancelled")), QStringList());
    QCOMPARE(everything(m_office->t.dir.path()), besideVault); // no plaintext snapshot left
    QCOMPARE(m_office->logCount(), logBefore);
}

Result<Backup::Restored> TestBackupProgress::restore(const QString &target, MemoryKeyStore &keys, Recorder &recorder)
{
    auto reader = Backup::BackupReader::open(m_backup);
    if (!reader) {
        return reader.error();
    }
    return Backup::restoreBackup(
        *reader.value(),
        Backup::RestoreRequest{target, QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase, false},
        VaultEnvironment{keys, m_office->t.clock, cheapKdf()}, recorder.callback());
}

void TestBackupProgress::restoreReportsEveryStep()
{
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    Recorder recorder;
    auto restored = restore(newPc.filePath(QStringLiteral("vault.brankas")), keys, recorder);
    QVERIFY2(restored, qPrintable(restored.error().untranslatedMessage()));
    QVERIFY2(recorder.increasing(), qPrintable(QDebug::toString(recorder.done)));
    QVERIFY(recorder.allTotals());
    QCOMPARE(recorder.done.first(), qint64(0));
    QCOMPARE(recorder.done.last(), Backup::ProgressTotal);
    // The decryption chunk by chunk, then the log's verification up to where it commits.
    QVERIFY(std::count_if(recorder.done.begin(), recorder.done.end(), [](qint64 at) { return at > 80 && at <= 380; }) >=
            3);
    QVERIFY(recorder.done.contains(Backup::RestoreCommitsAt));
}

void TestBackupProgress::cancelledRestoreLeavesNothing_data()
{
    QTest::addColumn<qint64>("cancelFrom");
    QTest::addColumn<bool>("restores");
    QTest::newRow("before the recovery passphrase") << qint64(0) << false;
    QTest::newRow("after the recovery passphrase") << qint64(80) << false;
    QTest::newRow("during the decryption") << qint64(200) << false;
    QTest::newRow("after the sign-in") << qint64(480) << false;
    QTest::newRow("during the log's verification") << qint64(481) << false;
    QTest::newRow("after the verification: too late") << Backup::RestoreCommitsAt + 1 << true;
}

void TestBackupProgress::cancelledRestoreLeavesNothing()
{
    QFETCH(qint64, cancelFrom);
    QFETCH(bool, restores);
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    Recorder recorder;
    recorder.cancelFrom = cancelFrom;
    const QString target = newPc.filePath(QStringLiteral("vault.brankas"));
    auto restored = restore(target, keys, recorder);
    if (restores) {
        QVERIFY2(restored, qPrintable(restored.error().untranslatedMessage()));
        QCOMPARE(everything(newPc.path()), QStringList{QStringLiteral("vault.brankas")});
        return;
    }
    QVERIFY(!restored);
    QCOMPARE(restored.error().code(), ErrorCode::Cancelled);
    QCOMPARE(everything(newPc.path()), QStringList());
    QVERIFY(!keys.readKey(m_office->vault->id()));
}

QTEST_GUILESS_MAIN(TestBackupProgress)
#include "tst_backupprogress.moc"
