// SPDX-License-Identifier: GPL-3.0-or-later
// The register through its services: accounts with their validations and status history, terms
// and the active period they give, kecamatan added and retired, the office details, the seed.
#include "registertesting.h"

#include <core/register/healthcheck.h>

#include <core/register/kecamatanregister.h>
#include <core/register/officesettings.h>
#include <core/storage/accountstore.h>
#include <core/storage/kecamatanstore.h>

#include <algorithm>
#include <functional>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// One attempt to record an account, as the refusal rows change it.
struct Attempt
{
    NewAccount spec;
    QByteArray password = QByteArrayLiteral("sandi akun momunu");
    bool asViewer = false;
};
using Mutation = std::function<void(Attempt &)>;

QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

// What the vault holds of the register, to show that a refused change wrote nothing.
struct Snapshot
{
    qint64 log = 0;
    qint64 accounts = 0;
    qint64 statusChanges = 0;
    qint64 secrets = 0;
    qint64 terms = 0;
    qint64 extensions = 0;
    qint64 kecamatan = 0;

    static Snapshot of(Office &office)
    {
        return Snapshot{office.logCount(),
                        office.rows("account"),
                        office.rows("account_status_change"),
                        office.rows("account_secret"),
                        office.rows("term"),
                        office.rows("term_extension"),
                        office.rows("kecamatan")};
    }
    bool operator==(const Snapshot &) const = default;
};

QString describe(const Snapshot &s)
{
    return QStringLiteral("log %1, accounts %2, status changes %3, secrets %4, terms %5, extensions %6, kecamatan %7")
        .arg(s.log)
        .arg(s.accounts)
        .arg(s.statusChanges)
        .arg(s.secrets)
        .arg(s.terms)
        .arg(s.extensions)
        .arg(s.kecamatan);
}
} // namespace

Q_DECLARE_METATYPE(Mutation)

#define COMPARE_SNAPSHOT(actual, expected)                                                                             \
    QVERIFY2((actual) == (expected), qPrintable(describe(actual) + QStringLiteral(" != ") + describe(expected)))

class TestRegister : public QObject
{
    Q_OBJECT

private slots:
    void seedGivesTheRegencysOffice_data();
    void seedGivesTheRegencysOffice();
    void addRecordsTheAccount();
    void addStoresTheFirstPasswordInTheSameChange();
    void addRefusals_data();
    void addRefusals();
    void sameHandleOnAnotherPlatformIsAnotherAccount();
    void requestedAccounts();
    void defaultTermIsTheTermCoveringToday();
    void noTermCoversTodayLeavesTheAccountWithout();
    void activePeriodFollowsTheTermAndItsExtensions();
    void activePeriodSetByHandWins();
    void statusChangeIsRecordedAndLogged();
    void statusLifeIsKeptInOrder();
    void statusChangeRefusals_data();
    void statusChangeRefusals();
    void backInUseServesTheCurrentTerm();
    void termRefusals_data();
    void termRefusals();
    void termsAreListedWithTheirExtensions();
    void viewerIsRefusedEverywhereItWrites();
    void kecamatanAddRules_data();
    void kecamatanAddRules();
    void kecamatanContacts();
    void kecamatanRetireRules();
    void officeSettingsAreNormalised();
    void officeSettingsRefusals();
    void listFiltersAndSearch();
    void reviewIsRecorded();
    void editChangesDetailsAndLogsEachField();
    void editRefusals_data();
    void editRefusals();
    void editResolvesHealthFindings();
};

void TestRegister::seedGivesTheRegencysOffice_data()
{
    QTest::addColumn<QString>("regency");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("headTitle");
    QTest::newRow("Buol") << QStringLiteral("72.05") << QStringLiteral("Bawaslu Kabupaten Buol")
                          << QStringLiteral("Ketua Bawaslu Kabupaten");
    QTest::newRow("Palu") << QStringLiteral("72.71") << QStringLiteral("Bawaslu Kota Palu")
                          << QStringLiteral("Ketua Bawaslu Kota");
}

void TestRegister::seedGivesTheRegencysOffice()
{
    QFETCH(QString, regency);
    QFETCH(QString, office);
    QFETCH(QString, headTitle);
    Office o(regency);
    QCOMPARE(o.vault->officeName(), office);
    auto details = OfficeSettings(*o.vault).get();
    QVERIFY(details.ok());
    QCOMPARE(details.value().name, office);
    QCOMPARE(details.value().headTitle, headTitle);
    QCOMPARE(details.value().emailDomains, QStringList{QStringLiteral("bawaslu.go.id")});
    QVERIFY(details.value().phoneNumbers.isEmpty());

    auto kecamatan = KecamatanRegister(*o.vault).list();
    QVERIFY(kecamatan.ok());
    auto reference = ReferenceData::load();
    const QList<Kecamatan> expected = reference.value().kecamatanOf(regency);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(kecamatan.value().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(kecamatan.value()[i].code, expected[i].code);
        QCOMPARE(kecamatan.value()[i].name, expected[i].name);
        QVERIFY(!kecamatan.value()[i].retired());
        QCOMPARE(kecamatan.value()[i].accountCount, 0);
    }
    if (regency == QLatin1String("72.05")) {
        QStringList names;
        for (const KecamatanRecord &record : kecamatan.value()) {
            names << record.name;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Momunu"), QStringLiteral("Lakea"), QStringLiteral("Bokat"),
                                     QStringLiteral("Bunobogu"), QStringLiteral("Paleleh"), QStringLiteral("Biau"),
                                     QStringLiteral("Tiloan"), QStringLiteral("Bukal"), QStringLiteral("Gadung"),
                                     QStringLiteral("Karamat"), QStringLiteral("Paleleh Barat")}));
        QCOMPARE(kecamatan.value().first().code, QStringLiteral("72.05.01"));
        QCOMPARE(kecamatan.value().last().code, QStringLiteral("72.05.11"));
    }
    // Seeding happens once: reopening the vault does not add the kecamatan again.
    o.reopen();
    QCOMPARE(KecamatanRegister(*o.vault).list().value().size(), expected.size());
}

