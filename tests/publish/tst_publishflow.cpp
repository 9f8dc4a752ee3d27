// SPDX-License-Identifier: GPL-3.0-or-later
// `brankas-cli publish` as a script runs it, then the files as the public gets them: a vault whose
// accounts carry e-mail, phone, holder, notes and passwords publishes only today's official
// accounts and none of that data; the log keeps the list's SHA-256; every QR code in the PDF scans
// (pdftoppm + zbarimg) to the profile it names; the page passes an HTML validator (Debian's tidy, in
// its HTML5 mode) without an error or a warning; a real browser (Debian's chromium, headless) opens
// the page from disk without a network, and its screenshots at phone and desktop width are kept
// for a person to look at when BRANKAS_REPORT_SAMPLES names a folder. Runs inside
// tests/with-keyring.sh with the real clock.
#include "../common/clirunner.h"
#include "../reports/pdftools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Ani = "ani sepeda merah";
const QByteArray Password = "Sandi#Rahasia-2024";

const QStringList PersonalData{QStringLiteral("momunu.rahasia@gmail.com"),
                               QStringLiteral("081234567890"),
                               QStringLiteral("Andi Pemegang Akun"),
                               QStringLiteral("catatan pribadi"),
                               QString::fromLatin1(Password),
                               QStringLiteral("paleleh.rahasia@yahoo.com")};

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// chromium, headless, with a profile of its own and no way to reach any host: whatever it shows it
// had from the file itself.
QStringList chromiumArguments(const QString &profile)
{
    return {QStringLiteral("--headless"),
            QStringLiteral("--no-sandbox"), // the tests may run as root
            QStringLiteral("--disable-gpu"),
            QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"),
            QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
            QStringLiteral("--user-data-dir=") + profile};
}
} // namespace

// Runs the command once: QVERIFY2 evaluates its message even when the check passes, so a macro that
// named `run` three times would run the command three times.
class TestPublishFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishWritesTheListAndLogsIt();
    void filesHoldNoPersonalData();
    void everyQrCodeScansToItsProfile();
    void pageIsValidHtml();
    void browserOpensThePageWithoutNetwork();
    void refusals();

private:
    QStringList as(const char *officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),        QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QString::fromLatin1(officer)} +
               arguments;
    }
    QString out(const char *name) const { return QDir(m_out).filePath(QString::fromLatin1(name)); }
    void addAccount(const QStringList &options, const QByteArray &password = Password)
    {
        Run run =
            cli(as("Siti", QStringList{QStringLiteral("account"), QStringLiteral("add")} + options), {Admin, password});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_out;
    QString m_sha;
    QStringList m_urls;
};

void TestPublishFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
    m_out = m_dir.filePath(QStringLiteral("situs web/akun resmi"));
    const QDate today = QDate::currentDate();
    VERIFY_RUN(
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path, QStringLiteral("init"),
             QStringLiteral("--regency"), QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
            {Admin, Recovery}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Ani"),
                               QStringLiteral("--role"), QStringLiteral("viewer")}),
                   {Admin, Ani}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Pemilihan Berjalan"), QStringLiteral("--from"), iso(today.addDays(-30)),
                               QStringLiteral("--until"), iso(today.addDays(300))}),
                   {Admin}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Pemilu Lalu"), QStringLiteral("--from"), iso(today.addDays(-400)),
                               QStringLiteral("--until"), iso(today.addDays(-1))}),
                   {Admin}));
    // 1: official, with e-mail, phone, notes and a password.
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"), QStringLiteral("--platform"),
                QStringLiteral("instagram"), QStringLiteral("--handle"), QStringLiteral("@panwaslu.momunu"),
                QStringLiteral("--term"), QStringLiteral("1"), QStringLiteral("--email"),
                QStringLiteral("momunu.rahasia@gmail.com"), QStringLiteral("--phone"), QStringLiteral("081234567890"),
                QStringLiteral("--notes"), QStringLiteral("catatan pribadi: sandi di laci")});
    // 2: its term ended yesterday.
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"), QStringLiteral("--platform"),
                QStringLiteral("facebook"), QStringLiteral("--handle"), QStringLiteral("panwaslumomunu"),
                QStringLiteral("--term"), QStringLiteral("2"), QStringLiteral("--email"),
                QStringLiteral("momunu.rahasia@gmail.com")});
    // 3: permanent, with a holder, then held by the office.
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.02"), QStringLiteral("--platform"),
                QStringLiteral("tiktok"), QStringLiteral("--handle"), QStringLiteral("panwaslu.paleleh.tt"),
                QStringLiteral("--term"), QStringLiteral("1"), QStringLiteral("--permanent"),
                QStringLiteral("--holder"), QStringLiteral("Andi Pemegang Akun"), QStringLiteral("--email"),
                QStringLiteral("paleleh.rahasia@yahoo.com")});
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("3"),
                               QStringLiteral("held"), QStringLiteral("--reason"), QStringLiteral("akhir masa tugas")}),
                   {Admin}));
    // 4: requested only.
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"), QStringLiteral("--platform"),
                QStringLiteral("x"), QStringLiteral("--handle"), QStringLiteral("pwsl_momunu"),
                QStringLiteral("--status"), QStringLiteral("requested")});
    // 5 and 6: official, in another kecamatan.
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.02"), QStringLiteral("--platform"),
                QStringLiteral("youtube"), QStringLiteral("--handle"), QStringLiteral("@panwaslupaleleh"),
                QStringLiteral("--term"), QStringLiteral("1"), QStringLiteral("--phone"),
                QStringLiteral("081234567890")});
    addAccount({QStringLiteral("--kecamatan"), QStringLiteral("72.05.02"), QStringLiteral("--platform"),
                QStringLiteral("facebook"), QStringLiteral("--handle"), QStringLiteral("panwaslu.kec.paleleh"),
                QStringLiteral("--term"), QStringLiteral("1")});
}

