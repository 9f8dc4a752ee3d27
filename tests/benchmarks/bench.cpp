// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench: measures a vault made by brankas-bench-gen.
//
//   brankas-bench --vault PATH [--runs N] [--verify-runs N] [--single-commits N] [--batch N]
//                 [--verify-only] [--min-entries N] [--search TEXT] [--check-date YYYY-MM-DD]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, one per line, like brankas-bench-gen. The recovery passphrase may be left out when this
// computer's keychain holds the vault key; unlockWithRecovery is then not measured.
//
// Besides the log it measures the register: the query of `account search TEXT` (Accounts::list
// with a text filter), listing every account, and HealthCheck::run, the work of `check`.
//
// It opens the vault for writing and appends log entries (the sign-ins, the recovery unlocks and
// the append benchmark itself), so run it on a copy you do not mind growing.

#include "benchcommon.h"

#include <core/crypto/kdf.h>
#include <core/register/accounts.h>
#include <core/register/healthcheck.h>
#include <core/storage/accountstore.h>
#include <core/storage/database.h>
#include <core/storage/logstore.h>
#include <core/vault/vault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

#include <optional>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench");
const QString AdminName = QStringLiteral("Admin");

struct Options
{
    QString vaultPath;
    int runs = 7;
    int verifyRuns = 3;
    int scryptRuns = 3;
    qint64 singleCommits = 1000;
    qint64 batch = 10000;
    bool verifyOnly = false;
    qint64 minEntries = 0;
    QString search = QStringLiteral("momunu");
    QDate checkDate = QDate(2025, 1, 3);
};

Result<Options> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures a Brankas vault. Standard input: the administrator's passphrase, then the recovery "
                       "passphrase (optional when the keychain holds the vault key), one per line."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("The vault file (it grows: log entries are appended)."),
         QStringLiteral("PATH")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each open and unlock measurement (default 7)."),
         QStringLiteral("N")},
        {QStringLiteral("verify-runs"), QStringLiteral("Runs of the log verification (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("scrypt-runs"), QStringLiteral("Runs of each scrypt-bound measurement (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("single-commits"), QStringLiteral("Log entries appended one transaction each (default 1000)."),
         QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Log entries appended in one transaction (default 10000)."),
         QStringLiteral("N")},
        {QStringLiteral("verify-only"),
         QStringLiteral("Only open, unlock, sign in and verify the log, like `brankas-cli log verify`.")},
        {QStringLiteral("min-entries"), QStringLiteral("Fail unless the verified log has at least N entries."),
         QStringLiteral("N")},
        {QStringLiteral("search"),
         QStringLiteral("Text of the measured account search (default \"momunu\", a kecamatan of 72.05)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("check-date"),
         QStringLiteral("Date the health check runs as of (default 2025-01-03, the end of the generated history)."),
         QStringLiteral("YYYY-MM-DD")},
    });
    parser.process(app);
    Options options;
    options.vaultPath = parser.value(QStringLiteral("vault"));
    if (options.vaultPath.isEmpty()) {
        return Error(ErrorCode::InvalidInput, "give --vault PATH");
    }
    const auto number = [&parser](const QString &name, auto &target, qint64 minimum) -> bool {
        if (!parser.isSet(name)) {
            return true;
        }
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < minimum) {
            return false;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
        return true;
    };
    if (!number(QStringLiteral("runs"), options.runs, 1) ||
        !number(QStringLiteral("verify-runs"), options.verifyRuns, 1) ||
        !number(QStringLiteral("scrypt-runs"), options.scryptRuns, 1) ||
        !number(QStringLiteral("single-commits"), options.singleCommits, 0) ||
        !number(QStringLiteral("batch"), options.batch, 0) ||
        !number(QStringLiteral("min-entries"), options.minEntries, 0)) {
        return Error(ErrorCode::InvalidInput, "the counts take whole numbers (--runs and --verify-runs at least 1)");
    }
    options.verifyOnly = parser.isSet(QStringLiteral("verify-only"));
    if (parser.isSet(QStringLiteral("search"))) {
        options.search = parser.value(QStringLiteral("search"));
    }
    if (parser.isSet(QStringLiteral("check-date"))) {
        options.checkDate = QDate::fromString(parser.value(QStringLiteral("check-date")), Qt::ISODate);
        if (!options.checkDate.isValid()) {
            return Error(ErrorCode::InvalidInput, "--check-date takes a date, e.g. 2025-01-03");
        }
    }
    return options;
}

