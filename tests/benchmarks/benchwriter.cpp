// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-writer: one officer's window adding accounts as fast as it can, for the writer
// benchmark of a vault on a server (run-server-benchmarks.sh starts several at once).
//
//   brankas-bench-writer --vault PATH|URL --prefix TEXT [--seconds S] [--start-at MS] [--kecamatan CODE]
//
// Signs in once, as the window does (standard input: the administrator's passphrase, then the
// recovery passphrase when this PC's keychain has no key), waits until --start-at (milliseconds
// since the epoch) so that writers started together begin together, then records permanent Instagram
// accounts "PREFIX.N" with a password, each through Accounts::add in its own transaction with its log
// entries, until S seconds (default 20) have passed. Prints the number recorded, the rate and the
// time of one add; then, apart, how long the two parts of an add that run before and after its
// transaction (the checks and the read back) take, i.e. the part of an add outside the log head's
// lock. A vault another process holds (a file) is reported as refused, exit status 3.

#include "benchcommon.h"

#include <core/crypto/secretbytes.h>
#include <core/register/accountchecks.h>
#include <core/register/accounts.h>
#include <core/storage/database.h>
#include <core/vault/vault.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {
const QString Program = QStringLiteral("brankas-bench-writer");

NewAccount accountNamed(const QString &kecamatan, const QString &handle)
{
    NewAccount spec;
    spec.kecamatanCode = kecamatan;
    spec.platform = Platform::Instagram;
    spec.handle = handle;
    spec.nature = AccountNature::Permanent;
    return spec;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[qsizetype(fraction * double(values.size() - 1))];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("The vault: a file or a server address."), QStringLiteral("PATH")},
        {QStringLiteral("prefix"), QStringLiteral("Handles are PREFIX.1, PREFIX.2, ... (unique per writer)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("seconds"), QStringLiteral("How long to add accounts (default 20)."), QStringLiteral("S")},
        {QStringLiteral("start-at"), QStringLiteral("Begin at this time, milliseconds since the epoch."),
         QStringLiteral("MS")},
        {QStringLiteral("kecamatan"), QStringLiteral("The accounts' kecamatan (default 72.05.01)."),
         QStringLiteral("CODE")},
    });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    const QString prefix = parser.value(QStringLiteral("prefix"));
    if (path.isEmpty() || prefix.isEmpty()) {
        notice(Program + QStringLiteral(": give --vault PATH|URL and --prefix TEXT"));
        return 2;
    }
    const double seconds =
        parser.isSet(QStringLiteral("seconds")) ? parser.value(QStringLiteral("seconds")).toDouble() : 20.0;
    const QString kecamatan = parser.isSet(QStringLiteral("kecamatan")) ? parser.value(QStringLiteral("kecamatan"))
                                                                        : QStringLiteral("72.05.01");

    auto signedIn = openSignedIn(path, QStringLiteral("Admin"));
    if (!signedIn) {
        say(QStringLiteral("writer %1 refused: %2").arg(prefix, signedIn.error().untranslatedMessage()));
        return 3;
    }
    Vault &vault = *signedIn.value()->vault;
    const Session &session = signedIn.value()->session;
    Accounts accounts(vault);

    if (parser.isSet(QStringLiteral("start-at"))) {
        const qint64 wait = parser.value(QStringLiteral("start-at")).toLongLong() - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0) {
            QThread::msleep(quint64(wait));
        }
    }
    const SecretBytes password = SecretBytes::fromView("Bench-Sandi-42!");
    QList<double> adds;
    QList<double> held; // of each add, the part no other writer's add could overlap
    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuMs();
    int n = 0;
    while (double(total.elapsed()) < seconds * 1000.0) {
        ++n;
        QElapsedTimer one;
        one.start();
        auto added =
            accounts.add(session, accountNamed(kecamatan, prefix + QLatin1Char('.') + QString::number(n)), &password);
        if (!added) {
            return failWith(Program, added.error());
        }
        adds << msSince(one);
        held << double(vault.database().lastHeadHeldNs()) / 1e6;
    }
    const double elapsed = msSince(total);
    const double cpu = cpuMs() - cpuStart;

    // The parts of an add outside its transaction, measured apart on accounts that are not recorded.
    QList<double> checks;
    QList<double> readBacks;
    for (int i = 1; i <= 20; ++i) {
        AccountChecks checker(vault, session);
        checks << timed([&] {
            (void)checker.check(accountNamed(kecamatan, prefix + QStringLiteral(".unrecorded") + QString::number(i)));
        });
        readBacks << timed([&] { (void)accounts.find(1); });
    }
    say(QStringLiteral("writer %1 added %2 in %3 ms: %4 accounts/s; add median %5, p90 %6, max %7; CPU %8 per add; "
                       "outside the transaction: checks %9, read back %10; the vault's write order held %11, p90 %12")
            .arg(prefix)
            .arg(adds.size())
            .arg(elapsed, 0, 'f', 0)
            .arg(double(adds.size()) * 1000.0 / elapsed, 0, 'f', 1)
            .arg(ms(median(adds)), ms(percentile(adds, 0.9)),
                 ms(adds.isEmpty() ? 0 : *std::max_element(adds.begin(), adds.end())),
                 ms(adds.isEmpty() ? 0 : cpu / double(adds.size())), ms(median(checks)), ms(median(readBacks)))
            .arg(ms(median(held)), ms(percentile(held, 0.9))));
    return 0;
}
