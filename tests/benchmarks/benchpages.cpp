// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-pages: the dashboard, archive log and register pages on a vault made by
// brankas-bench-gen.
//
//   brankas-bench-pages --vault PATH [--runs N]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, one per line, like brankas-bench. Measures the Log page's first paint (first page of 500
// entries), each filter (officer, common and rare action, kecamatan, one day, the oldest month),
// scrolling 10 pages deeper, Verify through the page (progress dialog included), the Home page
// from show to its health check, and the Kecamatan, Terms and Officers pages. Prints medians and
// maxima and the peak resident memory. Runs with QT_QPA_PLATFORM=offscreen.

#include "benchcommon.h"

#include <core/i18n/language.h>
#include <core/vault/vault.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/home/homepage.h>
#include <ui/kecamatan/kecamatanregisterpage.h>
#include <ui/log/logfilterbar.h>
#include <ui/log/logpage.h>
#include <ui/models/logentrymodel.h>
#include <ui/officers/officerspage.h>
#include <ui/shell/pages.h>
#include <ui/shell/workspaceview.h>
#include <ui/terms/termspage.h>

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench-pages");
const QString AdminName = QStringLiteral("Admin");

// Shows a page and paints it once, as the window does when the officer opens it.
double showAndPaint(QWidget &page)
{
    return timed([&] {
        page.resize(1366, 768);
        page.show();
        QCoreApplication::processEvents();
        page.grab();
    });
}

void benchLog(Workspace &workspace, int runs)
{
    QList<double> firstPaint;
    for (int run = 0; run < runs; ++run) {
        LogPage page(workspace);
        firstPaint << showAndPaint(page);
    }
    reportTimes(QStringLiteral("Log page: show, first page, paint"), firstPaint);

    LogPage page(workspace);
    showAndPaint(page);
    LogFilterBar *filters = page.filterBar();
    struct Filter
    {
        QString label;
        std::function<void()> apply;
    };
    const QList<Filter> choices = {
        {QStringLiteral("filter: officer Admin"), [&] { filters->setOfficer(AdminName); }},
        {QStringLiteral("filter: action secret.copied (common)"),
         [&] { filters->setAction(QStringLiteral("secret.copied")); }},
        {QStringLiteral("filter: action kecamatan.retired (rare)"),
         [&] { filters->setAction(QStringLiteral("kecamatan.retired")); }},
        {QStringLiteral("filter: kecamatan 72.05.01"), [&] { filters->setKecamatanCode(QStringLiteral("72.05.01")); }},
        {QStringLiteral("filter: one day (2023-06-01)"),
         [&] { filters->setDateRange(QDate(2023, 6, 1), QDate(2023, 6, 1)); }},
        {QStringLiteral("filter: until 2022-02-01 (oldest)"), [&] { filters->setDateRange({}, QDate(2022, 2, 1)); }},
    };
    for (const Filter &choice : choices) {
        QList<double> times;
        int rows = 0;
        for (int run = 0; run < runs; ++run) {
            filters->reset();
            times << timed([&] {
                choice.apply();
                page.grab();
            });
            rows = page.model()->rowCount();
        }
        reportTimes(choice.label, times, QStringLiteral("%1 rows shown").arg(rows));
    }
    filters->reset();
    QList<double> deeper;
    for (int run = 0; run < runs; ++run) {
        if (Status status = page.model()->reload(); !status) {
            return;
        }
        deeper << timed([&] {
            for (int i = 0; i < 10; ++i) {
                page.model()->fetchMore({});
            }
            page.grab();
        });
    }
    reportTimes(QStringLiteral("scroll 10 pages (5,000 entries) deeper"), deeper);

    std::optional<LogVerification> verification;
    const double verify = timed([&] { verification = page.verify(); });
    for (QMessageBox *box : page.findChildren<QMessageBox *>()) {
        box->close();
    }
    say(QStringLiteral("%1 %2  %3")
            .arg(QStringLiteral("Verify through the page (progress dialog)").leftJustified(44), ms(verify),
                 verification ? verification->summary() : QStringLiteral("did not run")));
}

void benchPage(const QString &label, int runs, const std::function<std::unique_ptr<QWidget>()> &make)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        times << timed([&] {
            std::unique_ptr<QWidget> page = make();
            showAndPaint(*page);
        });
    }
    reportTimes(label, times);
}