// Prints "label   median (min .. max, n runs)".
void report(const QString &label, const QList<double> &values, const QString &note = {})
{
    if (values.isEmpty()) {
        say(QStringLiteral("%1 -").arg(label.leftJustified(34)));
        return;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    QString line = QStringLiteral("%1 %2").arg(label.leftJustified(34), ms(median(values)));
    if (values.size() > 1) {
        line += QStringLiteral("  (min %1, max %2, %3 runs)").arg(ms(*low), ms(*high)).arg(values.size());
    }
    if (!note.isEmpty()) {
        line += QStringLiteral("  ") + note;
    }
    say(line);
}

void reportValue(const QString &label, const QString &value)
{
    say(QStringLiteral("%1 %2").arg(label.leftJustified(34), value));
}

class Benchmark
{
public:
    Benchmark(Options options, KeyStoreChoice keyStore, SecretBytes adminPassphrase,
              std::optional<SecretBytes> recoveryPassphrase)
        : m_options(std::move(options))
        , m_keyStore(std::move(keyStore))
        , m_admin(std::move(adminPassphrase))
        , m_recovery(std::move(recoveryPassphrase))
    {}

    int run();

private:
    VaultEnvironment environment() { return VaultEnvironment{*m_keyStore.store, m_clock, {}}; }
    Result<std::unique_ptr<Vault>> open(double *elapsedMs = nullptr);
    Status unlock(Vault &vault, double *elapsedMs, bool *fromKeychain);
    Status measureOpen();
    Status measureUnlocks();
    Status measureScrypt();
    Status measureRegister(Vault &vault);
    int measureSession();
    int fail(const Error &error) { return failWith(Program, error); }

    Options m_options;
    KeyStoreChoice m_keyStore;
    SecretBytes m_admin;
    std::optional<SecretBytes> m_recovery;
    SystemClock m_clock;
    bool m_keychainWorks = false;
    bool m_phasePeaks = false;
    PeakMemory m_memory;

    // For the summary.
    double m_openMs = 0;
    double m_keychainUnlockMs = 0;
    double m_signInMs = 0;
    double m_scryptMs = 0;
    double m_commitMs = 0;
    double m_searchMs = 0;
    double m_checkMs = 0;
};

Result<std::unique_ptr<Vault>> Benchmark::open(double *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    auto vault = Vault::open(m_options.vaultPath, Vault::Access::ReadWrite, environment());
    if (elapsedMs) {
        *elapsedMs = msSince(timer);
    }
    return vault;
}

// From the keychain when it has the key, else with the recovery passphrase.
Status Benchmark::unlock(Vault &vault, double *elapsedMs, bool *fromKeychain)
{
    QElapsedTimer timer;
    timer.start();
    Status status = vault.unlockFromKeychain();
    *fromKeychain = bool(status);
    if (!status) {
        if (!m_recovery) {
            return status;
        }
        timer.restart();
        status = vault.unlockWithRecovery(m_recovery->view(), AdminName);
    }
    *elapsedMs = msSince(timer);
    return status;
}

Status Benchmark::measureOpen()
{
    // The first open in a process also loads Qt's SQLite plugin: reported, not counted.
    double firstMs = 0;
    {
        auto vault = open(&firstMs);
        if (!vault) {
            return vault.error();
        }
    }
    QList<double> opens;
    QList<double> closes;
    QList<double> counts;
    for (int i = 0; i < m_options.runs; ++i) {
        double openMs = 0;
        auto vault = open(&openMs);
        if (!vault) {
            return vault.error();
        }
        opens << openMs;
        QElapsedTimer timer;
        timer.start();
        auto count = vault.value()->counts();
        if (!count) {
            return count.error();
        }
        counts << msSince(timer);
        timer.restart();
        vault.value().reset();
        closes << msSince(timer);
    }
    m_openMs = median(opens);
    reportValue(QStringLiteral("first open (loads SQLite plugin)"), ms(firstMs));
    report(QStringLiteral("Vault::open (ReadWrite)"), opens);
    report(QStringLiteral("Vault::counts (info line)"), counts);
    report(QStringLiteral("close"), closes);
    return {};
}

Status Benchmark::measureUnlocks()
{
    QList<double> keychain;
    if (m_keyStore.system) {
        for (int i = 0; i < m_options.runs; ++i) {
            auto vault = open();
            if (!vault) {
                return vault.error();
            }
            QElapsedTimer timer;
            timer.start();
            Status status = vault.value()->unlockFromKeychain();
            const double elapsed = msSince(timer);
            if (!status) {
                notice(QStringLiteral("%1: the keychain does not give this vault's key (%2); unlockFromKeychain is "
                                      "not measured.")
                           .arg(Program, errorCodeName(status.error().code())));
                keychain.clear();
                break;
            }
            keychain << elapsed;
        }
    }
    m_keychainWorks = !keychain.isEmpty();
    m_keychainUnlockMs = median(keychain);
    report(QStringLiteral("unlockFromKeychain"), keychain,
           m_keyStore.system ? QString() : QStringLiteral("(no Secret Service)"));

    QList<double> recovery;
    if (m_recovery) {
        for (int i = 0; i < m_options.scryptRuns; ++i) {
            auto vault = open();
            if (!vault) {
                return vault.error();
            }
            QElapsedTimer timer;
            timer.start();
            if (Status status = vault.value()->unlockWithRecovery(m_recovery->view(), AdminName); !status) {
                return status;
            }
            recovery << msSince(timer);
        }
    }
    report(QStringLiteral("unlockWithRecovery (scrypt)"), recovery,
           m_recovery ? QString() : QStringLiteral("(no recovery passphrase given)"));
    return {};
}

Status Benchmark::measureScrypt()
{
    const Crypto::ScryptParams params;
    const QByteArray salt(16, '\x5a');
    QList<double> times;
    for (int i = 0; i < m_options.scryptRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto derived = Crypto::scrypt(m_admin.view(), salt, params, 32);
        times << msSince(timer);
        if (!derived) {
            return derived.error();
        }
    }
    m_scryptMs = median(times);
    report(QStringLiteral("scrypt alone (N=2^17, r=8, p=1)"), times, QStringLiteral("the deliberate cost"));
    return {};
}

// The register: what `account search` and `check` do once the vault is open and signed in.
Status Benchmark::measureRegister(Vault &vault)
{
    m_memory.resetPhase();
    auto count = Storage::AccountStore(vault.database()).count();
    if (!count) {
        return count.error();
    }
    Accounts accounts(vault);
    // The first query of a process also warms SQLite's page cache: reported, not counted.
    QList<double> searches;
    QList<double> searchCpu;
    double firstSearchMs = 0;
    qsizetype found = 0;
    for (int i = 0; i <= m_options.runs; ++i) {
        AccountFilter filter;
        filter.text = m_options.search;
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        auto result = accounts.list(filter);
        const double elapsed = msSince(timer);
        if (!result) {
            return result.error();
        }
        found = result.value().size();
        if (i == 0) {
            firstSearchMs = elapsed;
        } else {
            searches << elapsed;
            searchCpu << cpuMs() - cpuStart;
        }
    }
    QList<double> lists;
    for (int i = 0; i < m_options.verifyRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = accounts.list({});
        lists << msSince(timer);
        if (!result) {
            return result.error();
        }
    }
    QList<double> checks;
    QList<double> checkCpu;
    QMap<Finding::Severity, qsizetype> bySeverity;
    qsizetype findings = 0;
    for (int i = 0; i < m_options.verifyRuns; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        auto result = HealthCheck(vault).run(m_options.checkDate);
        checks << msSince(timer);
        checkCpu << cpuMs() - cpuStart;
        if (!result) {
            return result.error();
        }
        findings = result.value().size();
        bySeverity.clear();
        for (const Finding &finding : result.value()) {
            ++bySeverity[finding.severity];
        }
    }
    m_searchMs = median(searches);
    m_checkMs = median(checks);
    reportValue(QStringLiteral("accounts in the register"), thousands(count.value()));
    reportValue(QStringLiteral("first search in the process"), ms(firstSearchMs));
    report(QStringLiteral("Accounts::list, text \"") + m_options.search + QLatin1Char('"'), searches,
           QStringLiteral("%1 found, CPU %2").arg(thousands(found), ms(median(searchCpu))));
    report(QStringLiteral("Accounts::list, every account"), lists);
    report(QStringLiteral("HealthCheck::run (") + m_options.checkDate.toString(Qt::ISODate) + QLatin1Char(')'), checks,
           QStringLiteral("%1 findings (%2 critical, %3 warning, %4 info), CPU %5")
               .arg(thousands(findings), thousands(bySeverity.value(Finding::Severity::Critical)),
                    thousands(bySeverity.value(Finding::Severity::Warning)),
                    thousands(bySeverity.value(Finding::Severity::Info)), ms(median(checkCpu))));
    if (m_phasePeaks) {
        reportValue(QStringLiteral("peak RSS during search and check"),
                    QStringLiteral("%1 MiB").arg(m_memory.phase(), 0, 'f', 1));
    }
    return {};
}

int Benchmark::measureSession()
{
    double openMs = 0;
    auto opened = open(&openMs);
    if (!opened) {
        return fail(opened.error());
    }
    Vault &vault = *opened.value();
    double unlockMs = 0;
    bool fromKeychain = false;
    if (Status status = unlock(vault, &unlockMs, &fromKeychain); !status) {
        return fail(status.error());
    }

    QList<double> signIns;
    std::optional<Session> session;
    for (int i = 0; i < (m_options.verifyOnly ? 1 : m_options.scryptRuns); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto signedIn = vault.signIn(AdminName, m_admin.view());
        signIns << msSince(timer);
        if (!signedIn) {
            return fail(signedIn.error());
        }
        session = signedIn.value();
    }
    m_signInMs = median(signIns);

    if (m_options.verifyOnly) {
        reportValue(QStringLiteral("Vault::open (ReadWrite)"), ms(openMs));
        reportValue(fromKeychain ? QStringLiteral("unlockFromKeychain") : QStringLiteral("unlockWithRecovery (scrypt)"),
                    ms(unlockMs));
        reportValue(QStringLiteral("signIn (scrypt)"), ms(m_signInMs));
    } else {
        report(QStringLiteral("signIn (scrypt + log entry)"), signIns);
    }

    if (!m_options.verifyOnly) {
        if (Status status = measureRegister(vault); !status) {
            return fail(status.error());
        }
    }

    // Verification.
    m_memory.resetPhase();
    QList<double> verifies;
    QList<double> verifyCpu;
    qint64 entries = 0;
    for (int i = 0; i < m_options.verifyRuns; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        auto verification = vault.log().verify();
        verifies << msSince(timer);
        verifyCpu << cpuMs() - cpuStart;
        if (!verification) {
            return fail(verification.error());
        }
        if (!verification.value().intact()) {
            notice(Program + QStringLiteral(": ") + verification.value().summary());
            return 3;
        }
        entries = verification.value().entries;
    }
    const double verifyPeak = m_memory.phase();
    // The share of the verification that is reading rows (the rest is mostly HMAC-SHA256).
    QList<double> reads;
    QList<double> readCpu;
    for (int i = 0; i < m_options.verifyRuns; ++i) {
        Storage::LogStore store(vault.database());
        qint64 bytes = 0;
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        Status status = store.forEachRaw([&bytes](const Storage::LogStore::RawRow &row) {
            bytes += row.details.size();
            return true;
        });
        reads << msSince(timer);
        readCpu << cpuMs() - cpuStart;
        if (!status) {
            return fail(status.error());
        }
    }
    const double verifyMs = median(verifies);
    report(QStringLiteral("ArchiveLog::verify"), verifies,
           QStringLiteral("%1 entries, %2 entries/s, CPU %3")
               .arg(thousands(entries), thousands(qint64(double(entries) / std::max(verifyMs / 1000, 1e-9))),
                    ms(median(verifyCpu))));
    report(QStringLiteral("  of which reading (forEachRaw)"), reads, QStringLiteral("CPU %1").arg(ms(median(readCpu))));
    if (m_phasePeaks) {
        reportValue(QStringLiteral("peak RSS during verify"), QStringLiteral("%1 MiB").arg(verifyPeak, 0, 'f', 1));
    }
    if (entries < m_options.minEntries) {
        notice(QStringLiteral("%1: the log has %2 entries, expected at least %3")
                   .arg(Program, thousands(entries), thousands(m_options.minEntries)));
        return 1;
    }
    if (m_options.verifyOnly) {
        reportValue(QStringLiteral("total, as `log verify` does it"),
                    ms(openMs + unlockMs + m_signInMs + verifies.constFirst()));
        return 0;
    }

    // Appending: each entry its own transaction, as an officer's changes are.
    m_memory.resetPhase();
    {
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < m_options.singleCommits; ++i) {
            Status status = vault.commitChange(*session, [i]() -> Result<QList<LogEvent>> {
                return QList<LogEvent>{
                    {QStringLiteral("secret.copied"), QStringLiteral("account:72.05.01/instagram"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("password")}, {QStringLiteral("bench"), i}}}};
            });
            if (!status) {
                return fail(status.error());
            }
        }
        const double elapsed = msSince(timer);
        m_commitMs = m_options.singleCommits ? elapsed / double(m_options.singleCommits) : 0;
        reportValue(QStringLiteral("append, 1 entry per transaction"),
                    m_options.singleCommits
                        ? QStringLiteral("%1 entries/s  (%2 per commit, %3 commits)")
                              .arg(thousands(qint64(double(m_options.singleCommits) / (elapsed / 1000))))
                              .arg(ms(elapsed / double(m_options.singleCommits)))
                              .arg(thousands(m_options.singleCommits))
                        : QStringLiteral("-"));
    }
    {
        QList<LogEvent> events;
        events.reserve(m_options.batch);
        for (qint64 i = 0; i < m_options.batch; ++i) {
            events.append({QStringLiteral("account.status-changed"),
                           QStringLiteral("account:72.05.%1/tiktok").arg(1 + i % 11, 2, 10, QLatin1Char('0')),
                           QJsonObject{{QStringLiteral("from"), QStringLiteral("active")},
                                       {QStringLiteral("to"), QStringLiteral("deactivated")},
                                       {QStringLiteral("reason"), QStringLiteral("masa tugas berakhir")}}});
        }
        QElapsedTimer timer;
        timer.start();
        auto transaction = Storage::Transaction::begin(vault.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        const auto signer = vault.signerFor(*session);
        if (Status status = vault.log().appendAll(session->officer.name, events, signer ? &*signer : nullptr);
            !status) {
            return fail(status.error());
        }
        if (Status status = transaction.value()->commit(); !status) {
            return fail(status.error());
        }
        const double elapsed = msSince(timer);
        reportValue(QStringLiteral("append, batched in 1 transaction"),
                    m_options.batch ? QStringLiteral("%1 entries/s  (%2 entries in %3)")
                                          .arg(thousands(qint64(double(m_options.batch) / (elapsed / 1000))))
                                          .arg(thousands(m_options.batch))
                                          .arg(ms(elapsed))
                                    : QStringLiteral("-"));
    }
    if (m_phasePeaks) {
        reportValue(QStringLiteral("peak RSS during appends"),
                    QStringLiteral("%1 MiB").arg(m_memory.phase(), 0, 'f', 1));
    }
    return 0;
}

