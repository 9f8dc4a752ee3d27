// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-reports: times the register report to PDF on a vault made by brankas-bench-gen.
//
//   brankas-bench-reports --vault PATH [--province 72] [--out DIR]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, like brankas-bench. Measures, each from the vault to a finished PDF: the register of one
// province (Sulawesi Tengah, 177 kecamatan, 885 accounts) and of the whole country (36,425
// accounts), with the pages painted, the peak memory of each phase and the time a cancel takes
// to stop the national report halfway. It signs in (a log entry), so use a copy of the vault.

#include "benchcommon.h"

#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>
#include <core/vault/vault.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
const QString Program = QStringLiteral("brankas-bench-reports");

struct Measured
{
    double gatherMs = 0;
    double writeMs = 0;
    double cpuMs = 0;
    int pages = 0;
    int rows = 0;
    qint64 bytes = 0;
    double peakMiB = 0;
};

Result<Measured> measure(Vault &vault, const Session &session, const RegisterReportFilter &filter, const QString &path,
                         PeakMemory &memory)
{
    memory.resetPhase();
    Measured result;
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto document = Reports(vault).accountRegister(session, filter, {});
    if (!document) {
        return document.error();
    }
    result.gatherMs = msSince(timer);
    for (const ReportBlock &block : document.value().blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            result.rows += int(table->rows.size());
        }
    }
    timer.restart();
    const Status written = writeReportPdf(document.value(), path, [&](int, int total) {
        result.pages = total;
        return true;
    });
    if (!written) {
        return written.error();
    }
    result.writeMs = msSince(timer);
    result.cpuMs = cpuMs() - cpuStart;
    result.bytes = QFileInfo(path).size();
    result.peakMiB = memory.phase();
    return result;
}

void print(const QString &label, const Measured &m)
{
    say(QStringLiteral("%1: %2 accounts, %3 pages, %4 KiB; gather %5, layout+paint+write %6, total %7 (CPU %8); "
                       "peak RSS %9 MiB")
            .arg(label)
            .arg(thousands(m.rows))
            .arg(thousands(m.pages))
            .arg(thousands(m.bytes / 1024))
            .arg(ms(m.gatherMs), ms(m.writeMs), ms(m.gatherMs + m.writeMs), ms(m.cpuMs))
            .arg(m.peakMiB, 0, 'f', 1));
}
} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault."), QStringLiteral("PATH")},
         {QStringLiteral("province"), QStringLiteral("Province code (default 72)."), QStringLiteral("CODE")},
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

    auto signedIn = openSignedIn(path, QStringLiteral("Admin"));
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    const Session &session = signedIn.value()->session;
    PeakMemory memory;

    RegisterReportFilter provinceFilter;
    provinceFilter.areaCode = province;
    auto provinceRun =
        measure(vault, session, provinceFilter, QDir(outDir).filePath(QStringLiteral("register-province.pdf")), memory);
    if (!provinceRun) {
        return failWith(Program, provinceRun.error());
    }
    print(QStringLiteral("Register, province %1").arg(province), provinceRun.value());

    auto nationalRun =
        measure(vault, session, {}, QDir(outDir).filePath(QStringLiteral("register-national.pdf")), memory);
    if (!nationalRun) {
        return failWith(Program, nationalRun.error());
    }
    print(QStringLiteral("Register, national"), nationalRun.value());

    // Cancelling halfway: how long until the report stops, and that no file is left.
    auto document = Reports(vault).accountRegister(session, {}, {});
    if (!document) {
        return failWith(Program, document.error());
    }
    const QString cancelled = QDir(outDir).filePath(QStringLiteral("register-cancelled.pdf"));
    QElapsedTimer timer;
    QElapsedTimer sinceCancel;
    timer.start();
    const Status status = writeReportPdf(document.value(), cancelled, [&](int done, int total) {
        if (done >= total / 2) {
            sinceCancel.start();
            return false;
        }
        return true;
    });
    say(QStringLiteral("Register, national, cancelled at half: stopped after %1 (%2 after the cancel); %3; file "
                       "left behind: %4")
            .arg(ms(msSince(timer)), ms(msSince(sinceCancel)),
                 status.error().code() == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                               : QStringLiteral("NOT cancelled"),
                 QFile::exists(cancelled) ? QStringLiteral("yes") : QStringLiteral("no")));
    return 0;
}