int run(const QString &path, int runs)
{
    auto signedIn = openSignedIn(path, AdminName);
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    const Clock &clock = signedIn.value()->clock;
    const Session &session = signedIn.value()->session;
    QTemporaryDir settings;
    Preferences preferences(
        std::make_unique<QSettings>(settings.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat));
    SecretClipboard clipboard(QGuiApplication::clipboard(), clock);
    Workspace workspace(vault, session, preferences, clipboard);
    PeakMemory memory;
    memory.resetPhase();
    say(QStringLiteral("Vault:      %1").arg(path));
    {
        // Fonts, style and the first window cost once per process, not per page.
        QWidget warmUp;
        showAndPaint(warmUp);
    }

    // What the window does after a successful sign-in: every page made, Home shown and painted.
    // "Usable" is that first paint; the dashboard's health check fills in after it.
    QList<double> made, usable, settled;
    LanguageSwitcher language;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        WorkspaceView view(workspace);
        populatePages(view, workspace, language);
        made << msSince(timer);
        view.showSection(Section::Home);
        view.resize(1366, 768);
        view.show();
        view.grab(); // the first paint, before the health check the dashboard runs from the event loop
        usable << msSince(timer);
        auto *home = static_cast<HomePage *>(view.page(Section::Home));
        QEventLoop wait;
        QObject::connect(home, &HomePage::loaded, &wait, &QEventLoop::quit);
        if (!home->isLoaded()) {
            wait.exec();
        }
        view.grab();
        settled << msSince(timer);
    }
    reportTimes(QStringLiteral("Window after sign-in: all pages made"), made);
    reportTimes(QStringLiteral("Window after sign-in: Home painted (usable)"), usable);
    reportTimes(QStringLiteral("Window after sign-in: health check painted"), settled);
    say(QStringLiteral("Memory:     peak %1 MiB for the signed-in window").arg(memory.phase(), 0, 'f', 1));
    memory.resetPhase();

    const double before = memory.phase();
    benchLog(workspace, runs);
    say(QStringLiteral("Memory:     %1 MiB resident before the pages, peak %2 MiB on the Log page")
            .arg(before, 0, 'f', 1)
            .arg(memory.phase(), 0, 'f', 1));
    memory.resetPhase();

    QList<double> homeFirstPaint, homeLoaded;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        HomePage home(workspace);
        QEventLoop wait;
        QObject::connect(&home, &HomePage::loaded, &wait, &QEventLoop::quit);
        home.resize(1366, 768);
        home.show();
        home.grab(); // painted before the health check, which runs from the event loop
        homeFirstPaint << msSince(timer);
        if (!home.isLoaded()) {
            wait.exec();
        }
        home.grab();
        homeLoaded << msSince(timer);
    }
    reportTimes(QStringLiteral("Home page: first paint (busy bar)"), homeFirstPaint);
    reportTimes(QStringLiteral("Home page: counts and health check painted"), homeLoaded);
    say(QStringLiteral("Memory:     peak %1 MiB on the Home page").arg(memory.phase(), 0, 'f', 1));
    memory.resetPhase();
    benchPage(QStringLiteral("Kecamatan page: show and paint"), runs,
              [&] { return std::make_unique<KecamatanRegisterPage>(workspace); });
    benchPage(QStringLiteral("Terms page: show and paint"), runs,
              [&] { return std::make_unique<TermsPage>(workspace); });
    benchPage(QStringLiteral("Officers page: show and paint"), runs,
              [&] { return std::make_unique<OfficersPage>(workspace); });
    say(QStringLiteral("Memory:     peak %1 MiB on the Kecamatan, Terms and Officers pages")
            .arg(memory.phase(), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the Home, Log and register pages on a Brankas vault. "
                                                    "Standard input: the administrator's passphrase, then the "
                                                    "recovery passphrase."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault file (sign-ins are appended to its log)."),
          QStringLiteral("PATH")},
         {QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 3)."), QStringLiteral("N")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        return failWith(Program, Error(ErrorCode::InvalidInput, "give --vault PATH"));
    }
    const int runs =
        parser.isSet(QStringLiteral("runs")) ? std::max(1, parser.value(QStringLiteral("runs")).toInt()) : 3;
    return run(path, runs);
}
