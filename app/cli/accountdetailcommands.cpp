// SPDX-License-Identifier: GPL-3.0-or-later
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

int runShow(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &) -> int {
        Accounts accounts(vault);
        auto account = accounts.find(id.value());
        auto history = accounts.statusHistory(id.value());
        auto secrets = Secrets(vault).history(id.value());
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
                               statusDisplayName(change.to), reasonDisplayText(change.reason), change.officer));
        }
        QStringList kinds;
        for (const SecretVersion &version : secrets.value()) {
            if (version.current) {
                kinds << secretKindDisplayName(version.kind);
            }
        }
        printLine(CliText::tr("Secrets kept: %1")
                      .arg(kinds.isEmpty() ? CliText::tr("none") : kinds.join(QStringLiteral(", "))));
        return Success;
    });
}

void addEditOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addOptions({
        {QStringLiteral("display-name"), CliText::tr("Name shown on the profile."), QStringLiteral("NAME")},
        {QStringLiteral("email"), CliText::tr("E-mail address the account is registered with."), QStringLiteral("E")},
        {QStringLiteral("phone"), CliText::tr("Phone number the account is registered with."), QStringLiteral("P")},
        {QStringLiteral("two-factor"), CliText::tr("Two-factor method: none, sms, app, email or key."),
         QStringLiteral("METHOD")},
        {QStringLiteral("permanent"), CliText::tr("The account passes to the next committee.")},
        {QStringLiteral("term-bound"), CliText::tr("The account ends with its term.")},
        {QStringLiteral("term"), CliText::tr("Number of the term it serves (0: none)."), QStringLiteral("ID")},
        {QStringLiteral("holder"), CliText::tr("Who holds a permanent account."), QStringLiteral("NAME")},
        {QStringLiteral("notes"), CliText::tr("Notes (not secret)."), QStringLiteral("TEXT")},
        {QStringLiteral("active-from"), CliText::tr("Set the active period by hand: first day (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("active-until"), CliText::tr("Set the active period by hand: last day (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("period-from-term"), CliText::tr("Let the active period follow the term again.")},
    });
}

int runEdit(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    AccountChanges changes;
    auto text = [&](const char *option) -> std::optional<QString> {
        const QString name = QString::fromLatin1(option);
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    changes.displayName = text("display-name");
    changes.email = text("email");
    changes.phone = text("phone");
    changes.holder = text("holder");
    changes.notes = text("notes");
    if (auto method = text("two-factor")) {
        changes.twoFactor = twoFactorFromId(*method);
        if (!changes.twoFactor) {
            return fail(Error(ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("Brankas::Error",
                                                "\"%1\" is not a two-factor method. Use none, sms, app, email or key."),
                              {*method}));
        }
    }
    if (parser.isSet(QStringLiteral("permanent")) && parser.isSet(QStringLiteral("term-bound"))) {
        printNotice(CliText::tr("brankas-cli account edit: give --permanent or --term-bound, not both."));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("permanent")) || parser.isSet(QStringLiteral("term-bound"))) {
        changes.nature =
            parser.isSet(QStringLiteral("permanent")) ? AccountNature::Permanent : AccountNature::TermBound;
    }
    if (auto term = text("term")) {
        if (term->trimmed() == QLatin1String("0")) {
            changes.termId = 0;
        } else {
            auto termId = parseId(*term, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
            if (!termId) {
                return fail(termId.error());
            }
            changes.termId = termId.value();
        }
    }
    if (parser.isSet(QStringLiteral("active-from")) || parser.isSet(QStringLiteral("active-until"))) {
        auto from = parseDate(parser.value(QStringLiteral("active-from")));
        auto until = parseDate(parser.value(QStringLiteral("active-until")));
        if (!from || !until) {
            return fail(from ? until.error() : from.error());
        }
        changes.period = std::pair(from.value(), until.value());
    }
    changes.periodFollowsTerm = parser.isSet(QStringLiteral("period-from-term"));
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto account = Accounts(vault).update(session, id.value(), changes);
        if (!account) {
            return fail(account.error());
        }
        printLine(accountDetails(account.value()));
        return Success;
    });
}

void addReviewOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
}

int runReview(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto account = Accounts(vault).markReviewed(session, id.value());
        if (!account) {
            return fail(account.error());
        }
        printLine(CliText::tr("Account %1 reviewed on %2.")
                      .arg(account.value().label(), account.value().lastReviewedOn.toString(Qt::ISODate)));
        return Success;
    });
}
} // namespace

Command accountShowCommand()
{
    return Command{QStringLiteral("account show"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "show an account with its status history (no secrets)"),
                   signInLines(), addShowOptions, runShow};
}

Command accountEditCommand()
{
    return Command{QStringLiteral("account edit"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change an account's details: contacts, two-factor "
                                                              "method, term, holder, notes, active period"),
                   signInLines(), addEditOptions, runEdit};
}

Command accountReviewCommand()
{
    return Command{QStringLiteral("account review"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "confirm the yearly review of an account"), signInLines(),
                   addReviewOptions, runReview};
}

} // namespace Brankas::Cli