void TestRegister::addRecordsTheAccount()
{
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram,
                                 QStringLiteral(" https://www.instagram.com/Panwaslu_Momunu/?hl=id "));
    spec.displayName = QStringLiteral("  Panwaslu   Kecamatan Momunu ");
    spec.email = QStringLiteral(" momunu@buol.bawaslu.go.id ");
    spec.phone = QStringLiteral("0812-3456-7890");
    spec.twoFactor = TwoFactorMethod::AuthenticatorApp;
    spec.notes = QStringLiteral("dibuat oleh sekretariat ");
    const qint64 logBefore = o.logCount();
    auto added = Accounts(*o.vault).add(o.budi, spec);
    QVERIFY2(added.ok(), qPrintable(added.error().untranslatedMessage()));
    const Account &account = added.value();
    QVERIFY(account.id > 0);
    QCOMPARE(account.kecamatanCode, QStringLiteral("72.05.01"));
    QCOMPARE(account.kecamatanName, QStringLiteral("Momunu"));
    QCOMPARE(account.platform, Platform::Instagram);
    QCOMPARE(account.handle, QStringLiteral("Panwaslu_Momunu"));
    QCOMPARE(account.url(), QStringLiteral("https://www.instagram.com/Panwaslu_Momunu/"));
    QCOMPARE(account.label(), QStringLiteral("Instagram @Panwaslu_Momunu"));
    QCOMPARE(account.displayName, QStringLiteral("Panwaslu Kecamatan Momunu"));
    QCOMPARE(account.email, QStringLiteral("momunu@buol.bawaslu.go.id"));
    QCOMPARE(account.phone, QStringLiteral("0812-3456-7890"));
    QCOMPARE(account.twoFactor, TwoFactorMethod::AuthenticatorApp);
    QCOMPARE(account.nature, AccountNature::TermBound);
    QCOMPARE(account.status, AccountStatus::Active);
    QCOMPARE(account.termId, term.id);
    QCOMPARE(account.termName, QStringLiteral("Pemilu 2024"));
    QCOMPARE(account.notes, QStringLiteral("dibuat oleh sekretariat"));
    QCOMPARE(account.createdAt, o.t.clock.nowUtc());
    QVERIFY(!account.lastReviewedOn.isValid());

    QCOMPARE(o.logCount(), logBefore + 1);
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("account.added"));
    QCOMPARE(entry.officer, QStringLiteral("Budi"));
    QCOMPARE(entry.target, QStringLiteral("account:%1").arg(account.id));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("handle")).toString(), QStringLiteral("Panwaslu_Momunu"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    auto history = Accounts(*o.vault).statusHistory(account.id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().from, std::optional<AccountStatus>());
    QCOMPARE(history.value().first().to, AccountStatus::Active);
    QCOMPARE(history.value().first().officer, QStringLiteral("Budi"));
    QCOMPARE(history.value().first().at, o.t.clock.nowUtc());

    auto kecamatan = KecamatanRegister(*o.vault).find(QStringLiteral("72.05.01"));
    QCOMPARE(kecamatan.value().accountCount, 1);
    // The checks of an add look the kecamatan up without counting its accounts: the same record.
    auto uncounted = Storage::KecamatanStore(o.vault->database()).findByCodeUncounted(QStringLiteral(" 72.05.01 "));
    QVERIFY(uncounted.ok());
    QCOMPARE(uncounted.value().id, kecamatan.value().id);
    QCOMPARE(uncounted.value().name, kecamatan.value().name);
    QCOMPARE(uncounted.value().retiredAt, kecamatan.value().retiredAt);
    QCOMPARE(uncounted.value().accountCount, 0);
    QCOMPARE(
        Storage::KecamatanStore(o.vault->database()).findByCodeUncounted(QStringLiteral("99.99.99")).error().code(),
        ErrorCode::NotFound);
    // Other platforms keep the name the officer gave them.
    NewAccount other = newAccount(QStringLiteral("72.05.02"), Platform::Other, QStringLiteral("@saluran_lakea"));
    other.platformName = QStringLiteral("  WhatsApp   Channel ");
    auto otherAccount = Accounts(*o.vault).add(o.budi, other);
    QVERIFY2(otherAccount.ok(), qPrintable(otherAccount.error().untranslatedMessage()));
    QCOMPARE(otherAccount.value().platformName, QStringLiteral("WhatsApp Channel"));
    QCOMPARE(otherAccount.value().label(), QStringLiteral("WhatsApp Channel @saluran_lakea"));
    QCOMPARE(otherAccount.value().url(), QString());
}

void TestRegister::addStoresTheFirstPasswordInTheSameChange()
{
    Office o;
    const qint64 logBefore = o.logCount();
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.03"), Platform::X, QStringLiteral("@PanwasluBokat")), "rahasia");
    QCOMPARE(o.logCount(), logBefore + 2);
    auto entries = o.vault->log().entries({.afterSeq = logBefore});
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value()[0].action, QStringLiteral("account.added"));
    QCOMPARE(entries.value()[1].action, QStringLiteral("secret.set"));
    QCOMPARE(entries.value()[1].detailsObject().value(QStringLiteral("kind")).toString(), QStringLiteral("password"));
    QVERIFY(!entries.value()[1].details.contains(QStringLiteral("rahasia")));
    QCOMPARE(o.rows("account_secret"), 1);
    auto revealed = Secrets(*o.vault).reveal(o.budi, account.id, SecretKind::Password);
    QVERIFY(revealed.ok());
    QCOMPARE(revealed.value().view(), QByteArrayView("rahasia"));
}

void TestRegister::addRefusals_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("viewer") << Mutation([](Attempt &a) { a.asViewer = true; }) << ErrorCode::PermissionDenied
                            << QStringLiteral("Viewers");
    QTest::newRow("unknown kecamatan") << Mutation([](Attempt &a) {
        a.spec.kecamatanCode = QStringLiteral("72.05.99");
    }) << ErrorCode::NotFound << QStringLiteral("72.05.99");
    QTest::newRow("kecamatan of another regency")
        << Mutation([](Attempt &a) { a.spec.kecamatanCode = QStringLiteral("72.71.01"); }) << ErrorCode::NotFound
        << QStringLiteral("72.71.01");
    QTest::newRow("no kecamatan") << Mutation([](Attempt &a) { a.spec.kecamatanCode.clear(); }) << ErrorCode::NotFound
                                  << QStringLiteral("kecamatan");
    QTest::newRow("retired kecamatan") << Mutation([](Attempt &a) {
        a.spec.kecamatanCode = QStringLiteral("72.05.11");
    }) << ErrorCode::InvalidInput << QStringLiteral("retired");
    QTest::newRow("other platform without a name") << Mutation([](Attempt &a) {
        a.spec.platform = Platform::Other;
        a.spec.platformName = QStringLiteral("   ");
    }) << ErrorCode::InvalidInput << QStringLiteral("Name the platform");
    QTest::newRow("handle too long") << Mutation([](Attempt &a) { a.spec.handle = QString(31, QLatin1Char('a')); })
                                     << ErrorCode::InvalidInput << QStringLiteral("1 to 30");
    QTest::newRow("handle with a space") << Mutation([](Attempt &a) {
        a.spec.handle = QStringLiteral("panwaslu bokat");
    }) << ErrorCode::InvalidInput << QStringLiteral("not a valid Instagram username");
    QTest::newRow("X handle too short") << Mutation([](Attempt &a) {
        a.spec.platform = Platform::X;
        a.spec.handle = QStringLiteral("@pwb");
    }) << ErrorCode::InvalidInput << QStringLiteral("4 to 15");
    QTest::newRow("empty handle") << Mutation([](Attempt &a) { a.spec.handle = QStringLiteral("@"); })
                                  << ErrorCode::InvalidInput << QStringLiteral("username");
    QTest::newRow("e-mail without @") << Mutation([](Attempt &a) { a.spec.email = QStringLiteral("momunu.gmail.com"); })
                                      << ErrorCode::InvalidInput << QStringLiteral("not an e-mail address");
    QTest::newRow("e-mail without domain dot")
        << Mutation([](Attempt &a) { a.spec.email = QStringLiteral("momunu@localhost"); }) << ErrorCode::InvalidInput
        << QStringLiteral("not an e-mail address");
    QTest::newRow("e-mail with a space") << Mutation([](Attempt &a) { a.spec.email = QStringLiteral("mo munu@x.id"); })
                                         << ErrorCode::InvalidInput << QStringLiteral("not an e-mail address");
    QTest::newRow("phone with letters") << Mutation([](Attempt &a) { a.spec.phone = QStringLiteral("0812-ABCD-7890"); })
                                        << ErrorCode::InvalidInput << QStringLiteral("not a phone number");
    QTest::newRow("phone too short") << Mutation([](Attempt &a) { a.spec.phone = QStringLiteral("0812"); })
                                     << ErrorCode::InvalidInput << QStringLiteral("not a phone number");
    for (AccountStatus status :
         {AccountStatus::Suspended, AccountStatus::Deactivated, AccountStatus::Held, AccountStatus::Closed}) {
        QTest::newRow(qPrintable(QStringLiteral("recorded as %1").arg(statusId(status))))
            << Mutation([status](Attempt &a) { a.spec.status = status; }) << ErrorCode::InvalidInput
            << QStringLiteral("active or as requested");
    }
    QTest::newRow("unknown term") << Mutation([](Attempt &a) { a.spec.termId = 999; }) << ErrorCode::NotFound
                                  << QStringLiteral("no term with number 999");
    QTest::newRow("duplicate handle") << Mutation([](Attempt &a) { a.spec.handle = QStringLiteral("panwaslu_momunu"); })
                                      << ErrorCode::AlreadyExists << QStringLiteral("already in the register");
    QTest::newRow("duplicate handle in other case, as URL") << Mutation([](Attempt &a) {
        a.spec.kecamatanCode = QStringLiteral("72.05.02");
        a.spec.handle = QStringLiteral("https://instagram.com/PANWASLU_MOMUNU");
    }) << ErrorCode::AlreadyExists << QStringLiteral("@PANWASLU_MOMUNU is already in the register");
    QTest::newRow("duplicate other-platform handle") << Mutation([](Attempt &a) {
        a.spec.platform = Platform::Other;
        a.spec.platformName = QStringLiteral("WhatsApp Channel");
        a.spec.handle = QStringLiteral("Saluran_Momunu");
    }) << ErrorCode::AlreadyExists << QStringLiteral("already in the register");
    QTest::newRow("empty first password") << Mutation([](Attempt &a) { a.password = QByteArray(""); })
                                          << ErrorCode::InvalidInput << QStringLiteral("empty");
}

