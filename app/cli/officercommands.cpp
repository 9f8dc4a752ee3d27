// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Brankas::Cli {

namespace {
void addAddOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("Name of the new officer."));
    parser.addOption(
        {QStringLiteral("role"), CliText::tr("administrator, operator or viewer."), QStringLiteral("ROLE")});
}

int runAdd(Context &context, const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || !parser.isSet(QStringLiteral("role"))) {
        printNotice(CliText::tr("brankas-cli officer add: give one NAME and --role administrator|operator|viewer."));
        return UsageError;
    }
    const auto role = roleFromId(parser.value(QStringLiteral("role")));
    if (!role) {
        return fail(
            Error(ErrorCode::InvalidInput,
                  QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a role. Use administrator, operator or viewer."),
                  {parser.value(QStringLiteral("role"))}));
    }
    if (Status status = Officers::checkName(names.first()); !status) {
        return fail(status.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        if (!canManageOfficers(session.officer.role)) {
            return fail(Error(ErrorCode::PermissionDenied,
                              QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can add officers.")));
        }
        auto passphrase =
            context.passphrases.read(CliText::tr("passphrase for the new officer %1").arg(names.first()), true);
        if (!passphrase) {
            return fail(passphrase.error());
        }
        auto officer = vault.officers().add(session, names.first(), *role, passphrase.value().view());
        if (!officer) {
            return fail(officer.error());
        }
        printLine(
            CliText::tr("Officer %1 added as %2.").arg(officer.value().name, roleDisplayName(officer.value().role)));
        return Success;
    });
}

int runList(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto officers = vault.officers().list();
        if (!officers) {
            return fail(officers.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Officer &officer : officers.value()) {
                QJsonObject object{{QStringLiteral("id"), officer.id},
                                   {QStringLiteral("name"), officer.name},
                                   {QStringLiteral("role"), roleId(officer.role)},
                                   {QStringLiteral("createdAt"), officer.createdAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("disabled"), officer.disabled},
                                   {QStringLiteral("mustChangePassphrase"), officer.mustChangePassphrase}};
                if (officer.disabled) {
                    object.insert(QStringLiteral("disabledAt"), officer.disabledAt.toUTC().toString(Qt::ISODateWithMs));
                    object.insert(QStringLiteral("disabledBy"), officer.disabledBy);
                    object.insert(QStringLiteral("disabledReason"), officer.disabledReason);
                }
                array.append(object);
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const Officer &officer : officers.value()) {
            QString state;
            if (officer.disabled) {
                state = CliText::tr("access closed on %1 by %2: %3")
                            .arg(officer.disabledAt.toUTC().date().toString(Qt::ISODate), officer.disabledBy,
                                 officer.disabledReason);
            } else if (officer.mustChangePassphrase) {
                state = CliText::tr("temporary passphrase, to be changed at the next sign-in");
            }
            printLine(QStringLiteral("%1  %2  %3")
                          .arg(officer.name.leftJustified(30), roleDisplayName(officer.role).leftJustified(14), state)
                          .trimmed());
        }
        return Success;
    });
}
void addNameArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("Name of the officer."));
}

void addDisableOptions(QCommandLineParser &parser)
{
    addNameArgument(parser);
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why the officer's access is closed (kept in the log)."),
                      QStringLiteral("TEXT")});
}

void addRoleArguments(QCommandLineParser &parser)
{
    addNameArgument(parser);
    parser.addPositionalArgument(QStringLiteral("ROLE"), CliText::tr("administrator, operator or viewer."));
}

void addNoOptions(QCommandLineParser &) {}

// The one NAME the command is about, or a usage message.
std::optional<QString> oneName(const QCommandLineParser &parser, const QString &usage, int arguments = 1)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != arguments) {
        printNotice(usage);
        return std::nullopt;
    }
    return positional.first();
}

int runDisable(Context &context, const QCommandLineParser &parser)
{
    const QString usage = CliText::tr("brankas-cli officer disable: give one NAME and --reason TEXT.");
    const auto name = oneName(parser, usage);
    if (!name) {
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("reason"))) {
        printNotice(usage);
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        if (Status status = vault.officers().disable(session, *name, parser.value(QStringLiteral("reason"))); !status) {
            return fail(status.error());
        }
        printLine(
            CliText::tr("The access of %1 is closed. Their history stays in the archive log.").arg(name->trimmed()));
        return Success;
    });
}

