// brankas-bench-gen: builds a vault of realistic size through the core API, for the benchmarks.
//
//   brankas-bench-gen --vault PATH [--regency CODE|all] [--log-entries N]
//
// Reads the administrator's passphrase and then the recovery passphrase from standard input, one
// per line, like `brankas-cli init`; the administrator is called "Admin". The office is the
// regency given (72.05, Kabupaten Buol, by default); `--regency all` keeps 72.05 as the office
// but generates data for every kecamatan of Indonesia, the national scale.

#include "benchcommon.h"

#include <core/clock.h>
#include <core/domain/referencedata.h>
#include <core/storage/database.h>
#include <core/vault/vault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <random>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench-gen");
const QString DefaultOffice = QStringLiteral("72.05");
const QString AdminName = QStringLiteral("Admin");
constexpr qint64 EntriesPerTransaction = 10000;
constexpr qint64 NationalEntries = 1000000;
constexpr qint64 RegencyEntries = 10000;

const QStringList Platforms{QStringLiteral("instagram"), QStringLiteral("facebook"), QStringLiteral("x"),
                            QStringLiteral("tiktok"), QStringLiteral("youtube")};

// One social-media account of a Panwaslu Kecamatan: what the log entries are about.
struct AccountRef
{
    QString kecamatanCode;
    QString kecamatanName;
    QString platform;
    QString target() const { return QStringLiteral("account:%1/%2").arg(kecamatanCode, platform); }
};

// TODO(accounts): generating the accounts is the next issue. Create them here through the core API
// (Accounts::add of core/register/accounts.h: every kecamatan in scope x Platforms, 36,425 for
// `--regency all`), in transactions of EntriesPerTransaction like the log below, each with its log
// entry, and return them, so that the log entries generated afterwards refer to accounts that
// exist. Until then this only lists the accounts the log entries name.
QList<AccountRef> generateAccounts(Vault &vault, const QList<Kecamatan> &kecamatan)
{
    Q_UNUSED(vault);
    QList<AccountRef> accounts;
    accounts.reserve(kecamatan.size() * Platforms.size());
    for (const Kecamatan &k : kecamatan) {
        for (const QString &platform : Platforms) {
            accounts.append(AccountRef{k.code, k.name, platform});
        }
    }
    return accounts;
}

// Deterministic, so two runs with the same arguments build the same log (but for the vault id and
// key, which make the MACs differ).
class EventMaker
{
public:
    explicit EventMaker(const QList<AccountRef> &accounts)
        : m_accounts(accounts)
    {}

    LogEvent next()
    {
        const AccountRef &account = m_accounts[pick(m_accounts.size())];
        const int roll = int(pick(100));
        if (roll < 22) {
            return {QStringLiteral("officer.signed-in"), QStringLiteral("vault"), {}};
        }
        if (roll < 24) {
            return {QStringLiteral("officer.sign-in-failed"), QStringLiteral("vault"), {}};
        }
        if (roll < 44) {
            return {QStringLiteral("secret.revealed"), account.target(),
                    QJsonObject{{QStringLiteral("field"), oneOf({QStringLiteral("password"), QStringLiteral("totp"),
                                                                 QStringLiteral("recoveryCodes")})}}};
        }
        if (roll < 58) {
            return {QStringLiteral("secret.copied"), account.target(),
                    QJsonObject{{QStringLiteral("field"), oneOf({QStringLiteral("password"), QStringLiteral("totp")})},
                                {QStringLiteral("clearedAfterSeconds"), 30}}};
        }
        if (roll < 70) {
            static const QStringList statuses{QStringLiteral("active"), QStringLiteral("suspended"),
                                              QStringLiteral("deactivated"), QStringLiteral("handed-over")};
            static const QStringList reasons{
                QStringLiteral("masa tugas Panwaslu Kecamatan berakhir"),
                QStringLiteral("akun dinonaktifkan sementara oleh platform"),
                QStringLiteral("serah terima ke Bawaslu Kabupaten/Kota"),
                QStringLiteral("pembentukan Panwaslu Kecamatan baru"),
                QStringLiteral("laporan peretasan, menunggu pemulihan"),
            };
            const qsizetype from = pick(statuses.size());
            const qsizetype to = (from + 1 + pick(statuses.size() - 1)) % statuses.size();
            return {QStringLiteral("account.status-changed"), account.target(),
                    QJsonObject{{QStringLiteral("from"), statuses[from]},
                                {QStringLiteral("to"), statuses[to]},
                                {QStringLiteral("reason"), reasons[pick(reasons.size())]}}};
        }
        if (roll < 84) {
            static const QStringList fields{QStringLiteral("handle"), QStringLiteral("recoveryEmail"),
                                            QStringLiteral("recoveryPhone"), QStringLiteral("notes"),
                                            QStringLiteral("url")};
            QJsonArray changed;
            changed.append(fields[pick(fields.size())]);
            if (pick(3) == 0) {
                changed.append(fields[pick(fields.size())]);
            }
            return {QStringLiteral("account.updated"), account.target(),
                    QJsonObject{{QStringLiteral("fields"), changed}}};
        }
        if (roll < 93) {
            return {QStringLiteral("account.password-changed"), account.target(),
                    QJsonObject{{QStringLiteral("reason"),
                                 oneOf({QStringLiteral("rotasi terjadwal"), QStringLiteral("pergantian operator"),
                                        QStringLiteral("dugaan kebocoran")})}}};
        }
        if (roll < 97) {
            return {QStringLiteral("account.verified"), account.target(),
                    QJsonObject{{QStringLiteral("kecamatan"), account.kecamatanName},
                                {QStringLiteral("method"), oneOf({QStringLiteral("login"), QStringLiteral("2fa")})}}};
        }
        return {QStringLiteral("report.exported"), QStringLiteral("report:%1").arg(account.kecamatanCode.left(5)),
                QJsonObject{{QStringLiteral("format"), oneOf({QStringLiteral("pdf"), QStringLiteral("csv")})},
                            {QStringLiteral("accounts"), qint64(5 + pick(200))}}};
    }

