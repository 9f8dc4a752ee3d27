// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What brankas-bench-gen and brankas-bench share: choosing a key store, reading the passphrases
// like `brankas-cli init` does, and measuring time and memory.

#include <core/error.h>
#include <core/keychain/memorykeystore.h>
#include <core/keychain/systemkeystore.h>
#include <core/vault/vault.h>

#include <output.h>
#include <terminal.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Brankas::Bench {

inline void say(const QString &text)
{
    Cli::printLine(text);
}

inline void notice(const QString &text)
{
    Cli::printNotice(text);
}

inline int failWith(const QString &program, const Error &error)
{
    QString message = error.untranslatedMessage();
    if (!error.detail().isEmpty()) {
        message += QStringLiteral(" [") + error.detail() + QLatin1Char(']');
    }
    notice(program + QStringLiteral(": ") + message);
    return 1;
}

struct KeyStoreChoice
{
    std::unique_ptr<KeyStore> store;
    bool system = false;
    QString reason; // why the system key store is not used
};

// The OS keychain when a Secret Service answers; otherwise an in-memory store, so the programs
// also run outside a keyring session (the key is then lost at exit and the recovery passphrase
// opens the vault). "No entry" counts as an answer: the probe id never exists.
inline KeyStoreChoice chooseKeyStore()
{
    auto system = std::make_unique<SystemKeyStore>(std::chrono::seconds(5));
    const QString probeId = QStringLiteral("bench-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto probe = system->readKey(probeId);
    if (probe || probe.error().code() == ErrorCode::KeychainEntryMissing) {
        return KeyStoreChoice{std::move(system), true, {}};
    }
    QString reason = errorCodeName(probe.error().code());
    if (!probe.error().detail().isEmpty()) {
        reason += QStringLiteral(": ") + probe.error().detail();
    }
    return KeyStoreChoice{std::make_unique<MemoryKeyStore>(), false, reason};
}

// A vault made by brankas-bench-gen, open for writing, unlocked, and its administrator signed in:
// the administrator's passphrase is the first line of standard input, and the recovery passphrase
// the second, read only when this PC's keychain cannot give the key.
struct SignedInVault
{
    KeyStoreChoice keyStore;
    SystemClock clock;
    std::unique_ptr<Vault> vault;
    Session session;
};

// On the heap: the vault keeps references to the key store and the clock.
inline Result<std::unique_ptr<SignedInVault>> openSignedIn(const QString &path, const QString &adminName)
{
    auto result = std::make_unique<SignedInVault>();
    result->keyStore = chooseKeyStore();
    Cli::PassphraseInput passphrases;
    auto admin = passphrases.read(QStringLiteral("passphrase of administrator %1").arg(adminName));
    if (!admin) {
        return admin.error();
    }
    auto opened =
        Vault::open(path, Vault::Access::ReadWrite, VaultEnvironment{*result->keyStore.store, result->clock, {}});
    if (!opened) {
        return opened.error();
    }
    result->vault = std::move(opened).value();
    if (!result->vault->unlockFromKeychain()) {
        auto recovery = passphrases.read(QStringLiteral("recovery passphrase"));
        if (!recovery) {
            return recovery.error();
        }
        if (Status recovered = result->vault->unlockWithRecovery(recovery.value().view(), adminName); !recovered) {
            return recovered.error();
        }
    }
    auto session = result->vault->signIn(adminName, admin.value().view());
    if (!session) {
        return session.error();
    }
    result->session = session.value();
    return result;
}

// The benches that paint (reports, charts, PDFs) need no screen: offscreen unless one is chosen.
// Call before the application object is made.
inline void preferOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// --out DIR, or the vault's own folder: where the PDF benches leave what they wrote.
inline QString outputFolder(const QCommandLineParser &parser, const QString &vaultPath)
{
    return parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                               : QFileInfo(vaultPath).absolutePath();
}

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process so far, in milliseconds: less disturbed than wall time when other
// work shares the machine.
inline double cpuMs()
{
    return double(std::clock()) * 1000.0 / double(CLOCKS_PER_SEC);
}

inline double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

inline QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

inline QString thousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0 && digits.at(i - 1) != QLatin1Char('-'); i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return digits;
}

// Peak resident set size (high-water mark), in MiB. On Linux a process can reset its high-water mark
// ("5" into /proc/self/clear_refs) and read it back as VmHWM, which gives the peak of one phase;
// resetting also resets getrusage's ru_maxrss, so the whole-process peak is kept here across resets.
class PeakMemory
{
public:
    // Starts a new phase; false where phases cannot be measured (the figures are then process-wide).
    bool resetPhase()
    {
        m_processPeak = std::max(m_processPeak, phase());
#ifdef Q_OS_LINUX
        QFile file(QStringLiteral("/proc/self/clear_refs"));
        return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
#else
        return false;
#endif
    }

    // The peak since the last resetPhase() (VmHWM; getrusage's ru_maxrss where there is no VmHWM).
    double phase() const
    {
#ifdef Q_OS_LINUX
        QFile file(QStringLiteral("/proc/self/status"));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("VmHWM:")) { // "VmHWM:	  123456 kB"
                    return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
                }
            }
        }
#endif
        return maxRss();
    }

    // The peak of the whole process so far.
    double process() const
    {
        return std::max({m_processPeak, phase(), maxRss()});
    }

    // getrusage's ru_maxrss, in MiB (0 where unsupported).
    static double maxRss()
    {
#ifdef Q_OS_LINUX
        rusage usage{};
        if (getrusage(RUSAGE_SELF, &usage) == 0) {
            return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
        }
#endif
        return 0;
    }

private:
    double m_processPeak = 0;
};

// "label   median M, max X (n samples)  note", as the window benchmarks print their timings.
inline void reportTimes(const QString &label, const QList<double> &values, const QString &note = {})
{
    if (values.isEmpty()) {
        say(QStringLiteral("%1 -").arg(label.leftJustified(44)));
        return;
    }
    const double high = *std::max_element(values.begin(), values.end());
    QString line = QStringLiteral("%1 median %2, max %3 (%4 samples)")
                       .arg(label.leftJustified(44), ms(median(values)), ms(high))
                       .arg(values.size());
    if (!note.isEmpty()) {
        line += QStringLiteral("  ") + note;
    }
    say(line);
}

template <typename F> double timed(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

} // namespace Brankas::Bench
