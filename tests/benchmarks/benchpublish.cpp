// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-publish: times the public list of official accounts on a vault made by
// brankas-bench-gen.
//
//   brankas-bench-publish --vault PATH [--as-of 2024-12-01] [--out DIR] [--qt-pdf]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, like brankas-bench. The generated terms end in 2025, so the list is taken for a day on
// which they run (default 2024-12-01): about two thirds of the national vault's 36,425 accounts are
// then official. Measures gathering the list, each file, and the whole Publisher::publish (the
// four files and the log entry), with peak memory. It signs in and logs, so use a copy of the vault.
// With --qt-pdf it also times the same PDF through QPdfWriter, as it was made before the compact
// writer (core/reports/compactpdfwriter.h), and keeps it as accounts-qt.pdf beside the files.

#include "benchcommon.h"

#include <core/publish/publiclistfiles.h>
#include <core/publish/publiclistreport.h>
#include <core/publish/publisher.h>
#include <core/register/officesettings.h>
#include <core/reports/reportprinter.h>

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
const QString Program = QStringLiteral("brankas-bench-publish");
} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault."), QStringLiteral("PATH")},
         {QStringLiteral("as-of"), QStringLiteral("The day of the list (default 2024-12-01)."), QStringLiteral("DATE")},
         {QStringLiteral("out"), QStringLiteral("Folder for the files (default: beside the vault)."),
          QStringLiteral("DIR")},
         {QStringLiteral("qt-pdf"), QStringLiteral("Also time the PDF through QPdfWriter.")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        notice(Program + QStringLiteral(": give --vault PATH"));
        return 2;
    }
    const QDate asOf = parser.isSet(QStringLiteral("as-of"))
                           ? QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate)
                           : QDate(2024, 12, 1);
    const QString outDir = parser.isSet(QStringLiteral("out"))
                               ? parser.value(QStringLiteral("out"))
                               : QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("public-list"));

    auto signedIn = openSignedIn(path, QStringLiteral("Admin"));
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    const Session &session = signedIn.value()->session;
    PeakMemory memory;

    // The parts, each on its own.
    memory.resetPhase();
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    QStringList cpuParts;
    const auto partDone = [&](const char *name) {
        const double now = cpuMs();
        cpuParts << QStringLiteral("%1 %2").arg(QLatin1String(name), ms(now - cpu));
        cpu = now;
    };
    auto list = Publisher(vault).list(asOf);
    if (!list) {
        return failWith(Program, list.error());
    }
    const double gatherMs = msSince(timer);
    partDone("gather");
    timer.restart();
    const QByteArray html = publicListHtml(list.value(), Language::Indonesian);
    const double htmlMs = msSince(timer);
    partDone("HTML");
    timer.restart();
    const QByteArray csv = publicListCsv(list.value());
    const double csvMs = msSince(timer);
    partDone("CSV");
    timer.restart();
    const QByteArray json = publicListJson(list.value());
    const double jsonMs = msSince(timer);
    partDone("JSON");
    timer.restart();
    auto office = OfficeSettings(vault).get();
    if (!office) {
        return failWith(Program, office.error());
    }
    auto document = buildPublicListReport({list.value(),
                                           office.value(),
                                           QStringLiteral("bench"),
                                           QDateTime::currentDateTimeUtc(),
                                           Language::Indonesian,
                                           Paper::A4,
                                           {}});
    if (!document) {
        return failWith(Program, document.error());
    }
    const double qrMs = msSince(timer);
    partDone("blocks");
    timer.restart();
    int pages = 0;
    auto pdf = compactReportPdf(document.value(), [&](int, int total) {
        pages = total;
        return true;
    });
    if (!pdf) {
        return failWith(Program, pdf.error());
    }
    const double pdfMs = msSince(timer);
    partDone("PDF");
    say(QStringLiteral("Public list of %1 (national vault): %2 official accounts of %3 kecamatan pages")
            .arg(asOf.toString(Qt::ISODate), thousands(list.value().accounts.size()), thousands(pages)));
    say(QStringLiteral("  gather %1; HTML %2 (%3 KiB); CSV %4 (%5 KiB); JSON %6 (%7 KiB); blocks %8; "
                       "PDF with the QR codes %9 (%10 KiB, %11 pages)")
            .arg(ms(gatherMs), ms(htmlMs), thousands(html.size() / 1024), ms(csvMs), thousands(csv.size() / 1024),
                 ms(jsonMs), thousands(json.size() / 1024), ms(qrMs), ms(pdfMs))
            .arg(thousands(pdf.value().size() / 1024), thousands(pages)));
    say(QStringLiteral("  CPU: ") + cpuParts.join(QStringLiteral("; ")));
    say(QStringLiteral("  peak RSS of the parts %1 MiB").arg(memory.phase(), 0, 'f', 1));

    if (parser.isSet(QStringLiteral("qt-pdf"))) {
        timer.restart();
        const double cpuBefore = cpuMs();
        QBuffer qtPdf;
        qtPdf.open(QIODevice::WriteOnly);
        if (Status written = writeReportPdf(document.value(), qtPdf); !written) {
            return failWith(Program, written.error());
        }
        say(QStringLiteral("  the same PDF through QPdfWriter: %1 (CPU %2), %3 KiB")
                .arg(ms(msSince(timer)), ms(cpuMs() - cpuBefore), thousands(qtPdf.size() / 1024)));
        QDir().mkpath(QFileInfo(outDir).absolutePath());
        QFile kept(QDir(QFileInfo(outDir).absolutePath()).filePath(QStringLiteral("accounts-qt.pdf")));
        if (kept.open(QIODevice::WriteOnly)) {
            kept.write(qtPdf.buffer());
        }
    }

    // The whole publication, as `brankas-cli publish` runs it after sign-in.
    memory.resetPhase();
    const double cpuStart = cpuMs();
    timer.restart();
    PublishOptions options;
    options.asOf = asOf;
    auto published = Publisher(vault).publish(session, outDir, options);
    if (!published) {
        return failWith(Program, published.error());
    }
    const double wholeMs = msSince(timer);
    say(QStringLiteral("Publisher::publish: %1 accounts, 4 files in %2; total %3 (CPU %4); peak RSS %5 MiB")
            .arg(thousands(published.value().accounts), QDir::toNativeSeparators(published.value().folder), ms(wholeMs),
                 ms(cpuMs() - cpuStart))
            .arg(memory.phase(), 0, 'f', 1));
    return 0;
}
