// SPDX-License-Identifier: GPL-3.0-or-later
// account status: one account, or many at once with one reason (term end: every account of a term).
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/register/accounts.h>

namespace Brankas::Cli {

namespace {
void addStatusOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 CliText::tr("Number of the account (not with --ids, --kecamatan or --term)."));
    parser.addPositionalArgument(QStringLiteral("STATUS"),
                                 CliText::tr("active, suspended, deactivated, held or closed."));
    parser.addOptions({
        {QStringLiteral("reason"), CliText::tr("Why the status changes."), QStringLiteral("TEXT")},
        {QStringLiteral("ids"), CliText::tr("Many accounts: their numbers, separated by commas."),
         QStringLiteral("1,2,3")},
        {QStringLiteral("kecamatan"), CliText::tr("Many accounts: every account of this kecamatan (code)."),
         QStringLiteral("CODE")},
        {QStringLiteral("term"), CliText::tr("Many accounts: every account of this term (number)."),
         QStringLiteral("ID")},
        {QStringLiteral("platform"), CliText::tr("Of those, only this platform."), QStringLiteral("P")},
        {QStringLiteral("current-status"), CliText::tr("Of those, only the accounts now in this status."),
         QStringLiteral("S")},
        {QStringLiteral("skip-refused"), CliText::tr("Change the others when some accounts cannot make the change "
                                                     "(they are named); without it nothing changes.")},
    });
}

Result<AccountStatus> statusArgument(const QString &text)
{
    const auto status = statusFromId(text);
    if (!status) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a status. Use requested, active, "
                                                         "suspended, deactivated, held or closed."),
                     {text});
    }
    return *status;
}

int runOne(Context &context, const QCommandLineParser &parser)
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
    const auto status = statusArgument(values[1]);
    if (!status) {
        return fail(status.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto account =
            Accounts(vault).changeStatus(session, id.value(), status.value(), parser.value(QStringLiteral("reason")));
        if (!account) {
            return fail(account.error());
        }
        printLine(CliText::tr("Account %1 (%2) is now %3.")
                      .arg(QString::number(account.value().id), account.value().label(),
                           statusDisplayName(account.value().status)));
        return Success;
    });
}

// The accounts --ids, --kecamatan or --term name, narrowed by --platform and --current-status.
Result<AccountSelection> selectionFrom(const QCommandLineParser &parser)
{
    AccountSelection selection;
    if (parser.isSet(QStringLiteral("ids"))) {
        for (const QString &part : parser.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = parseId(part, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
            if (!id) {
                return id.error();
            }
            selection.ids << id.value();
        }
    }
    selection.kecamatanCode = parser.value(QStringLiteral("kecamatan"));
    if (parser.isSet(QStringLiteral("term"))) {
        auto term = parseId(parser.value(QStringLiteral("term")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
        if (!term) {
            return term.error();
        }
        selection.termId = term.value();
    }
    if (parser.isSet(QStringLiteral("platform"))) {
        selection.platform = platformFromId(parser.value(QStringLiteral("platform")));
        if (!selection.platform) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a platform. Use instagram, facebook, x, "
                                                             "tiktok, youtube, threads or other."),
                         {parser.value(QStringLiteral("platform"))});
        }
    }
    if (parser.isSet(QStringLiteral("current-status"))) {
        auto status = statusArgument(parser.value(QStringLiteral("current-status")));
        if (!status) {
            return status.error();
        }
        selection.currentStatus = status.value();
    }
    return selection;
}

int runMany(Context &context, const QCommandLineParser &parser)
{
    const QStringList values = parser.positionalArguments();
    const bool byNumbers = parser.isSet(QStringLiteral("ids"));
    if (values.size() != 1 || !parser.isSet(QStringLiteral("reason")) ||
        (byNumbers && (parser.isSet(QStringLiteral("kecamatan")) || parser.isSet(QStringLiteral("term"))))) {
        printNotice(CliText::tr("brankas-cli account status: give --ids 1,2,3, or --kecamatan CODE and/or --term ID, "
                                "then the new STATUS and --reason TEXT."));
        return UsageError;
    }
    const auto status = statusArgument(values[0]);
    if (!status) {
        return fail(status.error());
    }
    auto selection = selectionFrom(parser);
    if (!selection) {
        return fail(selection.error());
    }
    const bool skipRefused = parser.isSet(QStringLiteral("skip-refused"));
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto change = Accounts(vault).changeStatusMany(session, selection.value(), status.value(),
                                                       parser.value(QStringLiteral("reason")), skipRefused);
        if (!change) {
            return fail(change.error());
        }
        const BulkStatusChange &done = change.value();
        for (const RefusedAccount &refused : done.refused) {
            printNotice(CliText::tr("Refused: account %1: %2").arg(refused.label, refused.reason.message()));
        }
        if (!done.recorded) {
            printNotice(done.moves.isEmpty()
                            ? CliText::tr("None of the accounts can become %1; nothing was changed.")
                                  .arg(statusDisplayName(status.value()))
                            : CliText::tr("Nothing was changed: %n account(s) cannot become %1. Give --skip-refused "
                                          "to change the others.",
                                          nullptr, int(done.refused.size()))
                                  .arg(statusDisplayName(status.value())));
            return Failure;
        }
        for (const BulkStatusChange::Move &move : done.moves) {
            printLine(QStringLiteral("%1  %2 (%3)")
                          .arg(move.account.id, 6)
                          .arg(move.account.label(), move.account.kecamatanName));
        }
        printLine(CliText::tr("%n account(s) are now %1.", nullptr, int(done.moves.size()))
                      .arg(statusDisplayName(status.value())));
        if (!done.refused.isEmpty()) {
            printLine(CliText::tr("%n account(s) refused the change and stay as they were (named above).", nullptr,
                                  int(done.refused.size())));
        }
        return Success;
    });
}

int runStatus(Context &context, const QCommandLineParser &parser)
{
    for (const char *option : {"ids", "kecamatan", "term"}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            return runMany(context, parser);
        }
    }
    for (const char *option : {"platform", "current-status", "skip-refused"}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            printNotice(CliText::tr("brankas-cli account status: --%1 goes with --ids, --kecamatan or --term.")
                            .arg(QString::fromLatin1(option)));
            return UsageError;
        }
    }
    return runOne(context, parser);
}
} // namespace

Command accountStatusCommand()
{
    return Command{QStringLiteral("account status"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change the status of an account, or of many at once "
                                                              "(--ids, --kecamatan, --term), with the reason"),
                   signInLines(), addStatusOptions, runStatus};
}

} // namespace Brankas::Cli
