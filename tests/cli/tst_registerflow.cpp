// SPDX-License-Identifier: GPL-3.0-or-later
// One office's register kept through brankas-cli, as a script would: the kecamatan from the
// reference list, terms and an extension, accounts with their passwords, status changes, secrets
// with their history, a two-factor code, the health check and the log. Runs with the real OS
// keychain (inside tests/with-keyring.sh) and the real clock; every invocation costs one scrypt, so
// the steps share one vault and run in order.
#include "../common/clirunner.h"
#include "../common/testvault.h"

#include <core/domain/totp.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Ani = "kata sandi ani";
const QByteArray MomunuPassword = "Momunu#Sandi-2024";
const QByteArray Seed = "JBSWY3DPEHPK3PXP";

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QStringList handles(const QJsonArray &accounts)
{
    QStringList result;
    for (const QJsonValue &account : accounts) {
        result << account.toObject().value(QStringLiteral("handle")).toString();
    }
    return result;
}
} // namespace

class TestRegisterFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kecamatanOfTheRegency();
    void termsAndAnExtension();
    void accountsAreRecorded();
    void badHandleIsRefused();
    void listFiltersAndSearch();
    void showAndStatusChanges();
    void secretsAndTheirHistory();
    void twoFactorCode();
    void healthCheck();
    void logStaysIntactAndViewersSeeNoSecret();

private:
    QStringList as(const char *officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),        QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QString::fromLatin1(officer)} +
               arguments;
    }
    QStringList asSiti(const QStringList &arguments) const { return as("Siti", arguments); }

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
    qint64 m_currentTerm = 0;
    qint64 m_endedTerm = 0;
    QString m_generated;
};

void TestRegisterFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
    m_today = QDate::currentDate();
    Run init =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path, QStringLiteral("init"),
             QStringLiteral("--regency"), QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
            {Admin, Recovery});
    VERIFY_RUN(init);
    Run viewer = cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Ani"),
                             QStringLiteral("--role"), QStringLiteral("viewer")}),
                     {Admin, Ani});
    VERIFY_RUN(viewer);
}

