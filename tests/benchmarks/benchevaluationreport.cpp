// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-evaluation-report: times the yearly evaluation report on a vault made by
// `brankas-bench-gen --regency all --metrics-months 36` (1.3 million monthly figures).
//
//   brankas-bench-evaluation-report --vault PATH [--province 72] [--year 2024] [--out DIR]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, like brankas-bench. Measures, from the vault to a finished PDF with its Qt Charts: the
// evaluation of one province (what a provincial office prints for its meeting) and of the whole
// country, each as the gathering of the year (Reports::evaluation) and the PDF, with CPU time and
// peak memory. It signs in (a log entry), so use a copy of the vault.

#include "benchcommon.h"

#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>
#include <core/vault/vault.h>
#include <ui/charts/qtchartpainter.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
const QString Program = QStringLiteral("brankas-bench-evaluation-report");

Status measure(Vault &vault, const Session &session, int year, const QString &areaCode, const QString &path,
               PeakMemory &memory)
{
    memory.resetPhase();
    ReportOptions options;
    options.chartPainter = std::make_shared<Charts::QtChartPainter>();
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto document = Reports(vault).evaluation(session, year, options, areaCode);
    if (!document) {
        return document.error();
    }
    const double gatherMs = msSince(timer);
    const double gatherCpuMs = cpuMs() - cpuStart;
    int tables = 0;
    int rows = 0;
    for (const ReportBlock &block : document.value().blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            ++tables;
            rows += int(table->rows.size());
        }
    }
    timer.restart();
    int pages = 0;
    const Status written = writeReportPdf(document.value(), path, [&](int, int total) {
        pages = total;
        return true;
    });
    if (!written) {
        return written;
    }
    const double writeMs = msSince(timer);
    say(QStringLiteral("Evaluation %1, %2: %3 kecamatan tables, %4 accounts, %5 pages, %6 KiB; gather %7 (CPU %8), "
                       "layout+charts+paint+write %9, total %10 (CPU %11); peak RSS %12 MiB")
            .arg(year)
            .arg(areaCode.isEmpty() ? QStringLiteral("national") : QStringLiteral("province ") + areaCode)
            .arg(thousands(tables), thousands(rows), thousands(pages), thousands(QFileInfo(path).size() / 1024),
                 ms(gatherMs), ms(gatherCpuMs), ms(writeMs))
            .arg(ms(gatherMs + writeMs), ms(cpuMs() - cpuStart))
            .arg(memory.phase(), 0, 'f', 1));
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenPlatform();
    // Qt Charts draws with a QGraphicsScene, which needs a QApplication.
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault."), QStringLiteral("PATH")},
         {QStringLiteral("province"), QStringLiteral("Province code (default 72)."), QStringLiteral("CODE")},
         {QStringLiteral("year"), QStringLiteral("The year evaluated (default 2024)."), QStringLiteral("YYYY")},
         {QStringLiteral("out"), QStringLiteral("Folder for the PDFs (default: beside the vault)."),
          QStringLiteral("DIR")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        notice(Program + QStringLiteral(": give --vault PATH"));
        return 2;
    }
    const QString outDir = outputFolder(parser, path);
    const QString province =
        parser.isSet(QStringLiteral("province")) ? parser.value(QStringLiteral("province")) : QStringLiteral("72");
    const int year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt() : 2024;

    auto signedIn = openSignedIn(path, QStringLiteral("Admin"));
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    const Session &session = signedIn.value()->session;
    PeakMemory memory;
    for (const QString &area : {province, QString()}) {
        const QString file = QDir(outDir).filePath(
            QStringLiteral("evaluation-%1.pdf").arg(area.isEmpty() ? QStringLiteral("national") : area));
        if (Status measured = measure(vault, session, year, area, file, memory); !measured) {
            return failWith(Program, measured.error());
        }
    }
    return 0;
}
