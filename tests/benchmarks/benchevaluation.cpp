// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-evaluation: the Evaluasi page on a vault made by brankas-bench-gen with monthly
// figures (`--metrics-months 36` gives 1.3 million figures on the national vault).
//
//   brankas-bench-evaluation --vault PATH [--year YYYY] [--runs N]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, one per line, like brankas-bench. Measures opening the page on a year (made, shown, its
// grid read and painted), switching to another year, the kecamatan, platform and search filters,
// switching the figure shown, one edit of a cell (written and logged through Metrics::set), and
// the Charts tab (the whole evaluation gathered and drawn). Prints medians and maxima and the peak
// resident memory. Runs with QT_QPA_PLATFORM=offscreen.

#include "benchcommon.h"

#include <core/evaluation/metricgrid.h>
#include <core/register/accounts.h>
#include <core/vault/vault.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/evaluation/evaluationchartspanel.h>
#include <ui/evaluation/evaluationpage.h>
#include <ui/evaluation/metricgridmodel.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench-evaluation");
const QString AdminName = QStringLiteral("Admin");

int run(const QString &path, int year, int runs)
{
    auto signedIn = openSignedIn(path, AdminName);
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    QTemporaryDir settings;
    Preferences preferences(
        std::make_unique<QSettings>(settings.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat));
    SecretClipboard clipboard(QGuiApplication::clipboard(), signedIn.value()->clock);
    Workspace workspace(vault, signedIn.value()->session, preferences, clipboard);
    PeakMemory memory;
    say(QStringLiteral("Vault:      %1").arg(path));
    {
        // Fonts, style and the first window cost once per process, not per page.
        QWidget warmUp;
        warmUp.resize(1366, 768);
        warmUp.show();
        warmUp.grab();
    }
    memory.resetPhase();

    // What the officer waits for after clicking Evaluasi: the page made, its year read, painted.
    QList<double> open, openCpu;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = cpuMs();
        open << timed([&] {
            EvaluationPage page(workspace);
            page.setYear(year);
            page.resize(1366, 768);
            page.show();
            QCoreApplication::processEvents();
            page.grab();
            rows = page.model()->rowCount();
        });
        openCpu << cpuMs() - cpuBefore;
    }
    reportTimes(QStringLiteral("Evaluasi page: open on %1, painted").arg(year), open,
                QStringLiteral("%1 accounts x 12 months").arg(thousands(rows)));
    reportTimes(QStringLiteral("  the same, CPU time"), openCpu);
    QList<double> grid, accounts;
    for (int run = 0; run < runs; ++run) {
        grid << timed([&] { (void)readMetricGrid(vault, year, {}); });
        accounts << timed([&] { (void)Accounts(vault).list({}); });
    }
    reportTimes(QStringLiteral("  of which readMetricGrid (core)"), grid);
    reportTimes(QStringLiteral("  of which Accounts::list"), accounts);
    say(QStringLiteral("Memory:     peak %1 MiB while opening").arg(memory.phase(), 0, 'f', 1));

    EvaluationPage page(workspace);
    page.setYear(year);
    page.resize(1366, 768);
    page.show();
    QCoreApplication::processEvents();
    page.grab();
    QList<double> switches;
    for (int run = 0; run < runs; ++run) {
        for (int other : {year - 1, year}) {
            switches << timed([&] {
                page.setYear(other);
                page.grab();
            });
        }
    }
    reportTimes(QStringLiteral("switch year (%1 <-> %2), painted").arg(year - 1).arg(year), switches);

    struct Filter
    {
        QString label;
        std::function<void()> apply;
        std::function<void()> undo;
    };
    const QList<Filter> filters = {
        {QStringLiteral("filter: kecamatan 72.05.01"), [&] { page.kecamatanBox()->setCurrentIndex(1); },
         [&] { page.kecamatanBox()->setCurrentIndex(0); }},
        {QStringLiteral("filter: platform Instagram"),
         [&] { page.platformBox()->setCurrentIndex(page.platformBox()->findData(int(Platform::Instagram))); },
         [&] { page.platformBox()->setCurrentIndex(0); }},
        {QStringLiteral("search \"momunu\" (AccountSearch)"),
         [&] {
             page.searchField()->setText(QStringLiteral("momunu"));
             page.reload();
         },
         [&] {
             page.searchField()->clear();
             page.reload();
         }},
        {QStringLiteral("figure shown: posts"), [&] { page.figureBox()->setCurrentIndex(1); },
         [&] { page.figureBox()->setCurrentIndex(0); }},
    };
    for (const Filter &filter : filters) {
        QList<double> times;
        int shown = 0;
        for (int run = 0; run < runs; ++run) {
            times << timed([&] {
                filter.apply();
                page.grab();
            });
            shown = page.model()->rowCount();
            filter.undo();
        }
        reportTimes(filter.label, times, QStringLiteral("%1 rows").arg(thousands(shown)));
    }

    // One cell typed, as the delegate commits it: Metrics::set, one logged change.
    MetricGridModel *model = page.model();
    QList<double> edits;
    for (int run = 0; run < runs; ++run) {
        const QModelIndex cell = model->index(run, MetricGridModel::FirstMonthColumn + 5);
        const QString value = QString::number(1000 + run);
        edits << timed([&] {
            if (!model->setData(cell, value)) {
                notice(QStringLiteral("%1: the edit was refused").arg(Program));
            }
            page.grab();
        });
    }
    reportTimes(QStringLiteral("edit one cell (Metrics::set, logged)"), edits);

    memory.resetPhase();
    QList<double> charts;
    for (int run = 0; run < runs; ++run) {
        page.tabs()->setCurrentIndex(0);
        page.chartsPanel()->markStale();
        charts << timed([&] {
            page.tabs()->setCurrentIndex(2);
            page.grab();
        });
    }
    reportTimes(QStringLiteral("Charts tab: evaluation gathered, 3 charts drawn"), charts);
    say(QStringLiteral("Memory:     peak %1 MiB with the charts").arg(memory.phase(), 0, 'f', 1));
    say(QStringLiteral("Peak RSS:   %1 MiB").arg(PeakMemory::maxRss(), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the Evaluasi page on a Brankas vault. Standard input: "
                                                    "the administrator's passphrase, then the recovery passphrase."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault file (the edits and sign-ins are appended to its log)."),
          QStringLiteral("PATH")},
         {QStringLiteral("year"), QStringLiteral("The year to open (default 2024, the last of brankas-bench-gen)."),
          QStringLiteral("YYYY")},
         {QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 3)."), QStringLiteral("N")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        return failWith(Program, Error(ErrorCode::InvalidInput, "give --vault PATH"));
    }
    const int year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt() : 2024;
    const int runs =
        parser.isSet(QStringLiteral("runs")) ? std::max(1, parser.value(QStringLiteral("runs")).toInt()) : 3;
    return run(path, year, runs);
}
