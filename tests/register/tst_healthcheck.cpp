// SPDX-License-Identifier: GPL-3.0-or-later
// The health check, rule by rule: each fires in its case and stays quiet in the case next to it.
// The vault's clock is fixed at 2024-02-14 09:00 UTC; HealthCheck::run gets "today" explicitly.
#include "registertesting.h"

#include <core/register/healthcheck.h>
#include <core/register/officesettings.h>

#include <QSet>
#include <core/storage/accountstore.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QDate Created(2024, 2, 14);
const QDate TermStart(2023, 8, 1);
const QDate TermEnd(2024, 12, 31);

// An account that needs nothing: active, in the current term, with 2FA, an office e-mail address,
// its own password set today.
NewAccount healthy(const QString &kecamatan, Platform platform, const QString &handle)
{
    NewAccount spec = newAccount(kecamatan, platform, handle);
    spec.twoFactor = TwoFactorMethod::AuthenticatorApp;
    spec.email = QStringLiteral("%1@buol.bawaslu.go.id").arg(handle.toLower().remove(QLatin1Char('.')));
    return spec;
}

QByteArray passwordFor(const NewAccount &spec)
{
    return QByteArrayLiteral("sandi ") + spec.handle.toUtf8();
}

// Moves an account from active to the status, through allowed transitions.
void bringTo(Office &o, qint64 id, AccountStatus status)
{
    QList<AccountStatus> path;
    switch (status) {
    case AccountStatus::Requested:
    case AccountStatus::Active:
        break;
    case AccountStatus::Suspended:
    case AccountStatus::Deactivated:
    case AccountStatus::Held:
        path = {status};
        break;
    case AccountStatus::Closed:
        path = {AccountStatus::Deactivated, AccountStatus::Closed};
        break;
    }
    for (AccountStatus step : path) {
        o.changeStatus(id, step);
    }
}

struct Checked
{
    QList<Finding> all;

    QList<Finding> of(qint64 accountId, const QString &rule = {}) const
    {
        QList<Finding> found;
        for (const Finding &finding : all) {
            if (finding.accountId == accountId && (rule.isEmpty() || finding.rule == rule)) {
                found << finding;
            }
        }
        return found;
    }
    QStringList rulesOf(qint64 accountId) const
    {
        QStringList rules;
        for (const Finding &finding : of(accountId)) {
            rules << finding.rule;
        }
        return rules;
    }
};

Checked check(Office &o, const QDate &on, const HealthOptions &options = {})
{
    auto findings = HealthCheck(*o.vault).run(on, options);
    if (!findings) {
        qFatal("health check: %s", qPrintable(findings.error().untranslatedMessage()));
    }
    return Checked{findings.value()};
}

// A fresh office with the current term, for one rule's case.
struct Case
{
    Office o;
    Term term;

    Case() { term = o.addTerm(QStringLiteral("Pemilu 2024"), TermStart, TermEnd); }

    Account add(NewAccount spec, bool withPassword = true)
    {
        const QByteArray password = passwordFor(spec);
        return o.addAccount(spec, withPassword ? QByteArrayView(password) : QByteArrayView());
    }
    Account addHealthy(const QString &handle = QStringLiteral("panwaslu_momunu"))
    {
        return add(healthy(QStringLiteral("72.05.01"), Platform::Instagram, handle));
    }
};
} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasATitleAndAnExplanation();
    void severities();
    void aHealthyRegisterHasNoFindings();
    void activePastTerm_data();
    void activePastTerm();
    void activePastTermFollowsExtensionsAndHandSetPeriods();
    void termEndingSoon_data();
    void termEndingSoon();
    void noTwoFactor_data();
    void noTwoFactor();
    void recoveryContactNotTheOffices_data();
    void recoveryContactNotTheOffices();
    void officeContactsAreConfigurable();
    void noPassword();
    void passwordNotChangedSinceTheHandover_data();
    void passwordNotChangedSinceTheHandover();
    void accountHandedOnToTheNextTermIsNotPastItsTerm();
    void passwordOlderThanAYear_data();
    void passwordOlderThanAYear();
    void passwordUsedBySeveralAccounts();
    void permanentAccountWithoutHolder_data();
    void permanentAccountWithoutHolder();
    void yearlyReviewOverdue_data();
    void yearlyReviewOverdue();
    void closedAndDeactivatedAccountsFireNoLiveRule_data();
    void closedAndDeactivatedAccountsFireNoLiveRule();
    void findingsAreSortedCriticalFirst();
    void findingsNameTheAccountAndKecamatan();
};

