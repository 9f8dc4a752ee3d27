#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <QJsonArray>
#include <QJsonObject>

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
    Session session;
    auto vault = context.openAndSignIn(session);
    if (!vault) {
        return fail(vault.error());
    }
    if (!canManageOfficers(session.officer.role)) {
        return fail(Error(ErrorCode::PermissionDenied,
                          QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can add officers.")));
    }
    auto passphrase =
        context.passphrases.read(CliText::tr("passphrase for the new officer %1").arg(names.first()), true);
    if (!passphrase) {
        return fail(passphrase.error());
    }
    auto officer = vault.value()->officers().add(session, names.first(), *role, passphrase.value().view());
    if (!officer) {
        return fail(officer.error());
    }
    printLine(CliText::tr("Officer %1 added as %2.").arg(officer.value().name, roleDisplayName(officer.value().role)));
    return Success;
}

int runList(Context &context, const QCommandLineParser &parser)
{
    Session session;
    auto vault = context.openAndSignIn(session);
    if (!vault) {
        return fail(vault.error());
    }
    auto officers = vault.value()->officers().list();
    if (!officers) {
        return fail(officers.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Officer &officer : officers.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), officer.id},
                                     {QStringLiteral("name"), officer.name},
                                     {QStringLiteral("role"), roleId(officer.role)},
                                     {QStringLiteral("createdAt"), officer.createdAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("disabled"), officer.disabled}});
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    for (const Officer &officer : officers.value()) {
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(officer.name.leftJustified(30), roleDisplayName(officer.role).leftJustified(14),
                           officer.disabled ? CliText::tr("disabled") : QString())
                      .trimmed());
    }
    return Success;
}
} // namespace

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
