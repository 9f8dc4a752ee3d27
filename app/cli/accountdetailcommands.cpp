#include "accountformat.h"
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/register/accounts.h>
#include <core/register/secrets.h>

#include <QJsonArray>

namespace Brankas::Cli {

namespace {
void addShowOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
}

Result<qint64> accountId(const QCommandLineParser &parser)
{
    auto text = singlePositional(parser, QStringLiteral("ID"));
    if (!text) {
        return text.error();
    }
    return parseId(text.value(), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
}

int runShow(Context &context, const QCommandLineParser &parser)
{
    auto id = accountId(parser);
    if (!id) {
        return fail(id.error());
    }
    Session session;
    auto vault = context.openAndSignIn(session);
    if (!vault) {
        return fail(vault.error());
    }
    Accounts accounts(*vault.value());
    auto account = accounts.find(id.value());
    auto history = accounts.statusHistory(id.value());
    auto secrets = Secrets(*vault.value()).history(id.value());
    if (!account || !history || !secrets) {
        return fail(!account ? account.error() : !history ? history.error() : secrets.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = accountJson(account.value());
        QJsonArray changes;
        for (const StatusChange &change : history.value()) {
            changes.append(QJsonObject{{QStringLiteral("from"), change.from ? statusId(*change.from) : QString()},
                                       {QStringLiteral("to"), statusId(change.to)},
                                       {QStringLiteral("reason"), change.reason},
                                       {QStringLiteral("officer"), change.officer},
                                       {QStringLiteral("at"), change.at.toString(Qt::ISODateWithMs)}});
        }
        object.insert(QStringLiteral("statusHistory"), changes);
        QJsonArray kinds;
        for (const SecretVersion &version : secrets.value()) {
            if (version.current) {
                kinds.append(secretKindId(version.kind));
            }
        }
        object.insert(QStringLiteral("secrets"), kinds);
        printJson(QJsonDocument(object));
        return Success;
    }
    printLine(accountDetails(account.value()));
    printLine(QString());
    printLine(CliText::tr("Status history:"));
    for (const StatusChange &change : history.value()) {
        printLine(QStringLiteral("  %1  %2 -> %3  %4  (%5)")
                      .arg(change.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           change.from ? statusDisplayName(*change.from) : QStringLiteral("-"),
                           statusDisplayName(change.to), change.reason, change.officer));
    }
    QStringList kinds;
    for (const SecretVersion &version : secrets.value()) {
        if (version.current) {
            kinds << secretKindDisplayName(version.kind);
        }
    }
    printLine(
        CliText::tr("Secrets kept: %1").arg(kinds.isEmpty() ? CliText::tr("none") : kinds.join(QStringLiteral(", "))));
    return Success;
}

void addStatusOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addPositionalArgument(QStringLiteral("STATUS"),
                                 CliText::tr("active, suspended, deactivated, held or closed."));
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why the status changes."), QStringLiteral("TEXT")});
}

int runStatus(Context &context, const QCommandLineParser &parser)
{
    const QStringList values = parser.positionalArguments();
    if (values.size() != 2 || !parser.isSet(QStringLiteral("reason"))) {
        printNotice(CliText::tr("brankas-cli account status: give the account's ID, the new STATUS and --reason "
                                "TEXT."));
        return UsageError;
    }
    auto id = parseId(values[0], QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
    if (!id) {
        return fail(id.error());
    }
    const auto status = statusFromId(values[1]);
    if (!status) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a status. Use requested, active, "
                                                              "suspended, deactivated, held or closed."),
                          {values[1]}));
    }
    Session session;
    auto vault = context.openAndSignIn(session);
    if (!vault) {
        return fail(vault.error());
    }
    auto account =
        Accounts(*vault.value()).changeStatus(session, id.value(), *status, parser.value(QStringLiteral("reason")));
    if (!account) {
        return fail(account.error());
    }
    printLine(CliText::tr("Account %1 (%2) is now %3.")
                  .arg(QString::number(account.value().id), account.value().label(),
                       statusDisplayName(account.value().status)));
    return Success;
}

void addReviewOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
}

int runReview(Context &context, const QCommandLineParser &parser)
{
    auto id = accountId(parser);
    if (!id) {
        return fail(id.error());
    }
    Session session;
    auto vault = context.openAndSignIn(session);
    if (!vault) {
        return fail(vault.error());
    }
    auto account = Accounts(*vault.value()).markReviewed(session, id.value());
    if (!account) {
        return fail(account.error());
    }
    printLine(CliText::tr("Account %1 reviewed on %2.")
                  .arg(account.value().label(), account.value().lastReviewedOn.toString(Qt::ISODate)));
    return Success;
}
} // namespace

Command accountShowCommand()
{
    return Command{QStringLiteral("account show"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "show an account with its status history (no secrets)"),
                   signInLines(), addShowOptions, runShow};
}

Command accountStatusCommand()
{
    return Command{QStringLiteral("account status"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change an account's status, with the reason"),
                   signInLines(), addStatusOptions, runStatus};
}

Command accountReviewCommand()
{
    return Command{QStringLiteral("account review"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "confirm the yearly review of an account"), signInLines(),
                   addReviewOptions, runReview};
}

} // namespace Brankas::Cli