void TestRegister::addRefusals()
{
    QFETCH(Mutation, mutation);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")),
                 "sandi lama");
    NewAccount channel = newAccount(QStringLiteral("72.05.01"), Platform::Other, QStringLiteral("saluran_momunu"));
    channel.platformName = QStringLiteral("WhatsApp Channel");
    o.addAccount(channel);
    QVERIFY(KecamatanRegister(*o.vault).retire(o.budi, QStringLiteral("72.05.11"), QStringLiteral("pemekaran")).ok());

    Attempt attempt;
    attempt.spec = newAccount(QStringLiteral("72.05.03"), Platform::Instagram, QStringLiteral("@panwaslu_bokat"));
    attempt.spec.termId = term.id;
    mutation(attempt);
    const Snapshot before = Snapshot::of(o);
    const SecretBytes password = secret(attempt.password);
    auto added = Accounts(*o.vault).add(attempt.asViewer ? o.ani : o.budi, attempt.spec,
                                        attempt.password.isNull() ? nullptr : &password);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code(), code);
    QVERIFY(!added.error().message().isEmpty());
    QVERIFY2(added.error().untranslatedMessage().contains(message), qPrintable(added.error().untranslatedMessage()));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
}

void TestRegister::sameHandleOnAnotherPlatformIsAnotherAccount()
{
    Office o;
    const Account instagram =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    const Account x =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("panwaslu_momunu")));
    QVERIFY(instagram.id != x.id);
    // Two "other" platforms are told apart by their names.
    NewAccount channel = newAccount(QStringLiteral("72.05.01"), Platform::Other, QStringLiteral("momunu"));
    channel.platformName = QStringLiteral("WhatsApp Channel");
    NewAccount telegram = channel;
    telegram.platformName = QStringLiteral("Telegram");
    QVERIFY(Accounts(*o.vault).add(o.budi, channel).ok());
    QVERIFY(Accounts(*o.vault).add(o.budi, telegram).ok());
    QCOMPARE(Accounts(*o.vault).add(o.budi, telegram).error().code(), ErrorCode::AlreadyExists);
}

void TestRegister::requestedAccounts()
{
    Office o;
    NewAccount spec = newAccount(QStringLiteral("72.05.04"), Platform::TikTok, QStringLiteral("panwaslu.bunobogu"));
    spec.status = AccountStatus::Requested;
    const Account account = o.addAccount(spec);
    QCOMPARE(account.status, AccountStatus::Requested);
    auto history = Accounts(*o.vault).statusHistory(account.id);
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().to, AccountStatus::Requested);
    QCOMPARE(o.changeStatus(account.id, AccountStatus::Active, QStringLiteral("dibuat di TikTok")).status,
             AccountStatus::Active);
}

void TestRegister::defaultTermIsTheTermCoveringToday()
{
    Office o; // today is 2024-02-14
    const Term past = o.addTerm(QStringLiteral("Pemilu 2019"), date(2018, 8, 1), date(2019, 12, 31));
    const Term current = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    const Term future = o.addTerm(QStringLiteral("Pilkada 2029"), date(2028, 8, 1), date(2029, 12, 31));
    Q_UNUSED(future);
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.05"), Platform::Instagram, QStringLiteral("panwaslu_paleleh")));
    QCOMPARE(account.termId, current.id);
    QCOMPARE(account.termName, QStringLiteral("Pemilu 2024"));
    // A term given explicitly wins.
    NewAccount spec = newAccount(QStringLiteral("72.05.05"), Platform::X, QStringLiteral("PanwasluPaleleh"));
    spec.termId = past.id;
    QCOMPARE(o.addAccount(spec).termId, past.id);

    // Of two terms that both cover today, the one formed last is current.
    const Term overlapping = o.addTerm(QStringLiteral("Pilkada 2024"), date(2024, 1, 15), date(2024, 12, 31));
    auto currentTerm = Terms(*o.vault).current(date(2024, 2, 14));
    QVERIFY(currentTerm.ok() && currentTerm.value().has_value());
    QCOMPARE(currentTerm.value()->id, overlapping.id);
    // The term's first and last day count as covered.
    QCOMPARE(Terms(*o.vault).current(date(2018, 8, 1)).value()->id, past.id);
    QCOMPARE(Terms(*o.vault).current(date(2019, 12, 31)).value()->id, past.id);
    QVERIFY(!Terms(*o.vault).current(date(2020, 1, 1)).value().has_value());
}

void TestRegister::noTermCoversTodayLeavesTheAccountWithout()
{
    Office o;
    o.addTerm(QStringLiteral("Pemilu 2019"), date(2018, 8, 1), date(2019, 12, 31));
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.06"), Platform::Instagram, QStringLiteral("panwaslu_biau")));
    QCOMPARE(account.termId, 0);
    QVERIFY(account.termName.isEmpty());
    QVERIFY(!account.activeFrom.isValid());
    QVERIFY(!account.activeUntil.isValid());
    QVERIFY(!account.periodSetByHand);
}

void TestRegister::activePeriodFollowsTheTermAndItsExtensions()
{
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 3, 31));
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.07"), Platform::Instagram, QStringLiteral("panwaslu_tiloan")));
    QCOMPARE(account.activeFrom, date(2023, 8, 1));
    QCOMPARE(account.activeUntil, date(2024, 3, 31));
    QVERIFY(!account.periodSetByHand);

    Terms terms(*o.vault);
    QVERIFY(terms.extend(o.budi, term.id, date(2024, 6, 30), QStringLiteral("SK Bawaslu 1/2024")).ok());
    QCOMPARE(Accounts(*o.vault).find(account.id).value().activeUntil, date(2024, 6, 30));
    auto extended = terms.extend(o.siti, term.id, date(2024, 12, 31), QStringLiteral("SK Bawaslu 7/2024"));
    QVERIFY(extended.ok());
    QCOMPARE(extended.value().effectiveEnd(), date(2024, 12, 31));
    QCOMPARE(extended.value().endsOn, date(2024, 3, 31)); // the original end date stays on record
    const Account found = Accounts(*o.vault).find(account.id).value();
    QCOMPARE(found.activeFrom, date(2023, 8, 1));
    QCOMPARE(found.activeUntil, date(2024, 12, 31));
    QVERIFY(!found.periodSetByHand);
    // Lists give the same period as a single account.
    auto listed = Accounts(*o.vault).list({});
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().activeUntil, date(2024, 12, 31));
}