void TestHealthCheck::everyRuleHasATitleAndAnExplanation()
{
    const QStringList rules = allRules();
    QCOMPARE(rules,
             (QStringList{QStringLiteral("active-past-term"), QStringLiteral("term-ending-soon"),
                          QStringLiteral("no-2fa"), QStringLiteral("contact-not-office"), QStringLiteral("no-password"),
                          QStringLiteral("password-not-rotated"), QStringLiteral("password-old"),
                          QStringLiteral("password-reused"), QStringLiteral("permanent-no-holder"),
                          QStringLiteral("recovery-without-passwords"), QStringLiteral("review-overdue"),
                          QStringLiteral("no-recent-backup"), QStringLiteral("backup-folder-unavailable")}));
    QSet<QString> titles;
    for (const QString &rule : rules) {
        const QString title = ruleTitle(rule);
        QVERIFY2(!title.isEmpty() && title != rule, qPrintable(rule));
        QVERIFY2(ruleExplanation(rule).size() > 40, qPrintable(rule));
        QVERIFY2(ruleExplanation(rule).endsWith(QLatin1Char('.')), qPrintable(rule));
        titles.insert(title);
    }
    QCOMPARE(titles.size(), rules.size());
    QCOMPARE(ruleTitle(QStringLiteral("no-such-rule")), QStringLiteral("no-such-rule"));
    QVERIFY(ruleExplanation(QStringLiteral("no-such-rule")).isEmpty());
}

void TestHealthCheck::severities()
{
    QCOMPARE(severityId(Finding::Severity::Critical), QStringLiteral("critical"));
    QCOMPARE(severityId(Finding::Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityId(Finding::Severity::Info), QStringLiteral("info"));
    for (auto severity : {Finding::Severity::Critical, Finding::Severity::Warning, Finding::Severity::Info}) {
        QVERIFY(!severityDisplayName(severity).isEmpty());
    }
}

void TestHealthCheck::aHealthyRegisterHasNoFindings()
{
    Case c;
    c.addHealthy();
    NewAccount permanent = healthy(QStringLiteral("72.05.02"), Platform::YouTube, QStringLiteral("bawaslu-buol"));
    permanent.nature = AccountNature::Permanent;
    permanent.holder = QStringLiteral("Sekretariat Bawaslu Buol");
    permanent.phone = QStringLiteral("0812-3456-7890");
    c.add(permanent);
    const Checked checked = check(c.o, Created);
    QVERIFY2(checked.all.isEmpty(), qPrintable(checked.all.isEmpty() ? QString() : checked.all.first().rule));
    QVERIFY(check(c.o, TermEnd.addDays(-31)).all.isEmpty());
}

void TestHealthCheck::activePastTerm_data()
{
    QTest::addColumn<AccountStatus>("status");
    QTest::addColumn<AccountNature>("nature");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("fires");
    const QDate dayAfter = TermEnd.addDays(1);
    QTest::newRow("active, the day after the end")
        << AccountStatus::Active << AccountNature::TermBound << dayAfter << true;
    QTest::newRow("active, months later")
        << AccountStatus::Active << AccountNature::TermBound << QDate(2025, 6, 1) << true;
    QTest::newRow("suspended, the day after")
        << AccountStatus::Suspended << AccountNature::TermBound << dayAfter << true;
    QTest::newRow("permanent and active, the day after")
        << AccountStatus::Active << AccountNature::Permanent << dayAfter << true;
    QTest::newRow("active, on the last day") << AccountStatus::Active << AccountNature::TermBound << TermEnd << false;
    QTest::newRow("deactivated") << AccountStatus::Deactivated << AccountNature::TermBound << dayAfter << false;
    QTest::newRow("held by the office") << AccountStatus::Held << AccountNature::Permanent << dayAfter << false;
    QTest::newRow("requested") << AccountStatus::Requested << AccountNature::TermBound << dayAfter << false;
    QTest::newRow("closed") << AccountStatus::Closed << AccountNature::TermBound << dayAfter << false;
}

void TestHealthCheck::activePastTerm()
{
    QFETCH(AccountStatus, status);
    QFETCH(AccountNature, nature);
    QFETCH(QDate, today);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = nature;
    spec.holder = QStringLiteral("Ketua Panwaslu Momunu");
    spec.status = status == AccountStatus::Requested ? AccountStatus::Requested : AccountStatus::Active;
    const Account account = c.add(spec);
    bringTo(c.o, account.id, status);
    const QList<Finding> found = check(c.o, today).of(account.id, QStringLiteral("active-past-term"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Critical);
        QVERIFY2(found.first().message.contains(QStringLiteral("2024-12-31")), qPrintable(found.first().message));
        QVERIFY2(found.first().message.contains(QString::number(TermEnd.daysTo(today))),
                 qPrintable(found.first().message));
    }
}

void TestHealthCheck::activePastTermFollowsExtensionsAndHandSetPeriods()
{
    Case c;
    const Account account = c.addHealthy();
    const QDate dayAfter = TermEnd.addDays(1);
    QCOMPARE(check(c.o, dayAfter).of(account.id, QStringLiteral("active-past-term")).size(), 1);
    QVERIFY(Terms(*c.o.vault).extend(c.o.budi, c.term.id, QDate(2025, 3, 31), QStringLiteral("SK 1/2025")).ok());
    QVERIFY(check(c.o, dayAfter).of(account.id, QStringLiteral("active-past-term")).isEmpty());
    QCOMPARE(check(c.o, QDate(2025, 4, 1)).of(account.id, QStringLiteral("active-past-term")).size(), 1);
    // A period set by hand counts instead of the term's.
    Storage::AccountStore store(c.o.vault->database());
    Account byHand = store.find(account.id).value();
    byHand.activeUntil = QDate(2024, 2, 1);
    byHand.periodSetByHand = true;
    QVERIFY(store.update(byHand).ok());
    QCOMPARE(check(c.o, Created).of(account.id, QStringLiteral("active-past-term")).size(), 1);
    // Without a term or a period, there is no end to be past.
    NewAccount noTerm = healthy(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea"));
    c.o.addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 8, 1), QDate(2019, 12, 31));
    c.o.t.clock.set(QDateTime(QDate(2020, 6, 1), QTime(9, 0), QTimeZone::utc())); // no term covers this day
    const Account unbound = c.add(noTerm);
    QCOMPARE(unbound.termId, 0);
    QVERIFY(check(c.o, QDate(2020, 6, 2)).of(unbound.id, QStringLiteral("active-past-term")).isEmpty());
}

