// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/backup/backupwriter.h>

#include <QDir>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"),
                      CliText::tr("The backup file to write (for example D:\\cadangan\\brankas.brankas-backup)."),
                      QStringLiteral("FILE")});
}

int run(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        printNotice(CliText::tr("brankas-cli backup: give --out FILE."));
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto written = Backup::writeBackup(vault, session, parser.value(QStringLiteral("out")));
        if (!written) {
            return fail(written.error());
        }
        printLine(labelled(
            {{CliText::tr("Backup"), QDir::toNativeSeparators(written.value().path)},
             {CliText::tr("Size"), CliText::tr("%1 MiB").arg(double(written.value().size) / (1 << 20), 0, 'f', 1)},
             {CliText::tr("Log entries"), QString::number(written.value().logEntries)},
             {QStringLiteral("SHA-256"), QString::fromLatin1(written.value().sha256.toHex())}}));
        printNotice(CliText::tr("It opens only with the recovery passphrase of today's recovery sheet: keep the two "
                                "apart."));
        return Success;
    });
}
} // namespace

Command backupCommand()
{
    return Command{QStringLiteral("backup"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "write an encrypted backup of the whole vault, which the recovery passphrase "
                                     "opens on any computer"),
                   signInLines(), addOptions, run};
}

} // namespace Brankas::Cli