void TestRegister::activePeriodSetByHandWins()
{
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 3, 31));
    const Account a =
        o.addAccount(newAccount(QStringLiteral("72.05.08"), Platform::Instagram, QStringLiteral("panwaslu_bukal")));
    const Account b =
        o.addAccount(newAccount(QStringLiteral("72.05.08"), Platform::X, QStringLiteral("PanwasluBukal")));
    // The register has no service for it yet; the stored columns are what "set by hand" means.
    Storage::AccountStore store(o.vault->database());
    Account both = store.find(a.id).value();
    both.activeFrom = date(2023, 9, 1);
    both.activeUntil = date(2024, 2, 29);
    both.periodSetByHand = true;
    QVERIFY(store.update(both).ok());
    Account untilOnly = store.find(b.id).value();
    untilOnly.activeUntil = date(2024, 1, 31);
    untilOnly.periodSetByHand = true;
    QVERIFY(store.update(untilOnly).ok());
    QVERIFY(Terms(*o.vault).extend(o.budi, term.id, date(2024, 12, 31), QStringLiteral("SK 1/2024")).ok());

    const Account foundA = Accounts(*o.vault).find(a.id).value();
    QVERIFY(foundA.periodSetByHand);
    QCOMPARE(foundA.activeFrom, date(2023, 9, 1));
    QCOMPARE(foundA.activeUntil, date(2024, 2, 29)); // the extension does not move a date set by hand
    const Account foundB = Accounts(*o.vault).find(b.id).value();
    QVERIFY(foundB.periodSetByHand);
    QCOMPARE(foundB.activeFrom, date(2023, 8, 1)); // what was not set by hand still follows the term
    QCOMPARE(foundB.activeUntil, date(2024, 1, 31));
}

void TestRegister::statusChangeIsRecordedAndLogged()
{
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.09"), Platform::Instagram, QStringLiteral("panwaslu_gadung")));
    o.t.clock.advance(3600 * 1000);
    const qint64 logBefore = o.logCount();
    auto changed = Accounts(*o.vault).changeStatus(o.budi, account.id, AccountStatus::Suspended,
                                                   QStringLiteral("  diretas,\n dilaporkan ke  platform "));
    QVERIFY2(changed.ok(), qPrintable(changed.error().untranslatedMessage()));
    QCOMPARE(changed.value().status, AccountStatus::Suspended);
    QCOMPARE(changed.value().updatedAt, o.t.clock.nowUtc());

    auto history = Accounts(*o.vault).statusHistory(account.id);
    QCOMPARE(history.value().size(), 2);
    const StatusChange &change = history.value().last();
    QCOMPARE(change.from, std::optional(AccountStatus::Active));
    QCOMPARE(change.to, AccountStatus::Suspended);
    QCOMPARE(change.reason, QStringLiteral("diretas, dilaporkan ke platform"));
    QCOMPARE(change.officer, QStringLiteral("Budi"));
    QCOMPARE(change.at, o.t.clock.nowUtc());

    QCOMPARE(o.logCount(), logBefore + 1);
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("account.status-changed"));
    QCOMPARE(entry.officer, QStringLiteral("Budi"));
    QCOMPARE(entry.at, o.t.clock.nowUtc());
    QCOMPARE(entry.target, QStringLiteral("account:%1").arg(account.id));
    const QJsonObject details = entry.detailsObject();
    QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("active"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("suspended"));
    QCOMPARE(details.value(QStringLiteral("reason")).toString(), QStringLiteral("diretas, dilaporkan ke platform"));
    QCOMPARE(details.value(QStringLiteral("handle")).toString(), QStringLiteral("panwaslu_gadung"));
    QVERIFY(o.vault->log().verify().value().intact());
}

void TestRegister::statusLifeIsKeptInOrder()
{
    Office o;
    NewAccount spec = newAccount(QStringLiteral("72.05.10"), Platform::Facebook, QStringLiteral("panwaslu.karamat"));
    spec.nature = AccountNature::Permanent;
    spec.status = AccountStatus::Requested;
    const Account account = o.addAccount(spec);
    const QList<AccountStatus> life{AccountStatus::Active, AccountStatus::Suspended, AccountStatus::Active,
                                    AccountStatus::Held,   AccountStatus::Active,    AccountStatus::Deactivated,
                                    AccountStatus::Closed};
    for (AccountStatus to : life) {
        o.t.clock.advance(60 * 1000);
        QCOMPARE(o.changeStatus(account.id, to, QStringLiteral("to %1").arg(statusId(to))).status, to);
    }
    auto history = Accounts(*o.vault).statusHistory(account.id);
    QCOMPARE(history.value().size(), life.size() + 1);
    std::optional<AccountStatus> previous;
    for (qsizetype i = 0; i < history.value().size(); ++i) {
        const StatusChange &change = history.value()[i];
        QCOMPARE(change.from, previous);
        QCOMPARE(change.to, i == 0 ? AccountStatus::Requested : life[i - 1]);
        if (i > 0) {
            QCOMPARE(change.reason, QStringLiteral("to %1").arg(statusId(change.to)));
            QVERIFY(change.at > history.value()[i - 1].at);
        }
        previous = change.to;
    }
    auto logged = o.vault->log().entries({.actionPrefix = QStringLiteral("account.status-changed")});
    QCOMPARE(logged.value().size(), life.size());
    // Closed is the end: nothing moves it any more.
    QCOMPARE(
        Accounts(*o.vault).changeStatus(o.budi, account.id, AccountStatus::Active, QStringLiteral("x")).error().code(),
        ErrorCode::InvalidInput);
}

void TestRegister::statusChangeRefusals_data()
{
    QTest::addColumn<AccountStatus>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("asViewer");
    QTest::addColumn<bool>("unknownAccount");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    const QString reason = QStringLiteral("masa tugas berakhir");
    QTest::newRow("active to closed") << AccountStatus::Closed << reason << false << false << ErrorCode::InvalidInput
                                      << QStringLiteral("deactivate it first");
    QTest::newRow("term-bound to held") << AccountStatus::Held << reason << false << false << ErrorCode::InvalidInput
                                        << QStringLiteral("Only a permanent account");
    QTest::newRow("back to requested") << AccountStatus::Requested << reason << false << false
                                       << ErrorCode::InvalidInput << QStringLiteral("back to requested");
    QTest::newRow("same status") << AccountStatus::Active << reason << false << false << ErrorCode::InvalidInput
                                 << QStringLiteral("already");
    QTest::newRow("no reason") << AccountStatus::Deactivated << QStringLiteral(" \t ") << false << false
                               << ErrorCode::InvalidInput << QStringLiteral("Give the reason");
    QTest::newRow("viewer") << AccountStatus::Deactivated << reason << true << false << ErrorCode::PermissionDenied
                            << QStringLiteral("Viewers");
    QTest::newRow("unknown account") << AccountStatus::Deactivated << reason << false << true << ErrorCode::NotFound
                                     << QStringLiteral("no account with number");
}

void TestRegister::statusChangeRefusals()
{
    QFETCH(AccountStatus, to);
    QFETCH(QString, reason);
    QFETCH(bool, asViewer);
    QFETCH(bool, unknownAccount);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    const Snapshot before = Snapshot::of(o);
    auto changed = Accounts(*o.vault).changeStatus(asViewer ? o.ani : o.budi,
                                                   unknownAccount ? account.id + 100 : account.id, to, reason);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code(), code);
    QVERIFY2(changed.error().untranslatedMessage().contains(message),
             qPrintable(changed.error().untranslatedMessage()));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
    QCOMPARE(Accounts(*o.vault).find(account.id).value().status, AccountStatus::Active);
}

