// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-gen: builds a vault of realistic size through the core API, for the benchmarks.
//
//   brankas-bench-gen --vault PATH [--regency CODE|all] [--log-entries N] [--metrics-months N]
//
// Reads the administrator's passphrase and then the recovery passphrase from standard input, one
// per line, like `brankas-cli init`; the administrator is called "Admin". The office is the
// regency given (72.05, Kabupaten Buol, by default); `--regency all` keeps 72.05 as the office
// but generates data for every kecamatan of Indonesia, the national scale: it inserts the 7,274
// kecamatan the vault does not seed and records 7,285 x 5 = 36,425 accounts.
//
// Every account is recorded through Accounts::addMany (1,000 per transaction) with a generated first
// password (a few share one, so reuse shows), in one of three terms (Pemilu 2019, Pemilu 2024 with
// one extension, Pemilihan 2024), and then moved along its statuses with Accounts::changeStatusMany
// (one reason for many accounts, as an office does at term end): most Pemilu 2019 accounts
// are deactivated or, when permanent, held; about 1 % are still active, which `check` reports as
// critical. The log entries generated afterwards name these accounts ("account:<id>").
//
// With --metrics-months N every account gets N months of figures (followers, posts, reach and
// engagement, deterministic pseudo-random values) ending with the last month of the generated terms
// (March 2025), recorded through Metrics::putMany, one transaction and log entry per 1,000
// accounts: the national vault with 36 months holds 1.3 million monthly figures.

#include "benchcommon.h"

#include <core/clock.h>
#include <core/domain/passwordgenerator.h>
#include <core/domain/referencedata.h>
#include <core/evaluation/metrics.h>
#include <core/register/accounts.h>
#include <core/register/officesettings.h>
#include <core/register/terms.h>
#include <core/storage/database.h>
#include <core/storage/kecamatanstore.h>
#include <core/vault/vault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <random>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench-gen");
const QString DefaultOffice = QStringLiteral("72.05");
const QString AdminName = QStringLiteral("Admin");
constexpr qint64 EntriesPerTransaction = 10000;
// Accounts recorded per Accounts::addMany: one transaction and one signed commit each.
constexpr size_t AccountsPerBatch = 1000;
constexpr qint64 NationalEntries = 1000000;
constexpr qint64 RegencyEntries = 10000;

// One social-media account of a Panwaslu Kecamatan: what the log entries are about.
struct AccountRef
{
    qint64 id = 0;
    QString kecamatanCode;
    QString kecamatanName;
    QString target() const { return QStringLiteral("account:%1").arg(id); }
};

// What generateAccounts did, for the summary.
struct AccountStats
{
    qint64 kecamatanInserted = 0;
    qint64 accounts = 0;
    qint64 statusChanges = 0;
    qint64 sharedPasswords = 0;
    double kecamatanMs = 0;
    double accountsMs = 0;
};

// The three terms every account belongs to, as an office records them.
struct TermIds
{
    qint64 pemilu2019 = 0;
    qint64 pemilu2024 = 0;
    qint64 pemilihan2024 = 0;
};

// How a platform's usernames look: "panwaslu.momunu" on Instagram, "pwsl_momunu" on X.
struct HandleRule
{
    Platform platform;
    const char *prefix;
    QChar separator;
    int maximum;
};

const HandleRule HandleRules[] = {
    {Platform::Instagram, "panwaslu.", QLatin1Char('.'), 30},
    {Platform::Facebook, "panwaslu.", QLatin1Char('.'), 50},
    {Platform::X, "pwsl_", QLatin1Char('_'), 15},
    {Platform::TikTok, "panwaslu_", QLatin1Char('_'), 24},
    {Platform::YouTube, "panwaslu-", QLatin1Char('-'), 30},
};

// The kecamatan name in lower-case ASCII letters and digits: "Pulau-Pulau Batu" -> "pulaupulaubatu".
QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            slug += c;
        }
    }
    return slug.isEmpty() ? QStringLiteral("kec") : slug;
}