void TestHealthCheck::termEndingSoon_data()
{
    QTest::addColumn<AccountStatus>("status");
    QTest::addColumn<int>("daysBeforeEnd");
    QTest::addColumn<bool>("fires");
    QTest::newRow("31 days before") << AccountStatus::Active << 31 << false;
    QTest::newRow("30 days before") << AccountStatus::Active << 30 << true;
    QTest::newRow("1 day before") << AccountStatus::Active << 1 << true;
    QTest::newRow("on the last day") << AccountStatus::Active << 0 << true;
    QTest::newRow("suspended, 10 days before") << AccountStatus::Suspended << 10 << true;
    QTest::newRow("after the end: past term instead") << AccountStatus::Active << -1 << false;
    QTest::newRow("deactivated, 10 days before") << AccountStatus::Deactivated << 10 << false;
    QTest::newRow("requested, 10 days before") << AccountStatus::Requested << 10 << false;
    QTest::newRow("closed, 10 days before") << AccountStatus::Closed << 10 << false;
}

void TestHealthCheck::termEndingSoon()
{
    QFETCH(AccountStatus, status);
    QFETCH(int, daysBeforeEnd);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.status = status == AccountStatus::Requested ? AccountStatus::Requested : AccountStatus::Active;
    const Account account = c.add(spec);
    bringTo(c.o, account.id, status);
    const QDate today = TermEnd.addDays(-daysBeforeEnd);
    const QList<Finding> found = check(c.o, today).of(account.id, QStringLiteral("term-ending-soon"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
        QVERIFY(found.first().message.contains(QStringLiteral("2024-12-31")));
    }
    // The window is an option.
    if (daysBeforeEnd == 31) {
        HealthOptions wider;
        wider.endingSoonDays = 45;
        QCOMPARE(check(c.o, today, wider).of(account.id, QStringLiteral("term-ending-soon")).size(), 1);
    }
}

void TestHealthCheck::noTwoFactor_data()
{
    QTest::addColumn<TwoFactorMethod>("method");
    QTest::addColumn<AccountStatus>("status");
    QTest::addColumn<bool>("fires");
    QTest::newRow("none, active") << TwoFactorMethod::None << AccountStatus::Active << true;
    QTest::newRow("none, suspended") << TwoFactorMethod::None << AccountStatus::Suspended << true;
    QTest::newRow("none, held") << TwoFactorMethod::None << AccountStatus::Held << true;
    QTest::newRow("none, requested") << TwoFactorMethod::None << AccountStatus::Requested << false;
    QTest::newRow("none, deactivated") << TwoFactorMethod::None << AccountStatus::Deactivated << false;
    QTest::newRow("none, closed") << TwoFactorMethod::None << AccountStatus::Closed << false;
    QTest::newRow("sms") << TwoFactorMethod::Sms << AccountStatus::Active << false;
    QTest::newRow("app") << TwoFactorMethod::AuthenticatorApp << AccountStatus::Active << false;
    QTest::newRow("email") << TwoFactorMethod::Email << AccountStatus::Active << false;
    QTest::newRow("security key") << TwoFactorMethod::SecurityKey << AccountStatus::Active << false;
}

void TestHealthCheck::noTwoFactor()
{
    QFETCH(TwoFactorMethod, method);
    QFETCH(AccountStatus, status);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.twoFactor = method;
    spec.nature = AccountNature::Permanent;
    spec.holder = QStringLiteral("Sekretariat");
    spec.status = status == AccountStatus::Requested ? AccountStatus::Requested : AccountStatus::Active;
    const Account account = c.add(spec);
    bringTo(c.o, account.id, status);
    const QList<Finding> found = check(c.o, Created).of(account.id, QStringLiteral("no-2fa"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
    }
}

void TestHealthCheck::recoveryContactNotTheOffices_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("mentions");
    const QString none;
    QTest::newRow("office domain") << QStringLiteral("momunu@bawaslu.go.id") << none << false << none;
    QTest::newRow("office subdomain") << QStringLiteral("momunu@buol.bawaslu.go.id") << none << false << none;
    QTest::newRow("office domain in capitals") << QStringLiteral("Momunu@BAWASLU.GO.ID") << none << false << none;
    QTest::newRow("second office domain") << QStringLiteral("humas@buolkab.go.id") << none << false << none;
    QTest::newRow("gmail") << QStringLiteral("panwascam.momunu@gmail.com") << none << true
                           << QStringLiteral("panwascam.momunu@gmail.com");
    QTest::newRow("look-alike domain") << QStringLiteral("momunu@fakebawaslu.go.id") << none << true
                                       << QStringLiteral("bawaslu.go.id, buolkab.go.id");
    QTest::newRow("office domain as a prefix")
        << QStringLiteral("momunu@bawaslu.go.id.example.com") << none << true << QStringLiteral("example.com");
    QTest::newRow("no e-mail") << none << none << false << none;
    QTest::newRow("office phone") << none << QStringLiteral("0812-0000-1111") << false << none;
    QTest::newRow("office phone written internationally")
        << none << QStringLiteral("+62 812 0000 1111") << false << none;
    QTest::newRow("office landline") << none << QStringLiteral("0445 21000") << false << none;
    QTest::newRow("someone's own phone") << none << QStringLiteral("0813-9999-0000") << true
                                         << QStringLiteral("0813-9999-0000");
}

void TestHealthCheck::recoveryContactNotTheOffices()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(bool, fires);
    QFETCH(QString, mentions);
    Case c;
    OfficeSettings settings(*c.o.vault);
    OfficeDetails office = settings.get().value();
    office.emailDomains = {QStringLiteral("bawaslu.go.id"), QStringLiteral("@BuolKab.go.id")};
    office.phoneNumbers = {QStringLiteral("0812 0000 1111"), QStringLiteral("(0445) 21000")};
    QVERIFY(settings.set(c.o.siti, office).ok());
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.email = email;
    spec.phone = phone;
    const Account account = c.add(spec);
    const QList<Finding> found = check(c.o, Created).of(account.id, QStringLiteral("contact-not-office"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
        QVERIFY2(found.first().message.contains(mentions), qPrintable(found.first().message));
    }
}

void TestHealthCheck::officeContactsAreConfigurable()
{
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.email = QStringLiteral("momunu@gmail.com");
    spec.phone = QStringLiteral("0813-9999-0000");
    const Account account = c.add(spec);
    // The seeded office trusts bawaslu.go.id and has no phone numbers yet: only the e-mail is a finding.
    QList<Finding> found = check(c.o, Created).of(account.id, QStringLiteral("contact-not-office"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QStringLiteral("momunu@gmail.com")));
    // Once the office lists gmail.com and that phone, neither is a finding; with another phone, the phone is.
    OfficeSettings settings(*c.o.vault);
    OfficeDetails office = settings.get().value();
    office.emailDomains << QStringLiteral("gmail.com");
    office.phoneNumbers = {QStringLiteral("+62 813 9999 0000")};
    QVERIFY(settings.set(c.o.siti, office).ok());
    QVERIFY(check(c.o, Created).of(account.id, QStringLiteral("contact-not-office")).isEmpty());
    office.phoneNumbers = {QStringLiteral("0812-0000-1111")};
    QVERIFY(settings.set(c.o.siti, office).ok());
    found = check(c.o, Created).of(account.id, QStringLiteral("contact-not-office"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QStringLiteral("0813-9999-0000")));
    // No office domains at all: e-mail addresses are not judged.
    office.emailDomains.clear();
    office.phoneNumbers.clear();
    QVERIFY(settings.set(c.o.siti, office).ok());
    QVERIFY(check(c.o, Created).of(account.id, QStringLiteral("contact-not-office")).isEmpty());
}

void TestHealthCheck::noPassword()
{
    Case c;
    const Account without =
        c.add(healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), false);
    const Account with = c.addHealthy(QStringLiteral("panwaslu_lakea"));
    QList<Finding> found = check(c.o, Created).of(without.id, QStringLiteral("no-password"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Warning);
    QVERIFY(check(c.o, Created).of(with.id, QStringLiteral("no-password")).isEmpty());
    // Other secrets are not a password.
    QVERIFY(Secrets(*c.o.vault)
                .set(c.o.budi, without.id, SecretKind::EmailPassword, secret("surel"), QStringLiteral("surel"))
                .ok());
    QCOMPARE(check(c.o, Created).of(without.id, QStringLiteral("no-password")).size(), 1);
    QVERIFY(Secrets(*c.o.vault)
                .set(c.o.budi, without.id, SecretKind::Password, secret("baru"), QStringLiteral("ada"))
                .ok());
    QVERIFY(check(c.o, Created).of(without.id, QStringLiteral("no-password")).isEmpty());
}

void TestHealthCheck::passwordNotChangedSinceTheHandover_data()
{
    QTest::addColumn<QList<AccountStatus>>("path");
    QTest::addColumn<bool>("changedAfterwards");
    QTest::addColumn<bool>("fires");
    using S = AccountStatus;
    QTest::newRow("taken back by the office") << QList<S>{S::Held} << false << true;
    QTest::newRow("taken back, password changed") << QList<S>{S::Held} << true << false;
    QTest::newRow("handed on to the next committee") << QList<S>{S::Held, S::Active} << false << true;
    QTest::newRow("handed on, password changed") << QList<S>{S::Held, S::Active} << true << false;
    QTest::newRow("active again for a new term") << QList<S>{S::Deactivated, S::Active} << false << true;
    QTest::newRow("new term, password changed") << QList<S>{S::Deactivated, S::Active} << true << false;
    QTest::newRow("suspended and back: no handover") << QList<S>{S::Suspended, S::Active} << false << false;
    QTest::newRow("no change of hands") << QList<S>{} << false << false;
}

void TestHealthCheck::passwordNotChangedSinceTheHandover()
{
    QFETCH(QList<AccountStatus>, path);
    QFETCH(bool, changedAfterwards);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = AccountNature::Permanent;
    spec.holder = QStringLiteral("Sekretariat");
    const Account account = c.add(spec);
    for (AccountStatus step : path) {
        c.o.t.clock.advance(24 * 3600 * 1000);
        c.o.changeStatus(account.id, step, QStringLiteral("serah terima"));
    }
    if (changedAfterwards) {
        c.o.t.clock.advance(3600 * 1000);
        QVERIFY(Secrets(*c.o.vault)
                    .set(c.o.budi, account.id, SecretKind::Password, secret("sandi baru"), QStringLiteral("rotasi"))
                    .ok());
    }
    const QDate today = c.o.t.clock.nowUtc().date();
    const Checked checked = check(c.o, today);
    const QList<Finding> found = checked.of(account.id, QStringLiteral("password-not-rotated"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
        QVERIFY2(found.first().message.contains(QStringLiteral("2024-02-14")), qPrintable(found.first().message));
    }
    QVERIFY(checked.of(account.id, QStringLiteral("password-old")).isEmpty());
}

void TestHealthCheck::accountHandedOnToTheNextTermIsNotPastItsTerm()
{
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = AccountNature::Permanent;
    spec.holder = QStringLiteral("Ketua Panwaslu Momunu");
    const Account account = c.add(spec);
    c.o.t.clock.set(QDateTime(TermEnd.addDays(1), QTime(9, 0), QTimeZone::utc()));
    c.o.changeStatus(account.id, AccountStatus::Held, QStringLiteral("masa tugas berakhir"));
    QVERIFY(check(c.o, TermEnd.addDays(1)).of(account.id, QStringLiteral("active-past-term")).isEmpty());
    c.o.addTerm(QStringLiteral("Masa tugas 2025"), QDate(2025, 1, 10), QDate(2025, 12, 31));
    c.o.t.clock.set(QDateTime(QDate(2025, 1, 20), QTime(9, 0), QTimeZone::utc()));
    c.o.changeStatus(account.id, AccountStatus::Active, QStringLiteral("serah terima ke panwaslu baru"));
    const Checked checked = check(c.o, QDate(2025, 1, 20));
    QVERIFY2(checked.of(account.id, QStringLiteral("active-past-term")).isEmpty(),
             qPrintable(checked.rulesOf(account.id).join(QLatin1Char(','))));
    // What it does still need: a password the previous committee does not know.
    QCOMPARE(checked.of(account.id, QStringLiteral("password-not-rotated")).size(), 1);
}

void TestHealthCheck::passwordOlderThanAYear_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("fires");
    QTest::newRow("set today") << 0 << false;
    QTest::newRow("365 days old") << 365 << false;
    QTest::newRow("366 days old") << 366 << true;
    QTest::newRow("two years old") << 730 << true;
}

void TestHealthCheck::passwordOlderThanAYear()
{
    QFETCH(int, age);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    const Account account = c.add(spec);
    const QList<Finding> found = check(c.o, Created.addDays(age)).of(account.id, QStringLiteral("password-old"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
        QVERIFY(found.first().message.contains(QStringLiteral("2024-02-14")));
        // A new password ends it.
        c.o.t.clock.set(QDateTime(Created.addDays(age), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(Secrets(*c.o.vault)
                    .set(c.o.budi, account.id, SecretKind::Password, secret("sandi tahunan"), QStringLiteral("rotasi"))
                    .ok());
        QVERIFY(check(c.o, Created.addDays(age)).of(account.id, QStringLiteral("password-old")).isEmpty());
    }
    // The limit is an option.
    HealthOptions strict;
    strict.passwordMaxAgeDays = 30;
    QCOMPARE(check(c.o, Created.addDays(31), strict).of(account.id, QStringLiteral("password-old")).size(),
             fires ? 0 : 1);
}

void TestHealthCheck::passwordUsedBySeveralAccounts()
{
    Case c;
    const Account a = c.o.addAccount(
        healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), "SandiSama#1");
    const Account b =
        c.o.addAccount(healthy(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea")), "SandiSama#1");
    const Account d = c.o.addAccount(healthy(QStringLiteral("72.05.03"), Platform::TikTok, QStringLiteral("pw.bokat")),
                                     "SandiSama#1");
    const Account own = c.addHealthy(QStringLiteral("panwaslu_bunobogu"));
    Checked checked = check(c.o, Created);
    for (const Account &shared : {a, b, d}) {
        const QList<Finding> found = checked.of(shared.id, QStringLiteral("password-reused"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
        // It names the other accounts, not itself.
        for (const Account &other : {a, b, d}) {
            QCOMPARE(found.first().message.contains(QStringLiteral("(%1)").arg(other.id)), other.id != shared.id);
        }
    }
    QVERIFY(checked.of(own.id, QStringLiteral("password-reused")).isEmpty());
    // Changing two of the three leaves none shared.
    QVERIFY(
        Secrets(*c.o.vault).set(c.o.budi, b.id, SecretKind::Password, secret("Lakea#2"), QStringLiteral("unik")).ok());
    checked = check(c.o, Created);
    QCOMPARE(checked.of(a.id, QStringLiteral("password-reused")).size(), 1);
    QVERIFY(checked.of(b.id, QStringLiteral("password-reused")).isEmpty());
    QVERIFY(
        Secrets(*c.o.vault).set(c.o.budi, d.id, SecretKind::Password, secret("Bokat#2"), QStringLiteral("unik")).ok());
    checked = check(c.o, Created);
    for (const Account &account : {a, b, d, own}) {
        QVERIFY(checked.of(account.id, QStringLiteral("password-reused")).isEmpty());
    }
}

void TestHealthCheck::permanentAccountWithoutHolder_data()
{
    QTest::addColumn<AccountNature>("nature");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<AccountStatus>("status");
    QTest::addColumn<bool>("fires");
    const QString nobody;
    const QString someone = QStringLiteral("Ketua Panwaslu Momunu");
    QTest::newRow("permanent, nobody") << AccountNature::Permanent << nobody << AccountStatus::Active << true;
    QTest::newRow("permanent, held by the office, nobody")
        << AccountNature::Permanent << nobody << AccountStatus::Held << true;
    QTest::newRow("permanent, someone") << AccountNature::Permanent << someone << AccountStatus::Active << false;
    QTest::newRow("permanent, spaces only")
        << AccountNature::Permanent << QStringLiteral("   ") << AccountStatus::Active << true;
    QTest::newRow("term-bound, nobody") << AccountNature::TermBound << nobody << AccountStatus::Active << false;
    QTest::newRow("permanent, deactivated, nobody")
        << AccountNature::Permanent << nobody << AccountStatus::Deactivated << false;
    QTest::newRow("permanent, closed, nobody") << AccountNature::Permanent << nobody << AccountStatus::Closed << false;
}

void TestHealthCheck::permanentAccountWithoutHolder()
{
    QFETCH(AccountNature, nature);
    QFETCH(QString, holder);
    QFETCH(AccountStatus, status);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = nature;
    spec.holder = holder;
    const Account account = c.add(spec);
    bringTo(c.o, account.id, status);
    const QList<Finding> found = check(c.o, Created).of(account.id, QStringLiteral("permanent-no-holder"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Warning);
    }
}

void TestHealthCheck::yearlyReviewOverdue_data()
{
    QTest::addColumn<int>("reviewedAfterDays"); // -1: never reviewed
    QTest::addColumn<int>("checkedAfterDays");
    QTest::addColumn<bool>("fires");
    QTest::newRow("never reviewed, 365 days after recording") << -1 << 365 << false;
    QTest::newRow("never reviewed, 366 days after recording") << -1 << 366 << true;
    QTest::newRow("reviewed after 200 days, checked at 366") << 200 << 366 << false;
    QTest::newRow("reviewed after 200 days, checked at 565") << 200 << 565 << false;
    QTest::newRow("reviewed after 200 days, checked at 566") << 200 << 566 << true;
}

void TestHealthCheck::yearlyReviewOverdue()
{
    QFETCH(int, reviewedAfterDays);
    QFETCH(int, checkedAfterDays);
    QFETCH(bool, fires);
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.nature = AccountNature::Permanent;
    spec.holder = QStringLiteral("Sekretariat");
    const Account account = c.add(spec);
    if (reviewedAfterDays >= 0) {
        c.o.t.clock.set(QDateTime(Created.addDays(reviewedAfterDays), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(Accounts(*c.o.vault).markReviewed(c.o.budi, account.id).ok());
    }
    const QList<Finding> found =
        check(c.o, Created.addDays(checkedAfterDays)).of(account.id, QStringLiteral("review-overdue"));
    QCOMPARE(found.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(found.first().severity, Finding::Severity::Info);
        QVERIFY2(found.first().message.contains(reviewedAfterDays < 0
                                                    ? QStringLiteral("2024-02-14")
                                                    : Created.addDays(reviewedAfterDays).toString(Qt::ISODate)),
                 qPrintable(found.first().message));
    }
}

void TestHealthCheck::closedAndDeactivatedAccountsFireNoLiveRule_data()
{
    QTest::addColumn<AccountStatus>("status");
    QTest::newRow("deactivated") << AccountStatus::Deactivated;
    QTest::newRow("closed") << AccountStatus::Closed;
    QTest::newRow("requested") << AccountStatus::Requested;
}

void TestHealthCheck::closedAndDeactivatedAccountsFireNoLiveRule()
{
    QFETCH(AccountStatus, status);
    Case c;
    // Everything that could be wrong is wrong: past its term, no 2FA, a private e-mail, no password,
    // permanent without holder, never reviewed.
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    spec.email = QStringLiteral("momunu@gmail.com");
    spec.nature = AccountNature::Permanent;
    spec.status = status == AccountStatus::Requested ? AccountStatus::Requested : AccountStatus::Active;
    const Account account = c.add(spec, false);
    bringTo(c.o, account.id, status);
    const QDate longAfter(2026, 6, 1);
    QVERIFY2(check(c.o, longAfter).of(account.id).isEmpty(),
             qPrintable(check(c.o, longAfter).rulesOf(account.id).join(QLatin1Char(','))));
    // The same account while live has them all.
    Case live;
    const Account same = live.add(spec, false);
    const QStringList rules = check(live.o, longAfter).rulesOf(same.id);
    for (const char *rule :
         {"active-past-term", "no-2fa", "contact-not-office", "no-password", "permanent-no-holder", "review-overdue"}) {
        QVERIFY2(rules.contains(QLatin1String(rule)) == (spec.status == AccountStatus::Active), rule);
    }
}

void TestHealthCheck::findingsAreSortedCriticalFirst()
{
    Case c;
    // Kecamatan 72.05.03: a warning and an info; 72.05.01: past its term (critical) and warnings.
    NewAccount later = healthy(QStringLiteral("72.05.03"), Platform::Instagram, QStringLiteral("pw_bokat"));
    later.twoFactor = TwoFactorMethod::None;
    const Account bokat = c.add(later);
    NewAccount first = healthy(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    first.twoFactor = TwoFactorMethod::None;
    const Account momunu = c.add(first, false);
    NewAccount second = healthy(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("PwMomunu"));
    second.twoFactor = TwoFactorMethod::None;
    const Account momunuX = c.add(second);
    const Checked checked = check(c.o, QDate(2025, 3, 1));
    QVERIFY(checked.all.size() >= 8);
    QCOMPARE(checked.all.first().severity, Finding::Severity::Critical);
    QCOMPARE(checked.all.last().severity, Finding::Severity::Info);
    for (qsizetype i = 1; i < checked.all.size(); ++i) {
        const Finding &a = checked.all[i - 1];
        const Finding &b = checked.all[i];
        QVERIFY(a.severity <= b.severity);
        if (a.severity == b.severity) {
            QVERIFY(a.kecamatan <= b.kecamatan);
            if (a.kecamatan == b.kecamatan) {
                QVERIFY(a.accountId <= b.accountId);
            }
        }
    }
    // Critical: every account past its term, kecamatan 72.05.01 first.
    QList<qint64> critical;
    for (const Finding &finding : checked.all) {
        if (finding.severity == Finding::Severity::Critical) {
            critical << finding.accountId;
        }
    }
    QCOMPARE(critical, (QList<qint64>{momunu.id, momunuX.id, bokat.id}));
}

void TestHealthCheck::findingsNameTheAccountAndKecamatan()
{
    Case c;
    NewAccount spec = healthy(QStringLiteral("72.05.02"), Platform::Facebook, QStringLiteral("panwaslu.lakea"));
    spec.twoFactor = TwoFactorMethod::None;
    const Account account = c.add(spec);
    const QList<Finding> found = check(c.o, Created).of(account.id);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().rule, QStringLiteral("no-2fa"));
    QCOMPARE(found.first().accountLabel, QStringLiteral("Facebook @panwaslu.lakea"));
    QCOMPARE(found.first().kecamatan, QStringLiteral("72.05.02 Lakea"));
    QVERIFY(!found.first().message.isEmpty());
    // The check reads the register only: nothing is logged or changed by it.
    const qint64 logBefore = c.o.logCount();
    check(c.o, Created);
    QCOMPARE(c.o.logCount(), logBefore);
}

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