void TestRegister::backInUseServesTheCurrentTerm()
{
    Office o; // 2024-02-14
    const Term pemilu = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 3, 31));
    const Account termBound =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::YouTube, QStringLiteral("panwaslu-momunu"));
    spec.nature = AccountNature::Permanent;
    spec.holder = QStringLiteral("Ketua Panwaslu Momunu");
    const Account permanent = o.addAccount(spec);
    const Account suspended =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("PwMomunu")));
    QCOMPARE(termBound.termId, pemilu.id);
    QCOMPARE(permanent.termId, pemilu.id);

    // The term ends: the committee's accounts are taken out of its hands.
    o.t.clock.set(QDateTime(date(2024, 4, 2), QTime(9, 0), QTimeZone::utc()));
    o.changeStatus(termBound.id, AccountStatus::Deactivated, QStringLiteral("masa tugas berakhir"));
    o.changeStatus(permanent.id, AccountStatus::Held, QStringLiteral("masa tugas berakhir"));
    o.changeStatus(suspended.id, AccountStatus::Suspended, QStringLiteral("diretas"));
    // Between terms, back in use keeps the term it had: nothing else covers today.
    const Account early = o.changeStatus(termBound.id, AccountStatus::Active, QStringLiteral("keliru"));
    QCOMPARE(early.termId, pemilu.id);
    QVERIFY(!o.lastLogEntry().detailsObject().contains(QStringLiteral("term")));
    o.changeStatus(termBound.id, AccountStatus::Deactivated, QStringLiteral("masa tugas berakhir"));

    // The next committees are formed; the accounts go back into use for the new term.
    const Term pilkada = o.addTerm(QStringLiteral("Pilkada 2024"), date(2024, 4, 15), date(2024, 12, 31));
    o.t.clock.set(QDateTime(date(2024, 5, 1), QTime(9, 0), QTimeZone::utc()));
    const qint64 logBefore = o.logCount();
    const Account reactivated = o.changeStatus(termBound.id, AccountStatus::Active, QStringLiteral("masa tugas baru"));
    QCOMPARE(reactivated.termId, pilkada.id);
    QCOMPARE(reactivated.termName, QStringLiteral("Pilkada 2024"));
    QCOMPARE(reactivated.activeFrom, date(2024, 4, 15));
    QCOMPARE(reactivated.activeUntil, date(2024, 12, 31));
    QCOMPARE(o.logCount(), logBefore + 1);
    QCOMPARE(o.lastLogEntry().detailsObject().value(QStringLiteral("term")).toInteger(), pilkada.id);
    QCOMPARE(Accounts(*o.vault).statusHistory(termBound.id).value().last().from,
             std::optional(AccountStatus::Deactivated));
    const Account handedOn = o.changeStatus(permanent.id, AccountStatus::Active, QStringLiteral("serah terima"));
    QCOMPARE(handedOn.termId, pilkada.id);
    QCOMPARE(handedOn.activeUntil, date(2024, 12, 31));
    // Coming back from a suspension is not a new term.
    const Account restored = o.changeStatus(suspended.id, AccountStatus::Active, QStringLiteral("dipulihkan"));
    QCOMPARE(restored.termId, pemilu.id);
    QVERIFY(!o.lastLogEntry().detailsObject().contains(QStringLiteral("term")));
}

void TestRegister::termRefusals_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    const QString add = QStringLiteral("add");
    const QString extend = QStringLiteral("extend");
    const QString name = QStringLiteral("Pemilu 2029");
    const QString basis = QStringLiteral("SK 1/2024");
    QTest::newRow("no name") << add << QStringLiteral("  ") << date(2028, 8, 1) << date(2029, 12, 31) << QString()
                             << ErrorCode::InvalidInput << QStringLiteral("Give the term a name");
    QTest::newRow("no formation date") << add << name << QDate() << date(2029, 12, 31) << QString()
                                       << ErrorCode::InvalidInput << QStringLiteral("formed");
    QTest::newRow("no end date") << add << name << date(2028, 8, 1) << QDate() << QString() << ErrorCode::InvalidInput
                                 << QStringLiteral("formed");
    QTest::newRow("ends before it begins") << add << name << date(2028, 8, 1) << date(2028, 7, 31) << QString()
                                           << ErrorCode::InvalidInput << QStringLiteral("cannot end (2028-07-31)");
    QTest::newRow("extension without basis")
        << extend << QString() << QDate() << date(2025, 6, 30) << QStringLiteral(" ") << ErrorCode::InvalidInput
        << QStringLiteral("legal basis");
    QTest::newRow("extension to the current end") << extend << QString() << QDate() << date(2024, 12, 31) << basis
                                                  << ErrorCode::InvalidInput << QStringLiteral("(2024-12-31)");
    QTest::newRow("extension backwards") << extend << QString() << QDate() << date(2024, 6, 30) << basis
                                         << ErrorCode::InvalidInput << QStringLiteral("after the term's current end");
    QTest::newRow("extension without date")
        << extend << QString() << QDate() << QDate() << basis << ErrorCode::InvalidInput
        << QStringLiteral("after the term's current end");
    QTest::newRow("extension of an unknown term")
        << QStringLiteral("extend-unknown") << QString() << QDate() << date(2025, 6, 30) << basis << ErrorCode::NotFound
        << QStringLiteral("no term with number");
}

void TestRegister::termRefusals()
{
    QFETCH(QString, operation);
    QFETCH(QString, name);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(QString, basis);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    const Snapshot before = Snapshot::of(o);
    Terms terms(*o.vault);
    Result<Term> result = operation == QLatin1String("add")      ? terms.add(o.budi, name, from, until)
                          : operation == QLatin1String("extend") ? terms.extend(o.budi, term.id, until, basis)
                                                                 : terms.extend(o.budi, term.id + 7, until, basis);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), code);
    QVERIFY2(result.error().untranslatedMessage().contains(message), qPrintable(result.error().untranslatedMessage()));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
}

void TestRegister::termsAreListedWithTheirExtensions()
{
    Office o;
    Terms terms(*o.vault);
    const Term later = o.addTerm(QStringLiteral("  Pemilu   2024 "), date(2023, 8, 1), date(2024, 12, 31));
    const Term earlier = o.addTerm(QStringLiteral("Pemilu 2019"), date(2018, 8, 1), date(2019, 12, 31));
    QCOMPARE(later.name, QStringLiteral("Pemilu 2024"));
    QCOMPARE(o.lastLogEntry().action, QStringLiteral("term.added"));
    QCOMPARE(o.lastLogEntry().detailsObject().value(QStringLiteral("until")).toString(), QStringLiteral("2019-12-31"));
    o.t.clock.advance(1000);
    QVERIFY(terms.extend(o.budi, later.id, date(2025, 3, 31), QStringLiteral("  SK Bawaslu  12/2024 ")).ok());
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("term.extended"));
    QCOMPARE(entry.target, QStringLiteral("term:%1").arg(later.id));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("from")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("until")).toString(), QStringLiteral("2025-03-31"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("basis")).toString(), QStringLiteral("SK Bawaslu 12/2024"));
    QVERIFY(terms.extend(o.siti, later.id, date(2025, 6, 30), QStringLiteral("SK Bawaslu 3/2025")).ok());

    auto list = terms.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value()[0].id, earlier.id); // oldest first
    QVERIFY(list.value()[0].extensions.isEmpty());
    QCOMPARE(list.value()[0].effectiveEnd(), date(2019, 12, 31));
    const Term &extended = list.value()[1];
    QCOMPARE(extended.endsOn, date(2024, 12, 31));
    QCOMPARE(extended.effectiveEnd(), date(2025, 6, 30));
    QCOMPARE(extended.extensions.size(), 2);
    QCOMPARE(extended.extensions[0].until, date(2025, 3, 31));
    QCOMPARE(extended.extensions[0].basis, QStringLiteral("SK Bawaslu 12/2024"));
    QCOMPARE(extended.extensions[0].officer, QStringLiteral("Budi"));
    QCOMPARE(extended.extensions[0].createdAt, o.t.clock.nowUtc());
    QCOMPARE(extended.extensions[1].officer, QStringLiteral("Siti"));
    QCOMPARE(terms.find(later.id).value().effectiveEnd(), date(2025, 6, 30));
    QCOMPARE(terms.find(99).error().code(), ErrorCode::NotFound);
}

