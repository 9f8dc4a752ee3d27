// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "output.h"

#include <core/i18n/language.h>
#include <core/vault/vaultaddress.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include <algorithm>

namespace Brankas::Cli {

namespace {
struct GlobalOptions
{
    QString vault;
    QString officer;
    QString language;
    bool help = false;
    bool version = false;
    QStringList rest;
    QString optionWithoutValue; // reported once the language is chosen
};

// Global options may stand before or after the command name, as people type them.
GlobalOptions splitGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        auto takeValue = [&](const QString &name, QString &target) {
            if (argument.startsWith(name + QLatin1Char('='))) {
                target = argument.mid(name.size() + 1);
                return true;
            }
            if (argument == name) {
                if (i + 1 >= arguments.size()) {
                    options.optionWithoutValue = name;
                } else {
                    target = arguments[++i];
                }
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--vault"), options.vault) ||
            takeValue(QStringLiteral("--officer"), options.officer) ||
            takeValue(QStringLiteral("--lang"), options.language)) {
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
        } else if (argument == QLatin1String("--version") && options.rest.isEmpty()) {
            // Only before the command name: after it, --version is the command's own option
            // ("secret reveal ID --version N" reads an older value).
            options.version = true;
        } else {
            options.rest << argument;
        }
    }
    return options;
}

QString globalHelp()
{
    QStringList lines;
    lines << CliText::tr("Usage: brankas-cli [global options] COMMAND [options]") << QString()
          << CliText::tr(
                 "Keeps the register and encrypted credential archive of Panwaslu Kecamatan social-media accounts.")
          << QString() << CliText::tr("Global options:")
          << CliText::tr("  --vault PATH|URL the vault file (default: %1), or a vault on a PostgreSQL server: "
                         "postgresql://USER@HOST[:PORT]/DATABASE (the server's password from ~/.pgpass, a client "
                         "certificate or the server's rules, else from this computer's keychain, where init --server "
                         "and recover put it; never in the address)")
                 .arg(QDir::toNativeSeparators(defaultVaultPath()))
          << CliText::tr(
                 "  --officer NAME   the officer signing in (default: the BRANKAS_OFFICER environment variable)")
          << CliText::tr("  --lang id|en     language of messages (default: Indonesian, or BRANKAS_LANG)")
          << CliText::tr("  --help           this help; COMMAND --help for a command's options and input")
          << CliText::tr("  --version        the version of Brankas") << QString() << CliText::tr("Commands:");
    // The summaries start two spaces after the longest command name, so none runs into its name.
    const QList<Command> commands = allCommands();
    qsizetype width = 0;
    for (const Command &command : commands) {
        width = std::max(width, command.name.size());
    }
    for (const Command &command : commands) {
        lines << QStringLiteral("  %1  %2").arg(command.name.leftJustified(width), CliText::tr(command.summary));
    }
    lines << QString()
          << CliText::tr(
                 "Passphrases are never given as arguments. At a terminal they are asked for; otherwise they are read "
                 "one per line from standard input, in the order each command's help gives: the officer's passphrase "
                 "first, then the recovery passphrase if this computer's keychain cannot give the vault key.")
          << QString()
          << CliText::tr("Exit status: 0 success, 1 refused or failed (one line on standard error), 2 wrong usage, "
                         "3 the archive log failed verification.");
    return lines.join(QLatin1Char('\n'));
}

QString commandHelp(const Command &command, QCommandLineParser &parser)
{
    QString help = parser.helpText();
    // Qt's first line names the executable path; name the command instead.
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    help = CliText::tr("Usage: brankas-cli %1 [options]").arg(command.name) + help.mid(firstLineEnd);
    help += QLatin1Char('\n') + CliText::tr(command.summary) + QLatin1Char('\n');
    if (!command.stdinLines.isEmpty()) {
        help += QLatin1Char('\n') + CliText::tr("Standard input, one line each, in this order:") + QLatin1Char('\n');
        int number = 1;
        for (const QString &line : command.stdinLines) {
            help += QStringLiteral("  %1. %2\n").arg(number++).arg(line);
        }
    }
    return help;
}
} // namespace

