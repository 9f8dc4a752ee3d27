// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

#include <core/backup/restore.h>

#include <QDir>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The backup file."));
    parser.addOptions({
        {QStringLiteral("to"), CliText::tr("Where the restored vault is written."), QStringLiteral("PATH")},
        {QStringLiteral("replace"), CliText::tr("Replace a file already at PATH; it is kept as PATH.before-restore.")},
    });
}

int run(Context &context, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("to"))) {
        printNotice(CliText::tr("brankas-cli restore: give the backup file and --to PATH."));
        return UsageError;
    }
    if (context.officerName.trimmed().isEmpty()) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error",
                                            "Say which officer you are with --officer NAME (or BRANKAS_OFFICER).")));
    }
    // Everything that can be refused without a passphrase is refused before one is asked for.
    const QString target = parser.value(QStringLiteral("to"));
    const bool replace = parser.isSet(QStringLiteral("replace"));
    if (Status allowed = Backup::checkRestoreTarget(target, replace); !allowed) {
        if (allowed.error().code() == ErrorCode::AlreadyExists && !replace) {
            printNotice(CliText::tr("Add --replace to restore in its place; the old file is then kept as %1.")
                            .arg(QDir::toNativeSeparators(Backup::keptAsPath(target))));
        }
        return fail(allowed.error());
    }
    auto backup = Backup::BackupReader::open(files.first());
    if (!backup) {
        return fail(backup.error());
    }
    auto passphrase = context.passphrases.read(CliText::tr("passphrase of officer %1").arg(context.officerName));
    if (!passphrase) {
        return fail(passphrase.error());
    }
    auto recovery = context.passphrases.read(CliText::tr("recovery passphrase"));
    if (!recovery) {
        return fail(recovery.error());
    }
    const Backup::RestoreRequest request{target, context.officerName, passphrase.value().view(),
                                         recovery.value().view(), replace};
    auto restored = Backup::restoreBackup(*backup.value(), request, context.environment());
    if (!restored) {
        return fail(restored.error());
    }
    QList<std::pair<QString, QString>> rows{
        {CliText::tr("Restored"), QDir::toNativeSeparators(restored.value().path)},
        {CliText::tr("Backup made"),
         backup.value()->header().createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {CliText::tr("Archive log"), restored.value().log.summary()},
    };
    if (!restored.value().keptAs.isEmpty()) {
        rows.append({CliText::tr("Old file kept as"), QDir::toNativeSeparators(restored.value().keptAs)});
    }
    printLine(labelled(rows));
    if (!restored.value().keychain) {
        printNotice(restored.value().keychain.error().message());
        printNotice(CliText::tr("The vault is restored, but this computer's keychain does not hold its key: open it "
                                "with the recovery passphrase, then run brankas-cli recover."));
    }
    return Success;
}
} // namespace

Command restoreCommand()
{
    return Command{QStringLiteral("restore"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "restore a vault from an encrypted backup, on this or a new computer "
                                     "(administrators of the backed-up vault)"),
                   {CliText::tr("the officer's passphrase"), CliText::tr("the recovery passphrase")},
                   addOptions,
                   run};
}

} // namespace Brankas::Cli