void TestRegister::viewerIsRefusedEverywhereItWrites()
{
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    const Snapshot before = Snapshot::of(o);
    OfficeDetails details = OfficeSettings(*o.vault).get().value();
    details.headName = QStringLiteral("Ani");
    KecamatanRegister kecamatan(*o.vault);
    const QList<std::pair<const char *, Error>> refusals{
        {"account add", Accounts(*o.vault)
                            .add(o.ani, newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea")))
                            .error()},
        {"account status",
         Accounts(*o.vault).changeStatus(o.ani, account.id, AccountStatus::Suspended, QStringLiteral("x")).error()},
        {"account review", Accounts(*o.vault).markReviewed(o.ani, account.id).error()},
        {"term add",
         Terms(*o.vault).add(o.ani, QStringLiteral("Pemilu 2029"), date(2028, 1, 1), date(2029, 1, 1)).error()},
        {"term extend", Terms(*o.vault).extend(o.ani, term.id, date(2025, 1, 1), QStringLiteral("SK")).error()},
        {"kecamatan add", kecamatan.add(o.ani, QStringLiteral("72.05.12"), QStringLiteral("Baru")).error()},
        {"kecamatan set", kecamatan.setContacts(o.ani, QStringLiteral("72.05.01"), {}, {}, {}).error()},
        {"kecamatan retire", kecamatan.retire(o.ani, QStringLiteral("72.05.11"), QStringLiteral("x")).error()},
        {"office set", OfficeSettings(*o.vault).set(o.ani, details).error()},
        {"office set by an operator", OfficeSettings(*o.vault).set(o.budi, details).error()},
        {"secret set",
         Secrets(*o.vault).set(o.ani, account.id, SecretKind::Password, secret("x"), QStringLiteral("x")).error()},
    };
    for (const auto &[what, error] : refusals) {
        QVERIFY2(error.code() == ErrorCode::PermissionDenied, what);
        QVERIFY2(!error.message().isEmpty(), what);
    }
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
    QCOMPARE(OfficeSettings(*o.vault).get().value().headName, QString());
    QVERIFY(!kecamatan.find(QStringLiteral("72.05.11")).value().retired());
    // Reading is what viewers do.
    QCOMPARE(Accounts(*o.vault).list({}).value().size(), 1);
}

void TestRegister::kecamatanAddRules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorCode>("error"); // None: added
    QTest::addColumn<QString>("message");
    QTest::newRow("new code") << QStringLiteral(" 72.05.12 ") << QStringLiteral(" Lipunoto  Baru ") << ErrorCode::None
                              << QString();
    QTest::newRow("existing code") << QStringLiteral("72.05.03") << QStringLiteral("Bokat Baru")
                                   << ErrorCode::AlreadyExists << QStringLiteral("Bokat already has the code 72.05.03");
    QTest::newRow("another regency") << QStringLiteral("72.71.09") << QStringLiteral("Baru") << ErrorCode::InvalidInput
                                     << QStringLiteral("72.05.NN");
    QTest::newRow("regency code only") << QStringLiteral("72.05") << QStringLiteral("Baru") << ErrorCode::InvalidInput
                                       << QStringLiteral("72.05.NN");
    QTest::newRow("one digit") << QStringLiteral("72.05.1") << QStringLiteral("Baru") << ErrorCode::InvalidInput
                               << QStringLiteral("72.05.NN");
    QTest::newRow("letters") << QStringLiteral("72.05.AB") << QStringLiteral("Baru") << ErrorCode::InvalidInput
                             << QStringLiteral("72.05.NN");
    QTest::newRow("no name") << QStringLiteral("72.05.12") << QStringLiteral("  ") << ErrorCode::InvalidInput
                             << QStringLiteral("name");
}

void TestRegister::kecamatanAddRules()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(ErrorCode, error);
    QFETCH(QString, message);
    Office o;
    const Snapshot before = Snapshot::of(o);
    KecamatanRegister kecamatan(*o.vault);
    auto added = kecamatan.add(o.budi, code, name);
    if (error == ErrorCode::None) {
        QVERIFY2(added.ok(), qPrintable(added.error().untranslatedMessage()));
        QCOMPARE(added.value().code, code.trimmed());
        QCOMPARE(added.value().name, name.simplified());
        QCOMPARE(kecamatan.list().value().size(), 12);
        QCOMPARE(kecamatan.list().value().last().code, code.trimmed());
        QCOMPARE(o.lastLogEntry().action, QStringLiteral("kecamatan.added"));
        QCOMPARE(o.lastLogEntry().target, QStringLiteral("kecamatan:%1").arg(code.trimmed()));
        // And accounts can be recorded for it.
        QVERIFY(Accounts(*o.vault)
                    .add(o.budi, newAccount(code.trimmed(), Platform::Instagram, QStringLiteral("panwaslu_baru")))
                    .ok());
        return;
    }
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code(), error);
    QVERIFY2(added.error().untranslatedMessage().contains(message), qPrintable(added.error().untranslatedMessage()));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
}

void TestRegister::kecamatanContacts()
{
    Office o;
    KecamatanRegister kecamatan(*o.vault);
    auto updated = kecamatan.setContacts(o.budi, QStringLiteral("72.05.01"), QStringLiteral(" Jl.  Trans Sulawesi "),
                                         QStringLiteral(" 0812-1111-2222 "), QStringLiteral("momunu@bawaslu.go.id"));
    QVERIFY2(updated.ok(), qPrintable(updated.error().untranslatedMessage()));
    QCOMPARE(updated.value().address, QStringLiteral("Jl. Trans Sulawesi"));
    QCOMPARE(updated.value().phone, QStringLiteral("0812-1111-2222"));
    QCOMPARE(updated.value().email, QStringLiteral("momunu@bawaslu.go.id"));
    QCOMPARE(o.lastLogEntry().action, QStringLiteral("kecamatan.updated"));
    const Snapshot before = Snapshot::of(o);
    QCOMPARE(
        kecamatan.setContacts(o.budi, QStringLiteral("72.05.01"), {}, QStringLiteral("telepon"), {}).error().code(),
        ErrorCode::InvalidInput);
    QCOMPARE(
        kecamatan.setContacts(o.budi, QStringLiteral("72.05.01"), {}, {}, QStringLiteral("bukan surel")).error().code(),
        ErrorCode::InvalidInput);
    QCOMPARE(kecamatan.setContacts(o.budi, QStringLiteral("72.05.99"), {}, {}, {}).error().code(), ErrorCode::NotFound);
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
    QCOMPARE(kecamatan.find(QStringLiteral("72.05.01")).value().phone, QStringLiteral("0812-1111-2222"));
}

