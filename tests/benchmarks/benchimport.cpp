// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-import [ROWS | FILE]: times bringing a national-size sheet (36,425 rows by default,
// each with a password) into a new one-regency vault: reading, the preview that checks every row,
// and the one-transaction import, with the peak memory of each phase. A FILE (.xlsx or .csv with
// the importer's headers) is read instead of the generated CSV.
#include "benchcommon.h"

#include <core/domain/referencedata.h>
#include <core/export/registerexport.h>
#include <core/import/accountimport.h>
#include <core/import/spreadsheetreader.h>
#include <core/keychain/memorykeystore.h>
#include <core/register/accounts.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
QByteArray generatedSheet(int rows)
{
    static const char *Kecamatan[] = {"Momunu", "Lakea", "Bokat",  "Bunobogu", "KEC. PALELEH",           "Biau",
                                      "Tiloan", "Bukal", "Gadung", "Karamat",  "Kecamatan Paleleh Barat"};
    static const char *Platforms[] = {"Instagram", "Facebook", "X", "TikTok", "YouTube"};
    QByteArray csv = "Kecamatan;Platform;Username;Nama Akun;Email;No HP;Password;Status\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += QByteArray(Kecamatan[i % 11]) + ';' + Platforms[i % 5] + ";@pk" + QByteArray::number(i) +
               "akun;Panwaslu Kecamatan " + QByteArray::number(i) + ";pk" + QByteArray::number(i) +
               "@example.id;0812-0000-" + QByteArray::number(1000 + i % 9000) + ";Sandi-" +
               QByteArray::number(i * 7919) + "-rahasia;aktif\r\n";
    }
    return csv;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString program = QStringLiteral("brankas-bench-import");
    QByteArray bytes;
    const QString argument = app.arguments().value(1, QStringLiteral("36425"));
    bool isCount = false;
    const int rows = argument.toInt(&isCount);
    if (isCount) {
        bytes = generatedSheet(rows);
    } else {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly)) {
            notice(program + QStringLiteral(": cannot read ") + argument);
            return 1;
        }
        bytes = file.readAll();
    }
    QTemporaryDir dir;
    MemoryKeyStore keyStore;
    SystemClock clock;
    auto reference = ReferenceData::load();
    if (!reference) {
        return failWith(program, reference.error());
    }
    const QByteArray admin = "admin passphrase for the benchmark";
    const QByteArray recovery = "meja kursi lemari pintu jendela";
    auto created = Vault::create(dir.filePath(QStringLiteral("bench.brankas")),
                                 NewVault{QStringLiteral("72.05"), QStringLiteral("Siti"), admin, recovery},
                                 reference.value(), VaultEnvironment{keyStore, clock, {}});
    if (!created) {
        return failWith(program, created.error());
    }
    Vault &vault = *created.value().vault;
    auto session = vault.signIn(QStringLiteral("Siti"), admin);
    if (!session) {
        return failWith(program, session.error());
    }
    PeakMemory memory;
    QElapsedTimer timer;

    memory.resetPhase();
    timer.start();
    auto sheet = readSpreadsheet(bytes);
    if (!sheet) {
        return failWith(program, sheet.error());
    }
    say(QStringLiteral("read      %1 rows (%2 bytes): %3 ms, peak %4 MiB")
            .arg(sheet.value().rows.size())
            .arg(bytes.size())
            .arg(timer.elapsed())
            .arg(memory.phase(), 0, 'f', 1));

    memory.resetPhase();
    timer.restart();
    AccountImport import(vault);
    ImportOptions options;
    options.fileName = QStringLiteral("national.csv");
    auto preview = import.preview(session.value(), bytes, options);
    if (!preview) {
        return failWith(program, preview.error());
    }
    say(QStringLiteral("preview   %1 valid, %2 with problems: %3 ms, peak %4 MiB")
            .arg(qint64(preview.value().valid.size()))
            .arg(preview.value().invalidRows)
            .arg(timer.elapsed())
            .arg(memory.phase(), 0, 'f', 1));

    memory.resetPhase();
    timer.restart();
    auto recorded = import.record(session.value(), preview.value(), options, true);
    if (!recorded) {
        return failWith(program, recorded.error());
    }
    say(QStringLiteral("import    %1 recorded in one transaction: %2 ms, peak %3 MiB")
            .arg(recorded.value())
            .arg(timer.elapsed())
            .arg(memory.phase(), 0, 'f', 1));
    for (const char *format : {"xlsx", "csv"}) {
        memory.resetPhase();
        timer.restart();
        auto accounts = Accounts(vault).list({});
        if (!accounts) {
            return failWith(program, accounts.error());
        }
        const QString path = dir.filePath(QStringLiteral("register.") + QLatin1String(format));
        if (Status written = RegisterExport(vault).write(session.value(), accounts.value(), path); !written) {
            return failWith(program, written.error());
        }
        say(QStringLiteral("export    %1 accounts to .%2 (%3 bytes): %4 ms, peak %5 MiB")
                .arg(accounts.value().size())
                .arg(QLatin1String(format))
                .arg(QFileInfo(path).size())
                .arg(timer.elapsed())
                .arg(memory.phase(), 0, 'f', 1));
    }
    say(QStringLiteral("process   peak %1 MiB").arg(memory.process(), 0, 'f', 1));
    return 0;
}