void TestPublishFlow::publishWritesTheListAndLogsIt()
{
    // A viewer makes reports, and publishes.
    Run publish = cli(as("Ani", {QStringLiteral("publish"), QStringLiteral("--out"), m_out}), {Ani});
    VERIFY_RUN(publish);
    for (const char *name : {"index.html", "accounts.csv", "accounts.json", "accounts.pdf"}) {
        QVERIFY2(publish.out.contains(QDir::toNativeSeparators(out(name))), name);
        QVERIFY2(QFileInfo(out(name)).size() > 0, name);
    }
    const QByteArray jsonBytes = readAll(out("accounts.json"));
    m_sha = QString::fromLatin1(QCryptographicHash::hash(jsonBytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(publish.out.contains(m_sha), qPrintable(publish.out));

    const QJsonArray accounts = QJsonDocument::fromJson(jsonBytes).object().value(QStringLiteral("accounts")).toArray();
    QStringList listed;
    for (const QJsonValue &account : accounts) {
        listed << account[QStringLiteral("handle")].toString();
        m_urls << account[QStringLiteral("url")].toString();
    }
    QCOMPARE(listed.join(QLatin1Char(' ')), QStringLiteral("panwaslu.momunu panwaslu.kec.paleleh panwaslupaleleh"));
    QVERIFY2(publish.out.contains(
                 QStringLiteral("Published 3 official accounts active on %1").arg(iso(QDate::currentDate()))),
             qPrintable(publish.out));
    QCOMPARE(m_urls.first(), QStringLiteral("https://www.instagram.com/panwaslu.momunu/"));
    // The CSV has the same rows.
    const QString csv = QString::fromUtf8(readAll(out("accounts.csv")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);
    for (const QString &url : std::as_const(m_urls)) {
        QVERIFY(csv.contains(url));
    }

    Run log = cli(as("Siti", {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("register.published"), QStringLiteral("--json")}),
                  {Admin});
    VERIFY_RUN(log);
    const QJsonArray entries = json(log).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("officer")).toString(), QStringLiteral("Ani"));
    QVERIFY2(QJsonDocument(entry).toJson().contains(m_sha.toLatin1()), QJsonDocument(entry).toJson().constData());
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("log"), QStringLiteral("verify")}), {Admin}));
}

void TestPublishFlow::filesHoldNoPersonalData()
{
    QVERIFY(!m_sha.isEmpty());
    QStringList texts;
    for (const char *name : {"index.html", "accounts.csv", "accounts.json", "accounts.pdf"}) {
        texts << QString::fromUtf8(readAll(out(name)));
    }
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        texts << pdfText(out("accounts.pdf"));
        QVERIFY(texts.last().contains(QStringLiteral("@panwaslu.kec.paleleh")));
    }
    for (const QString &text : std::as_const(texts)) {
        for (const QString &personal : PersonalData) {
            QVERIFY2(!text.contains(personal), qPrintable(personal));
        }
        for (const char *unlisted : {"panwaslumomunu", "panwaslu.paleleh.tt", "pwsl_momunu"}) {
            QVERIFY2(!text.contains(QLatin1String(unlisted)), unlisted);
        }
    }
}