void TestRegister::kecamatanRetireRules()
{
    Office o;
    KecamatanRegister kecamatan(*o.vault);
    const QString code = QStringLiteral("72.05.11");
    const Account active =
        o.addAccount(newAccount(code, Platform::Instagram, QStringLiteral("panwaslu_paleleh_barat")));
    const Account suspended = o.addAccount(newAccount(code, Platform::X, QStringLiteral("PwPalelehBarat")));
    o.changeStatus(suspended.id, AccountStatus::Suspended);
    NewAccount request = newAccount(code, Platform::TikTok, QStringLiteral("pw.paleleh.barat"));
    request.status = AccountStatus::Requested;
    o.addAccount(request);

    // Live (active or suspended) accounts keep a kecamatan in use.
    Snapshot before = Snapshot::of(o);
    auto refused = kecamatan.retire(o.budi, code, QStringLiteral("pemekaran wilayah"));
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.error().untranslatedMessage().contains(QStringLiteral("(2)")),
             qPrintable(refused.error().untranslatedMessage()));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
    o.changeStatus(active.id, AccountStatus::Deactivated);
    QCOMPARE(kecamatan.retire(o.budi, code, QStringLiteral("pemekaran wilayah")).error().code(),
             ErrorCode::InvalidInput);
    o.changeStatus(suspended.id, AccountStatus::Deactivated);

    before = Snapshot::of(o);
    QCOMPARE(kecamatan.retire(o.budi, code, QStringLiteral("   ")).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(kecamatan.retire(o.budi, QStringLiteral("72.05.99"), QStringLiteral("x")).error().code(),
             ErrorCode::NotFound);
    COMPARE_SNAPSHOT(Snapshot::of(o), before);

    auto retired = kecamatan.retire(o.budi, code, QStringLiteral("  pemekaran   wilayah "));
    QVERIFY2(retired.ok(), qPrintable(retired.error().untranslatedMessage()));
    QVERIFY(retired.value().retired());
    QCOMPARE(retired.value().retiredAt, o.t.clock.nowUtc());
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("kecamatan.retired"));
    QCOMPARE(entry.target, QStringLiteral("kecamatan:72.05.11"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("reason")).toString(), QStringLiteral("pemekaran wilayah"));

    before = Snapshot::of(o);
    QCOMPARE(kecamatan.retire(o.budi, code, QStringLiteral("lagi")).error().code(), ErrorCode::InvalidInput);
    // A retired kecamatan takes no new accounts.
    auto added =
        Accounts(*o.vault).add(o.budi, newAccount(code, Platform::YouTube, QStringLiteral("pw-paleleh-barat")));
    QCOMPARE(added.error().code(), ErrorCode::InvalidInput);
    QVERIFY(added.error().untranslatedMessage().contains(QStringLiteral("Paleleh Barat has been retired")));
    COMPARE_SNAPSHOT(Snapshot::of(o), before);

    // Never deleted: it stays in the register with its accounts, only out of the list in use.
    QCOMPARE(o.rows("kecamatan"), 11);
    auto all = kecamatan.list(true);
    QCOMPARE(all.value().size(), 11);
    QCOMPARE(all.value().last().code, code);
    QCOMPARE(all.value().last().accountCount, 3);
    QVERIFY(all.value().last().retired());
    auto inUse = kecamatan.list(false);
    QCOMPARE(inUse.value().size(), 10);
    QVERIFY(std::none_of(inUse.value().begin(), inUse.value().end(),
                         [&](const KecamatanRecord &record) { return record.code == code; }));
    auto accounts = Accounts(*o.vault).list({.kecamatanCode = code});
    QCOMPARE(accounts.value().size(), 3);
    QCOMPARE(accounts.value().first().kecamatanName, QStringLiteral("Paleleh Barat"));
    // Its accounts still move on: a deactivated one can be closed.
    QCOMPARE(o.changeStatus(active.id, AccountStatus::Closed).status, AccountStatus::Closed);
}

void TestRegister::officeSettingsAreNormalised()
{
    Office o;
    OfficeSettings settings(*o.vault);
    OfficeDetails details = settings.get().value();
    details.address = QStringLiteral("Jl. Syarif Mansyur No. 1, Buol");
    details.phone = QStringLiteral("0445-21000");
    details.email = QStringLiteral("set.buol@bawaslu.go.id");
    details.headName = QStringLiteral("Moh. Rizal");
    details.emailDomains = {QStringLiteral(" @Buol.Bawaslu.GO.id "),
                            QStringLiteral("bawaslu.go.id"),
                            QStringLiteral("BAWASLU.GO.ID"),
                            QStringLiteral(""),
                            QStringLiteral("@"),
                            QStringLiteral("bukan domain")};
    details.phoneNumbers = {QStringLiteral("0812-3456-7890"), QStringLiteral("+62 812 3456 7890"),
                            QStringLiteral("(0445) 21000"), QStringLiteral("---")};
    const qint64 logBefore = o.logCount();
    const Status saved = settings.set(o.siti, details);
    QVERIFY2(saved.ok(), qPrintable(saved.error().untranslatedMessage()));
    const OfficeDetails stored = settings.get().value();
    QCOMPARE(stored.emailDomains, (QStringList{QStringLiteral("buol.bawaslu.go.id"), QStringLiteral("bawaslu.go.id")}));
    QCOMPARE(stored.phoneNumbers, (QStringList{QStringLiteral("6281234567890"), QStringLiteral("6244521000")}));
    QCOMPARE(stored.name, QStringLiteral("Bawaslu Kabupaten Buol"));
    QCOMPARE(stored.address, details.address);
    QCOMPARE(stored.headName, QStringLiteral("Moh. Rizal"));
    QCOMPARE(stored.email, details.email);
    QCOMPARE(o.logCount(), logBefore + 1);
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("office.updated"));
    QCOMPARE(entry.officer, QStringLiteral("Siti"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("emailDomains")).toString(),
             QStringLiteral("buol.bawaslu.go.id,bawaslu.go.id"));
    // Survives closing the vault.
    o.reopen();
    QCOMPARE(OfficeSettings(*o.vault).get().value().phoneNumbers, stored.phoneNumbers);
    QCOMPARE(normalizedPhone(QStringLiteral("+62 812-3456-7890")), QStringLiteral("6281234567890"));
    QCOMPARE(normalizedPhone(QStringLiteral("0812 3456 7890")), QStringLiteral("6281234567890"));
}