void TestRegisterFlow::kecamatanOfTheRegency()
{
    Run list = cli(asSiti({QStringLiteral("kecamatan"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(list);
    const QJsonArray kecamatan = json(list).array();
    QCOMPARE(kecamatan.size(), 11);
    QCOMPARE(kecamatan.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("72.05.01"));
    QCOMPARE(kecamatan.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Momunu"));
    QCOMPARE(kecamatan.last().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("72.05.11"));
    QCOMPARE(kecamatan.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Paleleh Barat"));
    for (const QJsonValue &value : kecamatan) {
        QCOMPARE(value.toObject().value(QStringLiteral("accounts")).toInt(), 0);
        QCOMPARE(value.toObject().value(QStringLiteral("retired")).toBool(), false);
    }
}

void TestRegisterFlow::termsAndAnExtension()
{
    Run ended = cli(asSiti({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Pemilu 2019"), QStringLiteral("--from"), QStringLiteral("2018-08-01"),
                            QStringLiteral("--until"), QStringLiteral("2019-12-31")}),
                    {Admin});
    VERIFY_RUN(ended);
    QVERIFY2(ended.out.startsWith(QStringLiteral("Term added: 1 ")), qPrintable(ended.out));
    Run current = cli(asSiti({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Pemilu Berjalan"), QStringLiteral("--from"), iso(m_today.addDays(-100)),
                              QStringLiteral("--until"), iso(m_today.addDays(100))}),
                      {Admin});
    VERIFY_RUN(current);
    Run extend =
        cli(asSiti({QStringLiteral("term"), QStringLiteral("extend"), QStringLiteral("2"), QStringLiteral("--until"),
                    iso(m_today.addDays(200)), QStringLiteral("--basis"), QStringLiteral("SK Bawaslu 12/2026")}),
            {Admin});
    VERIFY_RUN(extend);
    QVERIFY2(extend.out.contains(QStringLiteral("SK Bawaslu 12/2026")), qPrintable(extend.out));
    // An extension that would shorten the term is refused.
    Run backwards =
        cli(asSiti({QStringLiteral("term"), QStringLiteral("extend"), QStringLiteral("2"), QStringLiteral("--until"),
                    iso(m_today.addDays(150)), QStringLiteral("--basis"), QStringLiteral("SK")}),
            {Admin});
    QCOMPARE(backwards.exitCode, 1);
    QCOMPARE(backwards.err.count(QLatin1Char('\n')), 1);

    Run list = cli(asSiti({QStringLiteral("term"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(list);
    const QJsonArray terms = json(list).array();
    QCOMPARE(terms.size(), 2);
    const QJsonObject first = terms[0].toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Pemilu 2019"));
    QCOMPARE(first.value(QStringLiteral("effectiveUntil")).toString(), QStringLiteral("2019-12-31"));
    QVERIFY(first.value(QStringLiteral("extensions")).toArray().isEmpty());
    const QJsonObject second = terms[1].toObject();
    QCOMPARE(second.value(QStringLiteral("until")).toString(), iso(m_today.addDays(100)));
    QCOMPARE(second.value(QStringLiteral("effectiveUntil")).toString(), iso(m_today.addDays(200)));
    const QJsonArray extensions = second.value(QStringLiteral("extensions")).toArray();
    QCOMPARE(extensions.size(), 1);
    QCOMPARE(extensions[0].toObject().value(QStringLiteral("basis")).toString(), QStringLiteral("SK Bawaslu 12/2026"));
    QCOMPARE(extensions[0].toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
    m_endedTerm = first.value(QStringLiteral("id")).toInteger();
    m_currentTerm = second.value(QStringLiteral("id")).toInteger();
}

void TestRegisterFlow::accountsAreRecorded()
{
    // 1: password from the next line of input; the current term by default.
    Run momunu = cli(
        asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                QStringLiteral("--handle"), QStringLiteral("@Panwaslu_Momunu"), QStringLiteral("--email"),
                QStringLiteral("momunu@bawaslu.go.id"), QStringLiteral("--phone"), QStringLiteral("0812-3456-7890")}),
        {Admin, MomunuPassword});
    VERIFY_RUN(momunu);
    QCOMPARE(momunu.out, QStringLiteral("Account 1 recorded: Instagram @Panwaslu_Momunu\n"));
    QVERIFY(!momunu.out.contains(QString::fromUtf8(MomunuPassword)));
    // 2: a generated password, printed once; the term that has ended.
    Run lakea = cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                            QStringLiteral("72.05.02"), QStringLiteral("--platform"), QStringLiteral("twitter"),
                            QStringLiteral("--handle"), QStringLiteral("https://x.com/PwLakea"),
                            QStringLiteral("--term"), QString::number(m_endedTerm), QStringLiteral("--generate")}),
                    {Admin});
    VERIFY_RUN(lakea);
    const QRegularExpressionMatch generated =
        QRegularExpression(QStringLiteral("^Generated password \\(set it on the platform now\\): (\\S+)$"),
                           QRegularExpression::MultilineOption)
            .match(lakea.out);
    QVERIFY2(generated.hasMatch(), qPrintable(lakea.out));
    m_generated = generated.captured(1);
    QVERIFY(m_generated.size() >= 12);
    QCOMPARE(lakea.out.count(m_generated), 1); // printed once, and only on standard output
    QVERIFY(!lakea.err.contains(m_generated));
    QVERIFY(lakea.out.startsWith(QStringLiteral("Account 2 recorded: X (Twitter) @PwLakea\n")));
    // 3: permanent, only requested so far, no password yet (an empty line).
    Run bokat = cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                            QStringLiteral("72.05.03"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                            QStringLiteral("--handle"), QStringLiteral("pw.bokat"), QStringLiteral("--permanent"),
                            QStringLiteral("--status"), QStringLiteral("requested")}),
                    {Admin, QByteArray()});
    VERIFY_RUN(bokat);
    QCOMPARE(bokat.out, QStringLiteral("Account 3 recorded: TikTok @pw.bokat\n"));

    // The generated password is the one kept.
    Run reveal = cli(asSiti({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("2")}), {Admin});
    VERIFY_RUN(reveal);
    QCOMPARE(reveal.out, m_generated + QLatin1Char('\n'));
}

void TestRegisterFlow::badHandleIsRefused()
{
    Run run = cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                          QStringLiteral("72.05.04"), QStringLiteral("--platform"), QStringLiteral("x"),
                          QStringLiteral("--handle"), QStringLiteral("pw.bunobogu")}),
                  {Admin, "sandi"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QStringLiteral("\"pw.bunobogu\" is not a valid X (Twitter) username")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("4 to 15 letters, digits and underscores")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestRegisterFlow::listFiltersAndSearch()
{
    Run all = cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(all);
    const QJsonArray accounts = json(all).array();
    QCOMPARE(handles(accounts),
             (QStringList{QStringLiteral("Panwaslu_Momunu"), QStringLiteral("PwLakea"), QStringLiteral("pw.bokat")}));
    const QJsonObject momunu = accounts[0].toObject();
    QCOMPARE(momunu.value(QStringLiteral("id")).toInteger(), qint64(1));
    QCOMPARE(momunu.value(QStringLiteral("kecamatanCode")).toString(), QStringLiteral("72.05.01"));
    QCOMPARE(momunu.value(QStringLiteral("kecamatan")).toString(), QStringLiteral("Momunu"));
    QCOMPARE(momunu.value(QStringLiteral("platform")).toString(), QStringLiteral("instagram"));
    QCOMPARE(momunu.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://www.instagram.com/Panwaslu_Momunu/"));
    QCOMPARE(momunu.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(momunu.value(QStringLiteral("nature")).toString(), QStringLiteral("term"));
    QCOMPARE(momunu.value(QStringLiteral("termId")).toInteger(), m_currentTerm);
    QCOMPARE(momunu.value(QStringLiteral("activeFrom")).toString(), iso(m_today.addDays(-100)));
    QCOMPARE(momunu.value(QStringLiteral("activeUntil")).toString(), iso(m_today.addDays(200)));
    QCOMPARE(momunu.value(QStringLiteral("periodSetByHand")).toBool(), false);
    const QJsonObject lakea = accounts[1].toObject();
    QCOMPARE(lakea.value(QStringLiteral("platform")).toString(), QStringLiteral("x"));
    QCOMPARE(lakea.value(QStringLiteral("termId")).toInteger(), m_endedTerm);
    QCOMPARE(lakea.value(QStringLiteral("activeUntil")).toString(), QStringLiteral("2019-12-31"));
    const QJsonObject bokat = accounts[2].toObject();
    QCOMPARE(bokat.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    QCOMPARE(bokat.value(QStringLiteral("nature")).toString(), QStringLiteral("permanent"));
    QCOMPARE(bokat.value(QStringLiteral("url")).toString(), QStringLiteral("https://www.tiktok.com/@pw.bokat"));

    Run byKecamatan = cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--kecamatan"),
                                  QStringLiteral("72.05.02"), QStringLiteral("--json")}),
                          {Admin});
    VERIFY_RUN(byKecamatan);
    QCOMPARE(handles(json(byKecamatan).array()), QStringList{QStringLiteral("PwLakea")});
    Run byPlatformAndStatus =
        cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--platform"),
                    QStringLiteral("tiktok"), QStringLiteral("--status"), QStringLiteral("requested"),
                    QStringLiteral("--json")}),
            {Admin});
    VERIFY_RUN(byPlatformAndStatus);
    QCOMPARE(handles(json(byPlatformAndStatus).array()), QStringList{QStringLiteral("pw.bokat")});
    Run badStatus = cli(asSiti(
        {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sleeping")}));
    QCOMPARE(badStatus.exitCode, 1);
    QVERIFY2(badStatus.err.contains(QStringLiteral("\"sleeping\" is not a status")), qPrintable(badStatus.err));

    Run search = cli(asSiti({QStringLiteral("account"), QStringLiteral("search"), QStringLiteral("MOMUNU")}), {Admin});
    VERIFY_RUN(search);
    QCOMPARE(search.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(search.out.contains(QStringLiteral("Instagram @Panwaslu_Momunu")), qPrintable(search.out));
    QVERIFY(search.out.contains(QStringLiteral("72.05.01 Momunu")));
}

void TestRegisterFlow::showAndStatusChanges()
{
    const QStringList status{QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("1")};
    Run refused =
        cli(asSiti(status + QStringList{QStringLiteral("closed"), QStringLiteral("--reason"), QStringLiteral("tutup")}),
            {Admin});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refused.err.contains(QStringLiteral("cannot be closed directly: deactivate it first")),
             qPrintable(refused.err));
    Run suspended = cli(asSiti(status + QStringList{QStringLiteral("suspended"), QStringLiteral("--reason"),
                                                    QStringLiteral("diretas, dilaporkan")}),
                        {Admin});
    VERIFY_RUN(suspended);
    QCOMPARE(suspended.out, QStringLiteral("Account 1 (Instagram @Panwaslu_Momunu) is now Suspended.\n"));
    Run active = cli(
        asSiti(status + QStringList{QStringLiteral("aktif"), QStringLiteral("--reason"), QStringLiteral("dipulihkan")}),
        {Admin});
    VERIFY_RUN(active);
    QVERIFY(active.out.endsWith(QStringLiteral("is now Active.\n")));
    Run requested = cli(asSiti({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("3"),
                                QStringLiteral("active"), QStringLiteral("--reason"), QStringLiteral("dibuat")}),
                        {Admin});
    VERIFY_RUN(requested);

    Run show = cli(asSiti({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("1")}), {Admin});
    VERIFY_RUN(show);
    for (const QString &expected :
         {QStringLiteral("Username"), QStringLiteral("Panwaslu_Momunu"),
          QStringLiteral("https://www.instagram.com/Panwaslu_Momunu/"), QStringLiteral("momunu@bawaslu.go.id"),
          QStringLiteral("Pemilu Berjalan"), QStringLiteral("Status history:"), QStringLiteral("diretas, dilaporkan"),
          QStringLiteral("Suspended -> Active"), QStringLiteral("Secrets kept: Password")}) {
        QVERIFY2(show.out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + show.out));
    }
    QVERIFY(!show.out.contains(QString::fromUtf8(MomunuPassword)));
    Run showJson =
        cli(asSiti({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}),
            {Admin});
    VERIFY_RUN(showJson);
    const QJsonArray history = json(showJson).object().value(QStringLiteral("statusHistory")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("active"));
    QCOMPARE(history[1].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("active"));
    QCOMPARE(history[1].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("suspended"));
    QCOMPARE(history[1].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("diretas, dilaporkan"));
    QCOMPARE(history[1].toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
    QCOMPARE(history[2].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("active"));

    Run edit = cli(
        asSiti({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--two-factor"),
                QStringLiteral("app"), QStringLiteral("--display-name"), QStringLiteral("Panwaslu Kecamatan Momunu")}),
        {Admin});
    VERIFY_RUN(edit);
    QVERIFY2(edit.out.contains(QStringLiteral("Authenticator app")), qPrintable(edit.out));
    Run badEdit = cli(asSiti({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("1"),
                              QStringLiteral("--email"), QStringLiteral("bukan alamat")}),
                      {Admin});
    QCOMPARE(badEdit.exitCode, 1);
    QVERIFY2(badEdit.err.contains(QStringLiteral("is not an e-mail address")), qPrintable(badEdit.err));
}

void TestRegisterFlow::secretsAndTheirHistory()
{
    Run set =
        cli(asSiti({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--kind"),
                    QStringLiteral("password"), QStringLiteral("--reason"), QStringLiteral("rotasi berkala")}),
            {Admin, "Momunu#Baru-2025"});
    VERIFY_RUN(set);
    QVERIFY(set.out.contains(QStringLiteral("the old value stays in the history")));
    Run history = cli(
        asSiti({QStringLiteral("secret"), QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--json")}),
        {Admin});
    VERIFY_RUN(history);
    const QJsonArray versions = json(history).array();
    QCOMPARE(versions.size(), 2);
    const QJsonObject newest = versions[0].toObject();
    const QJsonObject oldest = versions[1].toObject();
    QCOMPARE(newest.value(QStringLiteral("reason")).toString(), QStringLiteral("rotasi berkala"));
    QCOMPARE(newest.value(QStringLiteral("current")).toBool(), true);
    QCOMPARE(newest.value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
    QCOMPARE(oldest.value(QStringLiteral("reason")).toString(), QStringLiteral("first password"));
    QCOMPARE(oldest.value(QStringLiteral("current")).toBool(), false);
    QVERIFY(!history.out.contains(QStringLiteral("Momunu#")));

    Run current = cli(asSiti({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1")}), {Admin});
    VERIFY_RUN(current);
    QCOMPARE(current.out, QStringLiteral("Momunu#Baru-2025\n"));
    Run old =
        cli(asSiti({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1"),
                    QStringLiteral("--version"), QString::number(oldest.value(QStringLiteral("version")).toInteger())}),
            {Admin});
    VERIFY_RUN(old);
    QCOMPARE(old.out, QString::fromUtf8(MomunuPassword) + QLatin1Char('\n'));
    Run missing = cli(asSiti({QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("3")}), {Admin});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("Account 3 has no Password recorded")), qPrintable(missing.err));
    Run badSeed =
        cli(asSiti({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--kind"),
                    QStringLiteral("totp"), QStringLiteral("--reason"), QStringLiteral("2FA")}),
            {Admin, "bukan kunci!"});
    QCOMPARE(badSeed.exitCode, 1);
    QCOMPARE(badSeed.err.count(QLatin1Char('\n')), 1);
}

void TestRegisterFlow::twoFactorCode()
{
    Run set =
        cli(asSiti({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--kind"),
                    QStringLiteral("totp"), QStringLiteral("--reason"), QStringLiteral("2FA dipasang")}),
            {Admin, Seed});
    VERIFY_RUN(set);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Run totp = cli(asSiti({QStringLiteral("totp"), QStringLiteral("1")}), {Admin});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    VERIFY_RUN(totp);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^(\\d{6}) \\(valid for (\\d+) more second(?:s|\\(s\\))?\\)\\n$"))
            .match(totp.out);
    QVERIFY2(match.hasMatch(), qPrintable(totp.out));
    const int remaining = match.captured(2).toInt();
    QVERIFY(remaining >= 1 && remaining <= 30);
    // The code is the RFC 6238 code of the seed at the time the command ran.
    auto parameters = parseTotpSeed(Seed);
    QVERIFY(parameters.ok());
    QStringList expected;
    for (const QDateTime &at : {before, after}) {
        expected << totpAt(parameters.value(), at).value().code;
    }
    QVERIFY2(expected.contains(match.captured(1)),
             qPrintable(match.captured(1) + QLatin1Char(' ') + expected.join(QLatin1Char(','))));
}

void TestRegisterFlow::healthCheck()
{
    Run check = cli(asSiti({QStringLiteral("check"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(check.exitCode, 0); // findings are not a failure
    const QJsonObject report = json(check).object();
    QCOMPARE(report.value(QStringLiteral("date")).toString(), iso(m_today));
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("active-past-term"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(first.value(QStringLiteral("accountId")).toInteger(), qint64(2));
    QCOMPARE(first.value(QStringLiteral("account")).toString(), QStringLiteral("X (Twitter) @PwLakea"));
    const QJsonObject rule =
        report.value(QStringLiteral("rules")).toObject().value(QStringLiteral("active-past-term")).toObject();
    QVERIFY(!rule.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!rule.value(QStringLiteral("explanation")).toString().isEmpty());
    QVERIFY(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("2019-12-31")));
    QSet<QString> rules;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        rules.insert(finding.value(QStringLiteral("rule")).toString() + QLatin1Char(':') +
                     QString::number(finding.value(QStringLiteral("accountId")).toInteger()));
    }
    for (const char *expected : {"no-2fa:2", "no-password:3", "permanent-no-holder:3"}) {
        QVERIFY2(rules.contains(QLatin1String(expected)), expected);
    }
    // Account 1 got two-factor sign-in through account edit.
    QVERIFY(!rules.contains(QStringLiteral("no-2fa:1")));
    QVERIFY(!rules.contains(QStringLiteral("active-past-term:1")));
    // As of a later date, given on the command line, the current term has ended too.
    Run later = cli(asSiti({QStringLiteral("check"), QStringLiteral("--date"), iso(m_today.addDays(201))}), {Admin});
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(later.out.contains(QStringLiteral("CRITICAL")), qPrintable(later.out));
    QCOMPARE(later.out.count(QStringLiteral("[Active past its term]")), 3);
}

void TestRegisterFlow::logStaysIntactAndViewersSeeNoSecret()
{
    Run refused = cli(as("Ani", {QStringLiteral("secret"), QStringLiteral("reveal"), QStringLiteral("1")}), {Ani});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Viewers cannot see passwords")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    Run viewerList = cli(as("Ani", {QStringLiteral("account"), QStringLiteral("list")}), {Ani});
    VERIFY_RUN(viewerList);
    QCOMPARE(viewerList.out.count(QLatin1Char('\n')), 3);

    Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(log);
    QStringList actions;
    for (const QJsonValue &entry : json(log).array()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QCOMPARE(actions.count(QStringLiteral("account.added")), 3);
    QCOMPARE(actions.count(QStringLiteral("account.status-changed")), 3);
    QCOMPARE(actions.count(QStringLiteral("term.added")), 2);
    QCOMPARE(actions.count(QStringLiteral("term.extended")), 1);
    QCOMPARE(actions.count(QStringLiteral("secret.set")), 4); // two first passwords, the rotation, the seed
    // Three reveals, the code, and the generated password shown once when it was made; no refused one.
    QCOMPARE(actions.count(QStringLiteral("secret.revealed")), 5);
    for (const QString &value : {QString::fromUtf8(MomunuPassword), QStringLiteral("Momunu#Baru-2025"), m_generated,
                                 QString::fromUtf8(Seed)}) {
        QVERIFY2(!log.out.contains(value), qPrintable(value));
    }
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    VERIFY_RUN(verify);
    QVERIFY2(verify.out.contains(QStringLiteral("intact")), qPrintable(verify.out));
}

QTEST_GUILESS_MAIN(TestRegisterFlow)
#include "tst_registerflow.moc"