void TestPublishFlow::everyQrCodeScansToItsProfile()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        QSKIP("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed");
    }
    QVERIFY(!m_urls.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("qr"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"), out("accounts.pdf"), prefix});
    QStringList scanned;
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("qr-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 2); // a page per kecamatan
    for (const QString &page : pages) {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-Sqrcode.enable"), QDir(m_dir.path()).filePath(page)});
        QVERIFY(zbar.waitForFinished(60000));
        for (const QString &line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                scanned << line.trimmed();
            }
        }
        keepSample(QDir(m_dir.path()).filePath(page), QStringLiteral("public-list-") + page);
    }
    scanned.sort();
    QStringList expected = m_urls;
    expected.sort();
    QCOMPARE(scanned, expected);
}

// What tidy says of a page, errors and warnings only, and its exit code: 0 when it found nothing,
// 1 for warnings, 2 for errors.
std::pair<int, QString> tidyReport(const QString &page)
{
    QProcess tidy;
    tidy.start(QStringLiteral("tidy"), {QStringLiteral("-errors"), QStringLiteral("-quiet"), page});
    if (!tidy.waitForFinished(120000)) {
        return {-1, QStringLiteral("tidy did not finish")};
    }
    return {tidy.exitCode(), QString::fromUtf8(tidy.readAllStandardError() + tidy.readAllStandardOutput()).trimmed()};
}

void TestPublishFlow::pageIsValidHtml()
{
    if (QStandardPaths::findExecutable(QStringLiteral("tidy")).isEmpty()) {
        QSKIP("tidy is not installed");
    }
    QVERIFY(!m_urls.isEmpty());
    // The check itself, on a page with a picture without a text alternative and a table row outside
    // any table: tidy must object.
    const QString control = m_dir.filePath(QStringLiteral("invalid.html"));
    {
        QFile file(control);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>x</title>\n</head>\n<body>\n"
                   "<img src=\"logo.png\">\n<tr><td>x</td></tr>\n</body>\n</html>\n");
    }
    const auto [controlCode, controlReport] = tidyReport(control);
    QVERIFY2(controlCode > 0, qPrintable(controlReport));
    QVERIFY2(controlReport.contains(QStringLiteral("alt")), qPrintable(controlReport));

    const auto [code, report] = tidyReport(out("index.html"));
    QVERIFY2(code == 0 && report.isEmpty(), qPrintable(report));
}

// Opens `page` in chromium and returns the DOM it built; `requests` gets every http(s) address the
// page itself asked for. Chromium's own background requests (updates, time, sign-in) also show in
// its network log, so only requests made on behalf of the page count: those whose network isolation
// key is the page's own (a file:// page), as chromium records it.
QString openInChromium(const QString &chromium, const QString &page, const QString &profile, const QString &netLog,
                       QStringList &requests)
{
    QProcess browser;
    browser.start(chromium, chromiumArguments(profile) +
                                QStringList{QStringLiteral("--log-net-log=") + netLog, QStringLiteral("--dump-dom"),
                                            QUrl::fromLocalFile(page).toString(QUrl::FullyEncoded)});
    if (!browser.waitForFinished(120000)) {
        return {};
    }
    const QJsonObject log = QJsonDocument::fromJson(readAll(netLog)).object();
    const int startJob = log.value(QStringLiteral("constants"))
                             .toObject()
                             .value(QStringLiteral("logEventTypes"))
                             .toObject()
                             .value(QStringLiteral("URL_REQUEST_START_JOB"))
                             .toInt(-1);
    for (const QJsonValue &event : log.value(QStringLiteral("events")).toArray()) {
        const QJsonObject params = event[QStringLiteral("params")].toObject();
        const QString url = params.value(QStringLiteral("url")).toString();
        if (event[QStringLiteral("type")].toInt() == startJob && url.startsWith(QLatin1String("http")) &&
            params.value(QStringLiteral("network_isolation_key")).toString().startsWith(QLatin1String("file://"))) {
            requests << url;
        }
    }
    if (startJob < 0) {
        requests << QStringLiteral("(no network log)");
    }
    return QString::fromUtf8(browser.readAllStandardOutput());
}