// A handle valid on the platform and not yet taken there: the plain one, else with the regency's
// digits, else with the kecamatan's (unique) code. Kecamatan names repeat across Indonesia.
QString handleFor(const HandleRule &rule, const QString &slug, const QString &code, QSet<QString> &taken)
{
    const QString prefix = QString::fromLatin1(rule.prefix);
    QString digits = code;
    digits.remove(QLatin1Char('.'));
    const QStringList suffixes{QString(), rule.separator + digits.left(4), rule.separator + digits};
    for (const QString &suffix : suffixes) {
        const QString handle = prefix + slug.left(rule.maximum - prefix.size() - suffix.size()) + suffix;
        if (!taken.contains(handle)) {
            taken.insert(handle);
            return handle;
        }
    }
    return {}; // cannot happen: the codes are unique
}

Result<TermIds> addTerms(Vault &vault, const Session &session)
{
    Terms terms(vault);
    auto pemilu2019 = terms.add(session, QStringLiteral("Pemilu 2019"), QDate(2018, 7, 23), QDate(2019, 12, 31));
    auto pemilu2024 = terms.add(session, QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2024, 12, 31));
    auto pemilihan2024 = terms.add(session, QStringLiteral("Pemilihan 2024"), QDate(2024, 6, 20), QDate(2025, 3, 31));
    for (const auto *term : {&pemilu2019, &pemilu2024, &pemilihan2024}) {
        if (!*term) {
            return term->error();
        }
    }
    auto extended = terms.extend(session, pemilu2024.value().id, QDate(2025, 2, 28),
                                 QStringLiteral("Keputusan Bawaslu Nomor 1/2024 tentang perpanjangan masa tugas"));
    if (!extended) {
        return extended.error();
    }
    return TermIds{pemilu2019.value().id, pemilu2024.value().id, pemilihan2024.value().id};
}

// Every kecamatan of the list that the vault does not have yet (a vault seeds only its regency's),
// in one transaction.
Result<qint64> insertMissingKecamatan(Vault &vault, const QList<Kecamatan> &kecamatan, const QDateTime &now)
{
    Storage::KecamatanStore store(vault.database());
    auto existing = store.list();
    if (!existing) {
        return existing.error();
    }
    QSet<QString> codes;
    for (const KecamatanRecord &record : existing.value()) {
        codes.insert(record.code);
    }
    QList<Kecamatan> missing;
    for (const Kecamatan &k : kecamatan) {
        if (!codes.contains(k.code)) {
            missing.append(k);
        }
    }
    if (missing.isEmpty()) {
        return qint64(0);
    }
    auto transaction = Storage::Transaction::begin(vault.database());
    if (!transaction) {
        return transaction.error();
    }
    if (Status status = store.insertAll(missing, now); !status) {
        return status.error();
    }
    if (Status status = transaction.value()->commit(); !status) {
        return status.error();
    }
    return qint64(missing.size());
}