QList<Command> allCommands()
{
    return {initCommand(),
            infoCommand(),
            recoverCommand(),
            recoveryChangeCommand(),
            officerAddCommand(),
            officerListCommand(),
            officerDisableCommand(),
            officerEnableCommand(),
            officerRoleCommand(),
            officerPassphraseCommand(),
            officerResetCommand(),
            vaultCheckCommand(),
            vaultMoveCommand(),
            backupCommand(),
            restoreCommand(),
            officeShowCommand(),
            officeSetCommand(),
            kecamatanListCommand(),
            kecamatanAddCommand(),
            kecamatanSetCommand(),
            kecamatanRetireCommand(),
            termAddCommand(),
            termExtendCommand(),
            termListCommand(),
            accountAddCommand(),
            accountListCommand(),
            accountSearchCommand(),
            accountShowCommand(),
            accountStatusCommand(),
            accountEditCommand(),
            accountReviewCommand(),
            importCommand(),
            exportRegisterCommand(),
            metricsSetCommand(),
            metricsImportCommand(),
            metricsListCommand(),
            evaluationNoteCommand(),
            evaluationNotesCommand(),
            secretRevealCommand(),
            secretSetCommand(),
            secretHistoryCommand(),
            totpCommand(),
            checkCommand(),
            logListCommand(),
            logVerifyCommand(),
            handoverCreateCommand(),
            handoverFinalizeCommand(),
            handoverListCommand(),
            reportHandoverCommand(),
            reportRegisterCommand(),
            reportHealthCommand(),
            reportLogCommand(),
            reportRecoverySheetCommand(),
            publishCommand(),
            reportEvaluationCommand()};
}

bool needsGraphics(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("report")) || arguments.contains(QStringLiteral("publish"))) {
        return true;
    }
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == QLatin1String("--sheet") || argument.startsWith(QLatin1String("--sheet="));
    });
}

bool needsWidgets(const QStringList &arguments)
{
    return needsGraphics(arguments) && arguments.contains(QStringLiteral("evaluation"));
}

int run(const QStringList &arguments, KeyStore &keyStore, const Clock &clock)
{
    GlobalOptions options = splitGlobalOptions(arguments);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    LanguageSwitcher language;
    const QString languageWanted =
        options.language.isEmpty() ? environment.value(QStringLiteral("BRANKAS_LANG")) : options.language;
    auto chosen = languageWanted.isEmpty() ? std::optional(Language::Indonesian) : languageFromCode(languageWanted);
    language.setLanguage(chosen.value_or(Language::Indonesian));
    if (!chosen) {
        printNotice(CliText::tr("brankas-cli: unknown language \"%1\"; use id or en.").arg(languageWanted));
        return UsageError;
    }
    if (!options.optionWithoutValue.isEmpty()) {
        printNotice(CliText::tr("brankas-cli: the option %1 needs a value.").arg(options.optionWithoutValue));
        return UsageError;
    }
    if (options.version) {
        printLine(QStringLiteral("brankas-cli %1").arg(QStringLiteral(BRANKAS_VERSION)));
        return Success;
    }
    if (options.rest.isEmpty()) {
        printLine(globalHelp());
        return options.help ? Success : UsageError;
    }

    // Two-word commands ("officer add") first, then one-word ones.
    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    qsizetype consumed = 0;
    for (const Command &candidate : commands) {
        const QStringList words = candidate.name.split(QLatin1Char(' '));
        if (options.rest.size() >= words.size() && options.rest.mid(0, words.size()) == words &&
            words.size() > consumed) {
            command = &candidate;
            consumed = words.size();
        }
    }
    if (!command) {
        printNotice(CliText::tr("brankas-cli: unknown command \"%1\". See brankas-cli --help.")
                        .arg(options.rest.mid(0, 2).join(QLatin1Char(' '))));
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    command->addOptions(parser);
    if (options.help) {
        printLine(commandHelp(*command, parser));
        return Success;
    }
    if (!parser.parse(QStringList{arguments.first()} + options.rest.mid(consumed))) {
        printNotice(QStringLiteral("brankas-cli %1: %2").arg(command->name, parser.errorText()));
        return UsageError;
    }

    Context context(keyStore, clock);
    context.language = language.language();
    context.vaultPath = options.vault.isEmpty() ? defaultVaultPath() : options.vault;
    // A file path or a server's address, for every command alike: a malformed address (or one that
    // carries a password) is refused here, before anything is read or opened.
    if (auto address = VaultAddress::parse(context.vaultPath); !address) {
        printError(address.error());
        return UsageError;
    }
    context.officerName =
        options.officer.isEmpty() ? environment.value(QStringLiteral("BRANKAS_OFFICER")) : options.officer;
    return command->run(context, parser);
}

} // namespace Brankas::Cli
