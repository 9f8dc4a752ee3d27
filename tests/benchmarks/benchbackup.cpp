// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-backup VAULT [RUNS]: times an encrypted backup of a benchmark vault (made by
// brankas-bench-gen) and its restore into a new place with a new key store, as on a new PC.
// Standard input: the administrator's passphrase ("Admin"), then the recovery passphrase.
// Prints the median of RUNS (default 3) for each, with the snapshot alone and the scrypt of the
// passphrases (deliberately slow) apart, and the peak memory of each phase. One more run of each
// reports progress as the window's bar does: how often, and the longest stretch without a call
// (the longest the window would not answer).
#include "benchcommon.h"

#include <core/backup/backupwriter.h>
#include <core/backup/restore.h>
#include <core/storage/snapshot.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
// Progress calls as the window sees them: how many, and the longest time between two of them
// (or from the start to the first, or from the last to the end).
struct ProgressGaps
{
    QElapsedTimer timer;
    qint64 last = 0;
    qint64 longest = 0;
    qint64 longestEndsAt = 0; // the bar's value at the call that ended the longest gap
    qint64 done = -1;
    int calls = 0;

    Backup::Progress start()
    {
        timer.start();
        return [this](qint64 at, qint64) {
            done = at;
            note();
            ++calls;
            return true;
        };
    }
    void note()
    {
        const qint64 now = timer.elapsed();
        if (now - last > longest) {
            longest = now - last;
            longestEndsAt = done;
        }
        last = now;
    }
    QString summary()
    {
        done = -1; // the end, after the last call
        note();
        return QStringLiteral("%1 calls in %2 ms, longest gap %3 ms, ending at %4 of 1000 (-1: the end)")
            .arg(calls)
            .arg(last)
            .arg(longest)
            .arg(longestEndsAt);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString program = QStringLiteral("brankas-bench-backup");
    if (app.arguments().size() < 2) {
        notice(QStringLiteral("usage: brankas-bench-backup VAULT [RUNS]"));
        return 2;
    }
    const QString path = app.arguments().at(1);
    const int runs = std::max(1, app.arguments().value(2, QStringLiteral("3")).toInt());
    const QString admin = QStringLiteral("Admin");

    Cli::PassphraseInput passphrases;
    auto adminPassphrase = passphrases.read(QStringLiteral("passphrase of administrator Admin"));
    auto recovery = passphrases.read(QStringLiteral("recovery passphrase"));
    if (!adminPassphrase || !recovery) {
        return failWith(program, !adminPassphrase ? adminPassphrase.error() : recovery.error());
    }
    KeyStoreChoice keyStore = chooseKeyStore();
    SystemClock clock;
    auto opened = Vault::open(path, Vault::Access::ReadWrite, VaultEnvironment{*keyStore.store, clock, {}});
    if (!opened) {
        return failWith(program, opened.error());
    }
    Vault &vault = *opened.value();
    if (!vault.unlockFromKeychain()) {
        if (Status status = vault.unlockWithRecovery(recovery.value().view(), admin); !status) {
            return failWith(program, status.error());
        }
    }
    auto session = vault.signIn(admin, adminPassphrase.value().view());
    if (!session) {
        return failWith(program, session.error());
    }
    auto counts = vault.counts();
    say(QStringLiteral("Vault: %1 (%2 MiB, %3 log entries)")
            .arg(path)
            .arg(double(QFileInfo(path).size()) / (1 << 20), 0, 'f', 1)
            .arg(thousands(counts ? counts.value().logEntries : -1)));

    QTemporaryDir work(QFileInfo(path).absolutePath() + QStringLiteral("/bench-backup-XXXXXX"));
    PeakMemory memory;
    QList<double> snapshotMs;
    QList<double> backupMs;
    QList<double> backupCpu;
    double backupPeak = 0;
    QString backupPath;
    qint64 backupSize = 0;
    for (int run = 0; run < runs; ++run) {
        // The snapshot alone (VACUUM INTO), into a file removed at once.
        {
            const QString snapshot = work.filePath(QStringLiteral("snapshot-%1.sqlite").arg(run));
            QElapsedTimer timer;
            timer.start();
            if (Status status = Storage::writeSnapshot(vault.database(), snapshot); !status) {
                return failWith(program, status.error());
            }
            snapshotMs << msSince(timer);
            QFile::remove(snapshot);
        }
        memory.resetPhase();
        backupPath = work.filePath(QStringLiteral("backup-%1.brankas-backup").arg(run));
        const double cpu = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto written = Backup::writeBackup(vault, session.value(), backupPath);
        backupMs << msSince(timer);
        backupCpu << cpuMs() - cpu;
        backupPeak = std::max(backupPeak, memory.phase());
        if (!written) {
            return failWith(program, written.error());
        }
        backupSize = written.value().size;
    }
    say(QStringLiteral("Backup file: %1 MiB").arg(double(backupSize) / (1 << 20), 0, 'f', 1));
    say(QStringLiteral("writeBackup, median of %1: %2 (CPU %3); of which the snapshot (VACUUM INTO) %4; peak RSS %5 "
                       "MiB")
            .arg(runs)
            .arg(ms(median(backupMs)), ms(median(backupCpu)), ms(median(snapshotMs)))
            .arg(backupPeak, 0, 'f', 0));

    {
        ProgressGaps gaps;
        auto written = Backup::writeBackup(
            vault, session.value(), work.filePath(QStringLiteral("backup-progress.brankas-backup")), gaps.start());
        if (!written) {
            return failWith(program, written.error());
        }
        say(QStringLiteral("writeBackup with progress: %1").arg(gaps.summary()));
    }

    // The restore, as on a new PC: its own (memory) key store, a new folder each time.
    auto reader = Backup::BackupReader::open(backupPath);
    if (!reader) {
        return failWith(program, reader.error());
    }
    QList<double> unlockMs;
    QList<double> restoreMs;
    QList<double> restoreCpu;
    double restorePeak = 0;
    for (int run = 0; run < runs; ++run) {
        {
            QElapsedTimer timer;
            timer.start();
            auto key = reader.value()->unlock(recovery.value().view());
            unlockMs << msSince(timer);
            if (!key) {
                return failWith(program, key.error());
            }
        }
        auto fresh = Backup::BackupReader::open(backupPath);
        if (!fresh) {
            return failWith(program, fresh.error());
        }
        MemoryKeyStore newPc;
        const QString target = work.filePath(QStringLiteral("new-pc-%1/vault.brankas").arg(run));
        memory.resetPhase();
        const double cpu = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto restored = Backup::restoreBackup(
            *fresh.value(),
            Backup::RestoreRequest{target, admin, adminPassphrase.value().view(), recovery.value().view(), false},
            VaultEnvironment{newPc, clock, {}});
        restoreMs << msSince(timer);
        restoreCpu << cpuMs() - cpu;
        restorePeak = std::max(restorePeak, memory.phase());
        if (!restored) {
            return failWith(program, restored.error());
        }
        QFile::remove(target);
    }
    {
        auto fresh = Backup::BackupReader::open(backupPath);
        if (!fresh) {
            return failWith(program, fresh.error());
        }
        MemoryKeyStore newPc;
        ProgressGaps gaps;
        auto restored = Backup::restoreBackup(
            *fresh.value(),
            Backup::RestoreRequest{work.filePath(QStringLiteral("new-pc-progress/vault.brankas")), admin,
                                   adminPassphrase.value().view(), recovery.value().view(), false},
            VaultEnvironment{newPc, clock, {}}, gaps.start());
        if (!restored) {
            return failWith(program, restored.error());
        }
        say(QStringLiteral("restoreBackup with progress: %1").arg(gaps.summary()));
    }
    const double scrypt = median(unlockMs);
    say(QStringLiteral("restoreBackup, median of %1: %2 (CPU %3); peak RSS %4 MiB")
            .arg(runs)
            .arg(ms(median(restoreMs)), ms(median(restoreCpu)))
            .arg(restorePeak, 0, 'f', 0));
    say(QStringLiteral("of which scrypt: %1 for the recovery passphrase, about as much for the administrator's "
                       "sign-in; restore without the two: %2")
            .arg(ms(scrypt), ms(median(restoreMs) - 2 * scrypt)));
    say(QStringLiteral("Peak RSS of the process: %1 MiB").arg(memory.process(), 0, 'f', 0));
    return 0;
}