// Records every kecamatan in scope x the five platforms through Accounts::addMany, AccountsPerBatch
// accounts per transaction with their log entries, each with a first password, then moves some of
// each batch along their statuses with Accounts::changeStatusMany (one transaction per status and
// reason). Deterministic but for the passwords, which come from the CSPRNG.
Result<QList<AccountRef>> generateAccounts(Vault &vault, const Session &session, FixedClock &clock,
                                           const QList<Kecamatan> &kecamatan, AccountStats &stats)
{
    QElapsedTimer timer;
    timer.start();
    auto inserted = insertMissingKecamatan(vault, kecamatan, clock.nowUtc());
    if (!inserted) {
        return inserted.error();
    }
    stats.kecamatanInserted = inserted.value();
    stats.kecamatanMs = msSince(timer);

    OfficeSettings settings(vault);
    auto office = settings.get();
    if (!office) {
        return office.error();
    }
    office.value().emailDomains = QStringList{QStringLiteral("bawaslu.go.id")};
    if (Status status = settings.set(session, office.value()); !status) {
        return status.error();
    }
    auto terms = addTerms(vault, session);
    if (!terms) {
        return terms.error();
    }

    timer.restart();
    std::mt19937_64 random(20240314);
    const auto pick = [&random](quint64 n) { return int(random() % n); };
    static const TwoFactorMethod twoFactors[] = {TwoFactorMethod::AuthenticatorApp,
                                                 TwoFactorMethod::AuthenticatorApp,
                                                 TwoFactorMethod::AuthenticatorApp,
                                                 TwoFactorMethod::Sms,
                                                 TwoFactorMethod::Sms,
                                                 TwoFactorMethod::Email,
                                                 TwoFactorMethod::None,
                                                 TwoFactorMethod::None};
    Accounts accounts(vault);
    QHash<Platform, QSet<QString>> taken;
    QList<AccountRef> refs;
    const qsizetype total = kecamatan.size() * qsizetype(std::size(HandleRules));
    refs.reserve(total);
    std::optional<SecretBytes> previousPassword;
    qsizetype nextReport = 5000;
    // One batch: the accounts recorded in one addMany (one transaction, one signed commit), their
    // passwords (a deque, so the entries' pointers stay valid), and where each stands afterwards.
    std::vector<NewAccountEntry> batch;
    std::deque<SecretBytes> passwords;
    std::vector<std::optional<std::pair<AccountStatus, QString>>> moves;
    std::vector<std::pair<QString, QString>> names; // kecamatan code and name of each entry
    auto record = [&]() -> Status {
        if (batch.empty()) {
            return {};
        }
        auto added = accounts.addMany(session, batch);
        if (!added) {
            return Error(added.error().code(), "accounts from %1: %2",
                         {names.front().first, added.error().untranslatedMessage()});
        }
        // The status changes of the batch, one change of many per status and reason.
        QMap<std::pair<AccountStatus, QString>, QList<qint64>> byMove;
        for (size_t i = 0; i < batch.size(); ++i) {
            const qint64 id = added.value().at(qsizetype(i));
            refs.append(AccountRef{id, names[i].first, names[i].second});
            if (moves[i]) {
                byMove[*moves[i]] << id;
            }
        }
        clock.advance(500 * qint64(batch.size()));
        for (auto move = byMove.cbegin(); move != byMove.cend(); ++move) {
            clock.advance(500 * move.value().size());
            auto changed =
                accounts.changeStatusMany(session, {.ids = move.value()}, move.key().first, move.key().second, false);
            if (!changed) {
                return changed.error();
            }
            if (!changed.value().recorded) {
                return changed.value().refused.first().reason;
            }
            stats.statusChanges += move.value().size();
        }
        batch.clear();
        passwords.clear();
        moves.clear();
        names.clear();
        if (refs.size() >= nextReport) {
            nextReport += 5000;
            notice(QStringLiteral("  %1 / %2 accounts, %3 s")
                       .arg(thousands(refs.size()), thousands(total))
                       .arg(msSince(timer) / 1000, 0, 'f', 1));
        }
        return {};
    };
    for (const Kecamatan &k : kecamatan) {
        const QString slug = slugOf(k.name);
        for (const HandleRule &rule : HandleRules) {
            NewAccount spec;
            spec.kecamatanCode = k.code;
            spec.platform = rule.platform;
            spec.handle = handleFor(rule, slug, k.code, taken[rule.platform]);
            spec.displayName = QStringLiteral("Panwaslu Kecamatan %1").arg(k.name);
            const int contact = pick(10);
            if (contact < 6) {
                spec.email = QStringLiteral("panwaslu.%1@bawaslu.go.id").arg(slug);
            } else if (contact < 9) {
                spec.email = QStringLiteral("panwaslu%1%2@gmail.com").arg(slug).arg(10 + pick(90));
            }
            if (pick(10) < 3) {
                spec.phone = QStringLiteral("0812-%1-%2").arg(1000 + pick(9000)).arg(1000 + pick(9000));
            }
            spec.twoFactor = twoFactors[pick(std::size(twoFactors))];
            spec.nature = pick(10) == 0 ? AccountNature::Permanent : AccountNature::TermBound;
            if (spec.nature == AccountNature::Permanent && pick(5) != 0) {
                spec.holder = QStringLiteral("Sekretariat Bawaslu %1").arg(k.regencyCode);
            }
            // Terms: three in ten accounts served Pemilu 2019, four Pemilu 2024, three Pemilihan 2024.
            const qsizetype index = refs.size() + qsizetype(batch.size());
            int termRoll = pick(10);
            int statusRoll = pick(100);
            if (index % 1000 == 3) { // at least one account active past its term, even in one regency
                termRoll = 0;
                statusRoll = 0;
            }
            spec.termId = termRoll < 3   ? terms.value().pemilu2019
                          : termRoll < 7 ? terms.value().pemilu2024
                                         : terms.value().pemilihan2024;
            spec.status = termRoll >= 7 && statusRoll < 4 ? AccountStatus::Requested : AccountStatus::Active;

            // A few accounts share the password of the account before them, so reuse shows.
            const bool reuse = previousPassword && index % 500 == 7;
            if (!reuse) {
                auto generated = generatePassword(PasswordPolicy{});
                if (!generated) {
                    return generated.error();
                }
                previousPassword = std::move(generated).value();
            } else {
                ++stats.sharedPasswords;
            }
            passwords.push_back(SecretBytes::fromView(previousPassword->view()));
            batch.push_back(NewAccountEntry{spec, &passwords.back()});
            names.emplace_back(k.code, k.name);

            // Where it stands now: Pemilu 2019 is over (a few accounts are still active: what
            // `check` must catch); of the current terms a few are suspended or deactivated early.
            const bool permanent = spec.nature == AccountNature::Permanent;
            std::optional<std::pair<AccountStatus, QString>> move;
            if (spec.status == AccountStatus::Active && termRoll < 3 && statusRoll >= 3) {
                move = std::pair(permanent ? AccountStatus::Held : AccountStatus::Deactivated,
                                 QStringLiteral("masa tugas Panwaslu Kecamatan berakhir"));
            } else if (spec.status == AccountStatus::Active && termRoll >= 3) {
                if (statusRoll >= 90 && statusRoll < 95) {
                    move = std::pair(AccountStatus::Suspended, QStringLiteral("laporan peretasan, menunggu pemulihan"));
                } else if (statusRoll >= 95) {
                    move = std::pair(AccountStatus::Deactivated, QStringLiteral("akun diganti akun baru"));
                }
            }
            moves.push_back(move);
            if (batch.size() == AccountsPerBatch) {
                if (Status recorded = record(); !recorded) {
                    return recorded.error();
                }
            }
        }
    }
    if (Status recorded = record(); !recorded) {
        return recorded.error();
    }
    stats.accounts = refs.size();
    stats.accountsMs = msSince(timer);
    return refs;
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
        return {QStringLiteral("report.secrets-printed"),
                QStringLiteral("report:%1").arg(account.kecamatanCode.left(5)),
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

// N months of figures per account, ending with the last month of the terms (Pemilihan 2024 ends
// on 31 March 2025), through Metrics::putMany in batches of AccountsPerBatch accounts.
Result<qint64> generateMetrics(Vault &vault, const Session &session, const QList<AccountRef> &accounts, int months)
{
    const QDate last(2025, 3, 1);
    std::mt19937_64 random(20250331);
    const auto between = [&random](qint64 low, qint64 high) {
        return low + qint64(random() % quint64(high - low + 1));
    };
    qint64 recorded = 0;
    QList<MonthlyFigures> batch;
    for (qsizetype first = 0; first < accounts.size(); first += qsizetype(AccountsPerBatch)) {
        batch.clear();
        const qsizetype end = std::min(accounts.size(), first + qsizetype(AccountsPerBatch));
        for (qsizetype i = first; i < end; ++i) {
            // Followers grow from a base, posts and reach vary month to month, engagement follows reach.
            qint64 followers = between(150, 25000);
            for (int m = months - 1; m >= 0; --m) {
                MonthlyFigures figures;
                figures.accountId = accounts[i].id;
                figures.month = last.addMonths(-m);
                followers += between(-20, followers / 25 + 30);
                followers = std::max<qint64>(followers, 0);
                const qint64 posts = between(0, 45);
                const qint64 reach = posts == 0 ? between(0, followers / 10) : followers * between(2, 30) / 10;
                figures.followers = followers;
                figures.posts = posts;
                figures.reach = reach;
                figures.engagement = reach * between(1, 80) / 1000;
                batch.append(figures);
            }
        }
        const LogEvent event{QStringLiteral("metrics.imported"), QStringLiteral("metrics"),
                             QJsonObject{{QStringLiteral("file"), QStringLiteral("brankas-bench-gen")},
                                         {QStringLiteral("months"), qint64(batch.size())},
                                         {QStringLiteral("changed"), qint64(batch.size())}}};
        if (Status status = Metrics(vault).putMany(session, batch, event); !status) {
            return status.error();
        }
        recorded += batch.size();
    }
    return recorded;
}

struct Options
{
    QString vaultPath;
    QString office = DefaultOffice;
    bool national = false;
    qint64 logEntries = 0;
    int metricsMonths = 0;
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
        {QStringLiteral("metrics-months"),
         QStringLiteral("Months of figures per account, ending with the last month of the terms (default 0)."),
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
    if (parser.isSet(QStringLiteral("metrics-months"))) {
        bool ok = false;
        options.metricsMonths = parser.value(QStringLiteral("metrics-months")).toInt(&ok);
        if (!ok || options.metricsMonths < 0 || options.metricsMonths > 300) {
            return Error(ErrorCode::InvalidInput, "--metrics-months takes a number of months from 0 to 300, e.g. 36");
        }
    }
    return options;
}

// Appends `total` entries in transactions of EntriesPerTransaction, one appendAll() per change,
// with the clock moved forward between changes so that the entries spread over [now, end).
Status generateLog(Vault &vault, const Session &session, FixedClock &clock, EventMaker &maker, qint64 total,
                   const QDateTime &end)
{
    // Every change is signed by the administrator, as a real office's would be: about one
    // signature per 1.6 entries.
    const std::optional<LogSigner> signer = vault.signerFor(session);
    if (!signer) {
        return vaultLockedError();
    }
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
            if (Status status = vault.log().appendAll(AdminName, events, &*signer); !status) {
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
            .arg(std::size(HandleRules))
            .arg(thousands(kecamatan.size() * qsizetype(std::size(HandleRules)))));
    say(QStringLiteral("Key store:    %1%2")
            .arg(keyStore.store->backendName(),
                 keyStore.system && created.value().keychain ? QString() : QStringLiteral(" (key not kept)")));
    say(QStringLiteral("Created in:   %1 (two scrypt derivations)").arg(ms(createMs)));

    // The accounts, recorded by the administrator as the office would.
    auto session = vault.signIn(AdminName, adminPassphrase.value().view());
    if (!session) {
        return failWith(Program, session.error());
    }
    AccountStats stats;
    auto generated = generateAccounts(vault, session.value(), clock, kecamatan, stats);
    if (!generated) {
        return failWith(Program, generated.error());
    }
    const QList<AccountRef> &accounts = generated.value();
    if (accounts.isEmpty()) {
        return failWith(Program, Error(ErrorCode::NotFound, "regency %1 has no kecamatan", {office.value().code}));
    }
    if (stats.kecamatanInserted > 0) {
        say(QStringLiteral("Kecamatan:    %1 inserted in one transaction in %2")
                .arg(thousands(stats.kecamatanInserted), ms(stats.kecamatanMs)));
    }
    say(QStringLiteral("Accounts:     %1 (3 terms, %2 status changes, %3 sharing a password) in %4 s (%5 accounts/s, "
                       "Accounts::addMany, %6 per transaction)")
            .arg(thousands(stats.accounts), thousands(stats.statusChanges), thousands(stats.sharedPasswords))
            .arg(stats.accountsMs / 1000, 0, 'f', 1)
            .arg(thousands(qint64(double(stats.accounts) / std::max(stats.accountsMs / 1000, 1e-9))))
            .arg(thousands(qint64(AccountsPerBatch))));
    if (options.metricsMonths > 0) {
        timer.restart();
        auto recorded = generateMetrics(vault, session.value(), accounts, options.metricsMonths);
        if (!recorded) {
            return failWith(Program, recorded.error());
        }
        say(QStringLiteral("Figures:      %1 monthly figures (%2 months per account) in %3 s (Metrics::putMany, %4 "
                           "accounts per transaction)")
                .arg(thousands(recorded.value()))
                .arg(options.metricsMonths)
                .arg(msSince(timer) / 1000, 0, 'f', 1)
                .arg(thousands(qint64(AccountsPerBatch))));
    }
    EventMaker maker(accounts);
    timer.restart();
    if (Status status = generateLog(vault, session.value(), clock, maker, options.logEntries, end); !status) {
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