void TestPublishFlow::browserOpensThePageWithoutNetwork()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        QSKIP("chromium is not installed");
    }
    QVERIFY(!m_urls.isEmpty());
    const QString profile = m_dir.filePath(QStringLiteral("chromium-profile"));

    // The check itself, on a page that does load things: it must see them.
    const QString control = m_dir.filePath(QStringLiteral("control.html"));
    {
        QFile file(control);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html lang=\"en\"><title>x</title><img src=\"https://example.com/logo.png\" "
                   "alt=\"\"><link rel=\"stylesheet\" href=\"http://fonts.example.org/a.css\"></html>");
    }
    QStringList controlRequests;
    openInChromium(chromium, control, profile, m_dir.filePath(QStringLiteral("control-net.json")), controlRequests);
    controlRequests.sort();
    QCOMPARE(controlRequests, (QStringList{QStringLiteral("http://fonts.example.org/a.css"),
                                           QStringLiteral("https://example.com/logo.png")}));

    // The published page: the whole table, nothing run, nothing fetched.
    QStringList requests;
    const QString dom =
        openInChromium(chromium, out("index.html"), profile, m_dir.filePath(QStringLiteral("net.json")), requests);
    QVERIFY2(requests.isEmpty(), qPrintable(requests.join(QLatin1Char(' '))));
    QVERIFY2(dom.contains(QStringLiteral("<html lang=\"en\">")), qPrintable(dom.left(300)));
    QCOMPARE(dom.count(QStringLiteral("<tr>")), 4);
    QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    static const QRegularExpression address(QStringLiteral("(?:src|href)=\"(https?:[^\"]*)\""));
    for (auto match = address.globalMatch(dom); match.hasNext();) {
        const QString url = match.next().captured(1);
        QVERIFY2(m_urls.contains(url), qPrintable(url)); // profile links only, and only as links
    }
    static const QRegularExpression loads(QStringLiteral("\\ssrc=|<link|@import|url\\("));
    QVERIFY(!dom.contains(loads));

    // The page as a person sees it, on a phone and on a desktop.
    const QString page = QUrl::fromLocalFile(out("index.html")).toString(QUrl::FullyEncoded);
    for (const auto &[name, size] : {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 900)}}) {
        const QString shot = m_dir.filePath(QStringLiteral("public-list-%1.png").arg(QLatin1String(name)));
        QProcess screenshot;
        screenshot.start(chromium,
                         chromiumArguments(profile) +
                             QStringList{QStringLiteral("--window-size=%1,%2").arg(size.width()).arg(size.height()),
                                         QStringLiteral("--screenshot=") + shot, page});
        QVERIFY(screenshot.waitForFinished(120000));
        const QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(QString::fromUtf8(screenshot.readAllStandardError())));
        QCOMPARE(image.size(), size);
        // Not a blank page: some text is drawn dark.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                dark += qGray(image.pixel(x, y)) < 96 ? 1 : 0;
            }
        }
        QVERIFY2(dark > 500, name);
        keepSample(shot, QFileInfo(shot).fileName());
    }
}

void TestPublishFlow::refusals()
{
    const QByteArray vaultBefore = readAll(m_path);
    // No folder given.
    Run missing = cli(as("Ani", {QStringLiteral("publish")}), {Ani});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--out DIR")));
    // A file, not a folder; the vault itself.
    for (const QString &file : {out("accounts.csv"), m_path}) {
        Run refused = cli(as("Ani", {QStringLiteral("publish"), QStringLiteral("--out"), file}), {Ani});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is a file, not a folder")), qPrintable(refused.err));
    }
    // A file in the folder that links to the vault.
    const QString trap = m_dir.filePath(QStringLiteral("jebakan"));
    QVERIFY(QDir().mkpath(trap));
    QVERIFY(QFile::link(m_path, QDir(trap).filePath(QStringLiteral("accounts.json"))));
    Run linked = cli(as("Ani", {QStringLiteral("publish"), QStringLiteral("--out"), trap}), {Ani});
    QCOMPARE(linked.exitCode, 1);
    QVERIFY2(linked.err.contains(QStringLiteral("link")), qPrintable(linked.err));
    QVERIFY(!QFile::exists(QDir(trap).filePath(QStringLiteral("index.html"))));
    // A paper that does not exist.
    Run paper = cli(as("Ani", {QStringLiteral("publish"), QStringLiteral("--out"), trap, QStringLiteral("--paper"),
                               QStringLiteral("letter")}),
                    {Ani});
    QCOMPARE(paper.exitCode, 2);
    // None of these was logged, and the vault was not written over.
    Run log = cli(as("Siti", {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("register.published"), QStringLiteral("--json")}),
                  {Admin});
    VERIFY_RUN(log);
    QCOMPARE(json(log).array().size(), 1);
    QVERIFY(readAll(m_path).startsWith(vaultBefore.left(100)));
}

QTEST_GUILESS_MAIN(TestPublishFlow)
#include "tst_publishflow.moc"