    // How many events one change records: most record one, some two or three.
    int eventsInChange() { return std::array{1, 1, 1, 1, 2, 2, 3}[pick(7)]; }

    // A gap between changes with the given mean, in milliseconds.
    qint64 gapMs(double meanMs) { return qint64(std::exponential_distribution<double>(1.0 / meanMs)(m_random)); }

private:
    qsizetype pick(qsizetype n) { return qsizetype(m_random() % quint64(n)); }
    QString oneOf(std::initializer_list<QString> values) { return values.begin()[pick(qsizetype(values.size()))]; }

    const QList<AccountRef> &m_accounts;
    std::mt19937_64 m_random{20240214};
};

struct Options
{
    QString vaultPath;
    QString office = DefaultOffice;
    bool national = false;
    qint64 logEntries = 0;
};

Result<Options> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds a benchmark vault. Standard input: the administrator's passphrase, then the recovery "
                       "passphrase, one per line."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("The vault file to create (must not exist)."), QStringLiteral("PATH")},
        {QStringLiteral("regency"),
         QStringLiteral("Regency code of the office (default 72.05), or \"all\" for national-scale data."),
         QStringLiteral("CODE|all")},
        {QStringLiteral("log-entries"),
         QStringLiteral("Log entries to generate (default 1,000,000 with --regency all, else 10,000)."),
         QStringLiteral("N")},
    });
    parser.process(app);
    Options options;
    options.vaultPath = parser.value(QStringLiteral("vault"));
    if (options.vaultPath.isEmpty()) {
        return Error(ErrorCode::InvalidInput, "give --vault PATH");
    }
    const QString regency = parser.value(QStringLiteral("regency"));
    if (regency.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        options.national = true;
    } else if (!regency.isEmpty()) {
        options.office = regency;
    }
    options.logEntries = options.national ? NationalEntries : RegencyEntries;
    if (parser.isSet(QStringLiteral("log-entries"))) {
        bool ok = false;
        options.logEntries = parser.value(QStringLiteral("log-entries")).toLongLong(&ok);
        if (!ok || options.logEntries < 0) {
            return Error(ErrorCode::InvalidInput, "--log-entries takes a whole number, e.g. 10000");
        }
    }
    return options;
}

// Appends `total` entries in transactions of EntriesPerTransaction, one appendAll() per change,
// with the clock moved forward between changes so that the entries spread over [now, end).
Status generateLog(Vault &vault, FixedClock &clock, EventMaker &maker, qint64 total, const QDateTime &end)
{
    // A change records 11/7 events on average (see eventsInChange).
    const auto changesFor = [](qint64 entries) { return std::max<qint64>(entries * 7 / 11, 1); };
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    qint64 reported = 0;
    const qint64 reportEvery = std::max<qint64>(total / 10, EntriesPerTransaction);
    while (done < total) {
        auto transaction = Storage::Transaction::begin(vault.database());
        if (!transaction) {
            return transaction.error();
        }
        const qint64 batchEnd = std::min(total, done + EntriesPerTransaction);
        while (done < batchEnd) {
            const qint64 count = std::min<qint64>(maker.eventsInChange(), batchEnd - done);
            QList<LogEvent> events;
            for (qint64 i = 0; i < count; ++i) {
                events.append(maker.next());
            }
            // Random gaps whose mean spreads the remaining changes evenly over the time left; times
            // strictly increase and never pass the end.
            const qint64 left = clock.nowUtc().msecsTo(end);
            const double meanGapMs = std::max(1.0, double(left) / double(changesFor(total - done)));
            clock.advance(std::clamp<qint64>(maker.gapMs(meanGapMs), 1, std::max<qint64>(left, 1)));
            if (Status status = vault.log().appendAll(AdminName, events); !status) {
                return status;
            }
            done += count;
        }
        if (Status status = transaction.value()->commit(); !status) {
            return status;
        }
        if (done - reported >= reportEvery || done == total) {
            reported = done;
            const double seconds = msSince(timer) / 1000;
            notice(QStringLiteral("  %1 / %2 entries, %3 s, %4 entries/s, log time %5")
                       .arg(thousands(done), thousands(total))
                       .arg(seconds, 0, 'f', 1)
                       .arg(thousands(qint64(double(done) / std::max(seconds, 1e-9))))
                       .arg(clock.nowUtc().toString(Qt::ISODate)));
        }
    }
    return {};
}