void TestRegister::officeSettingsRefusals()
{
    Office o;
    OfficeSettings settings(*o.vault);
    const OfficeDetails original = settings.get().value();
    const Snapshot before = Snapshot::of(o);
    OfficeDetails noName = original;
    noName.name = QStringLiteral("  ");
    QCOMPARE(settings.set(o.siti, noName).error().code(), ErrorCode::InvalidInput);
    OfficeDetails badEmail = original;
    badEmail.email = QStringLiteral("kantor bawaslu");
    QCOMPARE(settings.set(o.siti, badEmail).error().code(), ErrorCode::InvalidInput);
    OfficeDetails badPhone = original;
    badPhone.phone = QStringLiteral("nomor kantor");
    QCOMPARE(settings.set(o.siti, badPhone).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(settings.set(o.budi, original).error().code(), ErrorCode::PermissionDenied);
    COMPARE_SNAPSHOT(Snapshot::of(o), before);
    QCOMPARE(settings.get().value().name, original.name);
}

void TestRegister::listFiltersAndSearch()
{
    Office o;
    NewAccount a = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    a.displayName = QStringLiteral("Panwaslu Kecamatan Momunu");
    a.email = QStringLiteral("momunu@bawaslu.go.id");
    const Account momunuIg = o.addAccount(a);
    NewAccount b = newAccount(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("PwMomunu"));
    b.phone = QStringLiteral("0812-7777-1234");
    const Account momunuX = o.addAccount(b);
    NewAccount c = newAccount(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("pw_lakea"));
    c.status = AccountStatus::Requested;
    const Account lakea = o.addAccount(c);
    const Account bokat =
        o.addAccount(newAccount(QStringLiteral("72.05.03"), Platform::TikTok, QStringLiteral("pw.bokat")));
    o.changeStatus(bokat.id, AccountStatus::Suspended);

    auto ids = [&](const AccountFilter &filter) {
        QList<qint64> result;
        const auto accounts = Accounts(*o.vault).list(filter);
        for (const Account &account : accounts.value()) {
            result << account.id;
        }
        std::sort(result.begin(), result.end());
        return result;
    };
    QCOMPARE(ids({}), (QList<qint64>{momunuIg.id, momunuX.id, lakea.id, bokat.id}));
    QCOMPARE(ids({.kecamatanCode = QStringLiteral("72.05.01")}), (QList<qint64>{momunuIg.id, momunuX.id}));
    QCOMPARE(ids({.platform = Platform::Instagram}), (QList<qint64>{momunuIg.id, lakea.id}));
    QCOMPARE(ids({.status = AccountStatus::Requested}), QList<qint64>{lakea.id});
    QCOMPARE(ids({.status = AccountStatus::Suspended}), QList<qint64>{bokat.id});
    QCOMPARE(ids({.kecamatanCode = QStringLiteral("72.05.01"), .platform = Platform::X}), QList<qint64>{momunuX.id});
    QCOMPARE(ids({.kecamatanCode = QStringLiteral("72.05.09")}), QList<qint64>{});
    // Search: handle, display name, kecamatan name or code, e-mail, phone; without case.
    QCOMPARE(ids({.text = QStringLiteral("MOMUNU")}), (QList<qint64>{momunuIg.id, momunuX.id}));
    QCOMPARE(ids({.text = QStringLiteral("kecamatan momunu")}), QList<qint64>{momunuIg.id});
    QCOMPARE(ids({.text = QStringLiteral("lakea")}), QList<qint64>{lakea.id});
    QCOMPARE(ids({.text = QStringLiteral("72.05.03")}), QList<qint64>{bokat.id});
    QCOMPARE(ids({.text = QStringLiteral("momunu@bawaslu")}), QList<qint64>{momunuIg.id});
    QCOMPARE(ids({.text = QStringLiteral("7777")}), QList<qint64>{momunuX.id});
    // "_" and "%" are letters in a search, not wildcards.
    QCOMPARE(ids({.text = QStringLiteral("pw_")}), QList<qint64>{lakea.id});
    QCOMPARE(ids({.text = QStringLiteral("%")}), QList<qint64>{});
    QCOMPARE(ids({.text = QStringLiteral("momunu"), .limit = 1}).size(), 1);
}

void TestRegister::reviewIsRecorded()
{
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    o.t.clock.set(QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc()));
    auto reviewed = Accounts(*o.vault).markReviewed(o.budi, account.id);
    QVERIFY(reviewed.ok());
    QCOMPARE(reviewed.value().lastReviewedOn, date(2025, 3, 1));
    QCOMPARE(o.lastLogEntry().action, QStringLiteral("account.reviewed"));
    QCOMPARE(Accounts(*o.vault).markReviewed(o.budi, account.id + 1).error().code(), ErrorCode::NotFound);
}

void TestRegister::editChangesDetailsAndLogsEachField()
{
    Office o;
    const Term term = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 1, 14), date(2024, 12, 31));
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.email = QStringLiteral("humas@gmail.com");
    const Account account = o.addAccount(spec);
    AccountChanges changes;
    changes.email = QStringLiteral(" momunu@bawaslu.go.id ");
    changes.twoFactor = TwoFactorMethod::AuthenticatorApp;
    changes.nature = AccountNature::Permanent;
    changes.holder = QStringLiteral("  Kantor   Bawaslu Buol ");
    changes.termId = term.id;
    auto edited = Accounts(*o.vault).update(o.budi, account.id, changes);
    QVERIFY2(edited.ok(), qPrintable(edited.error().untranslatedMessage()));
    QCOMPARE(edited.value().email, QStringLiteral("momunu@bawaslu.go.id"));
    QCOMPARE(edited.value().twoFactor, TwoFactorMethod::AuthenticatorApp);
    QCOMPARE(edited.value().nature, AccountNature::Permanent);
    QCOMPARE(edited.value().holder, QStringLiteral("Kantor Bawaslu Buol"));
    QCOMPARE(edited.value().activeUntil, date(2024, 12, 31));
    const LogEntry entry = o.lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("account.updated"));
    const QJsonObject details = entry.detailsObject();
    QCOMPARE(details.value(QStringLiteral("email")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("humas@gmail.com"));
    QCOMPARE(details.value(QStringLiteral("twoFactor")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("app"));
    QVERIFY(!details.contains(QStringLiteral("notes")));

    // A hand-set period wins over the term; dropping it makes the account follow the term again.
    AccountChanges byHand;
    byHand.period = std::pair(date(2024, 2, 1), date(2024, 6, 30));
    QCOMPARE(Accounts(*o.vault).update(o.budi, account.id, byHand).value().activeUntil, date(2024, 6, 30));
    AccountChanges followTerm;
    followTerm.periodFollowsTerm = true;
    auto back = Accounts(*o.vault).update(o.budi, account.id, followTerm);
    QVERIFY(!back.value().periodSetByHand);
    QCOMPARE(back.value().activeUntil, date(2024, 12, 31));

    // Nothing changed: nothing logged.
    const qint64 before = o.logCount();
    QVERIFY(Accounts(*o.vault).update(o.budi, account.id, AccountChanges{}).ok());
    QCOMPARE(o.logCount(), before);
}

void TestRegister::editRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("bad e-mail") << QStringLiteral("email") << ErrorCode::InvalidInput;
    QTest::newRow("bad phone") << QStringLiteral("phone") << ErrorCode::InvalidInput;
    QTest::newRow("unknown term") << QStringLiteral("term") << ErrorCode::NotFound;
    QTest::newRow("period ends before it starts") << QStringLiteral("period") << ErrorCode::InvalidInput;
    QTest::newRow("viewer") << QStringLiteral("viewer") << ErrorCode::PermissionDenied;
    QTest::newRow("no such account") << QStringLiteral("account") << ErrorCode::NotFound;
}

void TestRegister::editRefusals()
{
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    AccountChanges changes;
    Session officer = o.budi;
    qint64 id = account.id;
    if (field == QLatin1String("email")) {
        changes.email = QStringLiteral("humas at bawaslu");
    } else if (field == QLatin1String("phone")) {
        changes.phone = QStringLiteral("nomor kantor");
    } else if (field == QLatin1String("term")) {
        changes.termId = 99;
    } else if (field == QLatin1String("period")) {
        changes.period = std::pair(date(2024, 6, 30), date(2024, 2, 1));
    } else if (field == QLatin1String("viewer")) {
        changes.notes = QStringLiteral("x");
        officer = o.ani;
    } else {
        changes.notes = QStringLiteral("x");
        id = account.id + 100;
    }
    const qint64 before = o.logCount();
    auto refused = Accounts(*o.vault).update(officer, id, changes);
    QCOMPARE(refused.error().code(), code);
    QCOMPARE(o.logCount(), before);
    QCOMPARE(Accounts(*o.vault).find(account.id).value().updatedAt, account.updatedAt);
}

void TestRegister::editResolvesHealthFindings()
{
    Office o;
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = AccountNature::Permanent;
    const Account account = o.addAccount(spec, "Rahasia#2024");
    auto rules = [&] {
        QStringList found;
        for (const Finding &finding : HealthCheck(*o.vault).run(date(2024, 3, 1)).value()) {
            found << finding.rule;
        }
        return found;
    };
    QVERIFY(rules().contains(QStringLiteral("no-2fa")));
    QVERIFY(rules().contains(QStringLiteral("permanent-no-holder")));
    AccountChanges changes;
    changes.twoFactor = TwoFactorMethod::AuthenticatorApp;
    changes.holder = QStringLiteral("Kantor Bawaslu Buol");
    QVERIFY(Accounts(*o.vault).update(o.budi, account.id, changes).ok());
    QVERIFY(!rules().contains(QStringLiteral("no-2fa")));
    QVERIFY(!rules().contains(QStringLiteral("permanent-no-holder")));
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