int runEnable(Context &context, const QCommandLineParser &parser)
{
    const auto name = oneName(parser, CliText::tr("brankas-cli officer enable: give one NAME."));
    if (!name) {
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        if (Status status = vault.officers().enable(session, *name); !status) {
            return fail(status.error());
        }
        printLine(CliText::tr("The access of %1 is open again.").arg(name->trimmed()));
        return Success;
    });
}

int runRole(Context &context, const QCommandLineParser &parser)
{
    const auto name = oneName(parser, CliText::tr("brankas-cli officer role: give NAME and ROLE."), 2);
    if (!name) {
        return UsageError;
    }
    const QString roleText = parser.positionalArguments().at(1);
    const auto role = roleFromId(roleText);
    if (!role) {
        return fail(
            Error(ErrorCode::InvalidInput,
                  QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a role. Use administrator, operator or viewer."),
                  {roleText}));
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        if (Status status = vault.officers().setRole(session, *name, *role); !status) {
            return fail(status.error());
        }
        printLine(CliText::tr("%1 is now %2.").arg(name->trimmed(), roleDisplayName(*role)));
        return Success;
    });
}

int runPassphrase(Context &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printNotice(CliText::tr("brankas-cli officer passphrase changes your own passphrase and takes no NAME; an "
                                "administrator resets another officer's with officer reset NAME."));
        return UsageError;
    }
    context.changePassphrase = true;
    return context.withSession([&](Vault &, const Session &session) -> int {
        printLine(CliText::tr("The passphrase of %1 is changed.").arg(session.officer.name));
        return Success;
    });
}

int runReset(Context &context, const QCommandLineParser &parser)
{
    const auto name = oneName(parser, CliText::tr("brankas-cli officer reset: give one NAME."));
    if (!name) {
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto temporary =
            context.passphrases.read(CliText::tr("temporary passphrase for officer %1").arg(name->trimmed()), true);
        if (!temporary) {
            return fail(temporary.error());
        }
        if (Status status = vault.officers().reset(session, *name, temporary.value().view()); !status) {
            return fail(status.error());
        }
        printLine(CliText::tr("%1 signs in next with the temporary passphrase and must choose a new one then (one more "
                              "line on standard input for brankas-cli).")
                      .arg(name->trimmed()));
        return Success;
    });
}
} // namespace

Command officerDisableCommand()
{
    return Command{QStringLiteral("officer disable"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "close an officer's access, e.g. when they leave the office (administrators)"),
                   signInLines(), addDisableOptions, runDisable};
}

Command officerEnableCommand()
{
    return Command{QStringLiteral("officer enable"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "open a closed officer's access again (administrators)"),
                   signInLines(), addNameArgument, runEnable};
}

Command officerRoleCommand()
{
    return Command{QStringLiteral("officer role"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change an officer's role (administrators)"),
                   signInLines(), addRoleArguments, runRole};
}

Command officerPassphraseCommand()
{
    return Command{QStringLiteral("officer passphrase"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change your own passphrase"),
                   signInLines().mid(0, 2) << CliText::tr("your new passphrase"), addNoOptions, runPassphrase};
}

Command officerResetCommand()
{
    return Command{QStringLiteral("officer reset"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "give another officer a temporary passphrase, which they must change at their "
                                     "next sign-in: brankas-cli then reads their new passphrase as one more line "
                                     "(administrators)"),
                   signInLines() << CliText::tr("the temporary passphrase for NAME"), addNameArgument, runReset};
}

Command officerAddCommand()
{
    return Command{QStringLiteral("officer add"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "add an officer with a role (administrators)"),
                   signInLines() << CliText::tr("the new officer's passphrase"), addAddOptions, runAdd};
}

Command officerListCommand()
{
    return Command{QStringLiteral("officer list"), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list the officers"),
                   signInLines(), addJsonOption, runList};
}

} // namespace Brankas::Cli