int run(const Options &options)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        return failWith(Program, reference.error());
    }
    auto office = reference.value().findRegency(options.office);
    if (!office) {
        return failWith(Program, office.error());
    }
    if (QFileInfo::exists(options.vaultPath)) {
        return failWith(Program, Error(ErrorCode::AlreadyExists, "there is already a file at %1",
                                       {QDir::toNativeSeparators(options.vaultPath)}));
    }

    Cli::PassphraseInput passphrases;
    auto adminPassphrase = passphrases.read(QStringLiteral("passphrase of administrator %1").arg(AdminName), true);
    if (!adminPassphrase) {
        return failWith(Program, adminPassphrase.error());
    }
    auto recoveryPassphrase = passphrases.read(QStringLiteral("recovery passphrase"), true);
    if (!recoveryPassphrase) {
        return failWith(Program, recoveryPassphrase.error());
    }

    KeyStoreChoice keyStore = chooseKeyStore();
    if (!keyStore.system) {
        notice(QStringLiteral("%1: no Secret Service answered (%2); the vault key is kept in memory only, so the "
                              "recovery passphrase opens this vault later.")
                   .arg(Program, keyStore.reason));
    }

    // Three years of history, ending at the start of 2025; the vault is created at its beginning.
    const QDateTime start(QDate(2022, 1, 3), QTime(0, 30), QTimeZone::utc());
    const QDateTime end(QDate(2025, 1, 3), QTime(0, 30), QTimeZone::utc());
    FixedClock clock(start);
    const VaultEnvironment environment{*keyStore.store, clock, {}};

    QElapsedTimer timer;
    timer.start();
    NewVault spec{office.value().code, AdminName, adminPassphrase.value().view(), recoveryPassphrase.value().view()};
    auto created = Vault::create(options.vaultPath, spec, reference.value(), environment);
    if (!created) {
        return failWith(Program, created.error());
    }
    Vault &vault = *created.value().vault;
    const double createMs = msSince(timer);
    if (keyStore.system && !created.value().keychain) {
        notice(QStringLiteral("%1: the vault key could not be stored in the keychain (%2); the recovery passphrase "
                              "opens this vault.")
                   .arg(Program, created.value().keychain.error().untranslatedMessage()));
    }
    const QList<Kecamatan> kecamatan =
        options.national ? reference.value().allKecamatan() : reference.value().kecamatanOf(office.value().code);
    say(QStringLiteral("Vault:        %1").arg(QDir::toNativeSeparators(vault.path())));
    say(QStringLiteral("Office:       %1 (%2)").arg(vault.officeName(), office.value().code));
    say(QStringLiteral("Scale:        %1, %2 kecamatan x %3 platforms = %4 accounts")
            .arg(options.national ? QStringLiteral("national") : QStringLiteral("one regency"))
            .arg(thousands(kecamatan.size()))
            .arg(Platforms.size())
            .arg(thousands(kecamatan.size() * Platforms.size())));
    say(QStringLiteral("Key store:    %1%2")
            .arg(keyStore.store->backendName(),
                 keyStore.system && created.value().keychain ? QString() : QStringLiteral(" (key not kept)")));
    say(QStringLiteral("Created in:   %1 (two scrypt derivations)").arg(ms(createMs)));

    const QList<AccountRef> accounts = generateAccounts(vault, kecamatan);
    if (accounts.isEmpty()) {
        return failWith(Program, Error(ErrorCode::NotFound, "regency %1 has no kecamatan", {office.value().code}));
    }
    EventMaker maker(accounts);
    timer.restart();
    if (Status status = generateLog(vault, clock, maker, options.logEntries, end); !status) {
        return failWith(Program, status.error());
    }
    const double logMs = msSince(timer);
    auto counts = vault.counts();
    if (!counts) {
        return failWith(Program, counts.error());
    }
    say(QStringLiteral("Log entries:  %1 generated in %2 s (%3 entries/s); %4 in the log")
            .arg(thousands(options.logEntries))
            .arg(logMs / 1000, 0, 'f', 1)
            .arg(thousands(qint64(double(options.logEntries) / std::max(logMs / 1000, 1e-9))))
            .arg(thousands(counts.value().logEntries)));
    created.value().vault.reset(); // closes the database, folding the WAL back into the file
    say(QStringLiteral("File size:    %1 MiB").arg(double(QFileInfo(options.vaultPath).size()) / 1048576.0, 0, 'f', 1));
    say(QStringLiteral("Peak RSS:     %1 MiB").arg(PeakMemory::maxRss(), 0, 'f', 1));
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
    return run(options.value());
}