int Benchmark::run()
{
    say(QStringLiteral("Vault:  %1 (%2 MiB)")
            .arg(QDir::toNativeSeparators(QFileInfo(m_options.vaultPath).absoluteFilePath()))
            .arg(double(QFileInfo(m_options.vaultPath).size()) / 1048576.0, 0, 'f', 1));
    say(QStringLiteral("Keys:   %1")
            .arg(m_keyStore.system ? QStringLiteral("Secret Service")
                                   : QStringLiteral("memory (") + m_keyStore.reason + QLatin1Char(')')));
    m_phasePeaks = m_memory.resetPhase();
    if (!m_options.verifyOnly) {
        if (Status status = measureOpen(); !status) {
            return fail(status.error());
        }
        if (m_phasePeaks) {
            reportValue(QStringLiteral("peak RSS while opening"),
                        QStringLiteral("%1 MiB").arg(m_memory.phase(), 0, 'f', 1));
        }
        m_memory.resetPhase();
        if (Status status = measureUnlocks(); !status) {
            return fail(status.error());
        }
        if (Status status = measureScrypt(); !status) {
            return fail(status.error());
        }
        if (m_phasePeaks) {
            reportValue(QStringLiteral("peak RSS while unlocking (scrypt)"),
                        QStringLiteral("%1 MiB").arg(m_memory.phase(), 0, 'f', 1));
        }
    }
    if (int code = measureSession(); code != 0) {
        return code;
    }
    if (!m_options.verifyOnly) {
        say(QString());
        // signIn is one scrypt plus one logged commit: timing the two apart, rather than subtracting
        // one noisy median from another, keeps the cost of opening apart from the deliberate cost.
        if (m_keychainWorks) {
            reportValue(QStringLiteral("opening without passphrase check"),
                        QStringLiteral("%1  (open %2 + keychain unlock %3 + signIn's log commit %4)")
                            .arg(ms(m_openMs + m_keychainUnlockMs + m_commitMs), ms(m_openMs), ms(m_keychainUnlockMs),
                                 ms(m_commitMs)));
        }
        reportValue(QStringLiteral("passphrase check (signIn)"),
                    QStringLiteral("%1  (scrypt alone %2)").arg(ms(m_signInMs), ms(m_scryptMs)));
        reportValue(QStringLiteral("account search query"), ms(m_searchMs));
        reportValue(QStringLiteral("health check"), ms(m_checkMs));
    }
    reportValue(QStringLiteral("peak RSS of the process"), QStringLiteral("%1 MiB").arg(m_memory.process(), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(Program);
    auto options = parse(app);
    if (!options) {
        notice(Program + QStringLiteral(": ") + options.error().untranslatedMessage());
        return 2;
    }
    Cli::PassphraseInput passphrases;
    auto admin = passphrases.read(QStringLiteral("passphrase of officer %1").arg(AdminName));
    if (!admin) {
        return failWith(Program, admin.error());
    }
    std::optional<SecretBytes> recovery;
    if (auto line = passphrases.read(QStringLiteral("recovery passphrase (empty if the keychain has the key)"))) {
        if (!line.value().isEmpty()) {
            recovery = std::move(line).value();
        }
    }
    Benchmark bench(std::move(options).value(), chooseKeyStore(), std::move(admin).value(), std::move(recovery));
    return bench.run();
}
