// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountformat.h"
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/domain/passwordgenerator.h>
#include <core/register/accounts.h>
#include <core/register/secrets.h>

#include <QJsonArray>

namespace Brankas::Cli {

namespace {
void addAddOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Kemendagri code of the kecamatan."), QStringLiteral("CODE")},
        {QStringLiteral("platform"), CliText::tr("instagram, facebook, x, tiktok, youtube, threads or other."),
         QStringLiteral("P")},
        {QStringLiteral("platform-name"), CliText::tr("Name of the platform of an \"other\" account."),
         QStringLiteral("NAME")},
        {QStringLiteral("handle"), CliText::tr("Username (@name, name or the profile address)."), QStringLiteral("H")},
        {QStringLiteral("display-name"), CliText::tr("Name shown on the profile."), QStringLiteral("NAME")},
        {QStringLiteral("term"), CliText::tr("Number of the term it serves (default: the current term)."),
         QStringLiteral("ID")},
        {QStringLiteral("permanent"), CliText::tr("The account passes to the next committee instead of ending with "
                                                  "the term.")},
        {QStringLiteral("email"), CliText::tr("E-mail address the account is registered with."), QStringLiteral("E")},
        {QStringLiteral("phone"), CliText::tr("Phone number the account is registered with."), QStringLiteral("P")},
        {QStringLiteral("two-factor"), CliText::tr("Two-factor method: none, sms, app, email or key."),
         QStringLiteral("METHOD")},
        {QStringLiteral("holder"), CliText::tr("Who holds a permanent account."), QStringLiteral("NAME")},
        {QStringLiteral("notes"), CliText::tr("Notes (not secret)."), QStringLiteral("TEXT")},
        {QStringLiteral("status"), CliText::tr("active (default) or requested."), QStringLiteral("S")},
        {QStringLiteral("generate"), CliText::tr("Generate a strong password instead of reading one; it is printed "
                                                 "once so it can be set on the platform.")},
    });
}

int runAdd(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("kecamatan")) || !parser.isSet(QStringLiteral("platform")) ||
        !parser.isSet(QStringLiteral("handle"))) {
        printNotice(CliText::tr("brankas-cli account add: give --kecamatan CODE, --platform P and --handle H."));
        return UsageError;
    }
    NewAccount spec;
    const auto platform = platformFromId(parser.value(QStringLiteral("platform")));
    if (!platform) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a platform. Use instagram, facebook, x, "
                                                              "tiktok, youtube, threads or other."),
                          {parser.value(QStringLiteral("platform"))}));
    }
    spec.platform = *platform;
    spec.kecamatanCode = parser.value(QStringLiteral("kecamatan"));
    spec.platformName = parser.value(QStringLiteral("platform-name"));
    spec.handle = parser.value(QStringLiteral("handle"));
    spec.displayName = parser.value(QStringLiteral("display-name"));
    spec.email = parser.value(QStringLiteral("email"));
    spec.phone = parser.value(QStringLiteral("phone"));
    spec.holder = parser.value(QStringLiteral("holder"));
    spec.notes = parser.value(QStringLiteral("notes"));
    spec.nature = parser.isSet(QStringLiteral("permanent")) ? AccountNature::Permanent : AccountNature::TermBound;
    if (parser.isSet(QStringLiteral("two-factor"))) {
        auto method = twoFactorFromId(parser.value(QStringLiteral("two-factor")));
        if (!method) {
            return fail(Error(ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("Brankas::Error",
                                                "\"%1\" is not a two-factor method. Use none, sms, app, email or key."),
                              {parser.value(QStringLiteral("two-factor"))}));
        }
        spec.twoFactor = *method;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        auto status = statusFromId(parser.value(QStringLiteral("status")));
        if (!status || (*status != AccountStatus::Active && *status != AccountStatus::Requested)) {
            return fail(Error(ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("Brankas::Error", "A new account is recorded as active or as "
                                                                  "requested.")));
        }
        spec.status = *status;
    }
    if (parser.isSet(QStringLiteral("term"))) {
        auto term = parseId(parser.value(QStringLiteral("term")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
        if (!term) {
            return fail(term.error());
        }
        spec.termId = term.value();
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        std::optional<SecretBytes> password;
        const bool generate = parser.isSet(QStringLiteral("generate"));
        if (generate) {
            auto generated = generatePassword(PasswordPolicy{});
            if (!generated) {
                return fail(generated.error());
            }
            password = std::move(generated).value();
        } else {
            auto typed = context.passphrases.read(CliText::tr("password of the account (empty: none yet)"), true);
            if (!typed) {
                return fail(typed.error());
            }
            if (!typed.value().isEmpty()) {
                password = std::move(typed).value();
            }
        }
        auto account = Accounts(vault).add(session, spec, password ? &*password : nullptr);
        if (!account) {
            return fail(account.error());
        }
        printLine(CliText::tr("Account %1 recorded: %2").arg(account.value().id).arg(account.value().label()));
        if (generate) {
            // The officer asked for a generated password and must now type it into the platform. It is
            // printed as read back from the vault, so the archive log records that it was shown.
            auto shown = Secrets(vault).reveal(session, account.value().id, SecretKind::Password);
            if (!shown) {
                return fail(shown.error());
            }
            printLine(CliText::tr("Generated password (set it on the platform now): %1")
                          .arg(QString::fromUtf8(shown.value().view())));
        }
        return Success;
    });
}

void addListOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Only this kecamatan (code)."), QStringLiteral("CODE")},
        {QStringLiteral("platform"), CliText::tr("Only this platform."), QStringLiteral("P")},
        {QStringLiteral("status"), CliText::tr("Only this status."), QStringLiteral("S")},
        {QStringLiteral("term"), CliText::tr("Only accounts of this term (number)."), QStringLiteral("ID")},
        {QStringLiteral("json"), CliText::tr("Print JSON.")},
    });
}

int printAccounts(Context &context, const AccountFilter &filter, bool json)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto accounts = Accounts(vault).list(filter);
        if (!accounts) {
            return fail(accounts.error());
        }
        if (json) {
            QJsonArray array;
            for (const Account &account : accounts.value()) {
                array.append(accountJson(account));
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const Account &account : accounts.value()) {
            printLine(accountLine(account));
        }
        return Success;
    });
}

int runList(Context &context, const QCommandLineParser &parser)
{
    auto filter = accountFilterFrom(parser);
    if (!filter) {
        return fail(filter.error());
    }
    return printAccounts(context, filter.value(), parser.isSet(QStringLiteral("json")));
}

void addSearchOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("TEXT"), CliText::tr("Words, each part of a username, display name, kecamatan, e-mail, phone or "
                                            "holder."));
    addListOptions(parser);
}

int runSearch(Context &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty()) {
        printNotice(CliText::tr("brankas-cli account search: give the TEXT to look for."));
        return UsageError;
    }
    auto filter = accountFilterFrom(parser);
    if (!filter) {
        return fail(filter.error());
    }
    filter.value().text = parser.positionalArguments().join(QLatin1Char(' '));
    return printAccounts(context, filter.value(), parser.isSet(QStringLiteral("json")));
}
} // namespace

Result<AccountFilter> accountFilterFrom(const QCommandLineParser &parser)
{
    AccountFilter filter;
    filter.kecamatanCode = parser.value(QStringLiteral("kecamatan"));
    if (parser.isSet(QStringLiteral("platform"))) {
        filter.platform = platformFromId(parser.value(QStringLiteral("platform")));
        if (!filter.platform) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a platform. Use instagram, facebook, x, "
                                                             "tiktok, youtube, threads or other."),
                         {parser.value(QStringLiteral("platform"))});
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromId(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a status. Use requested, active, "
                                                             "suspended, deactivated, held or closed."),
                         {parser.value(QStringLiteral("status"))});
        }
    }
    if (parser.isSet(QStringLiteral("term"))) {
        auto term = parseId(parser.value(QStringLiteral("term")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
        if (!term) {
            return term.error();
        }
        filter.termId = term.value();
    }
    return filter;
}

Command accountAddCommand()
{
    return Command{QStringLiteral("account add"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "record a social-media account of a kecamatan"),
                   signInLines() << CliText::tr("the account's password (an empty line: none yet), unless --generate"),
                   addAddOptions, runAdd};
}

Command accountListCommand()
{
    return Command{QStringLiteral("account list"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list accounts, filtered by kecamatan, platform, "
                                                              "status or term"),
                   signInLines(), addListOptions, runList};
}

Command accountSearchCommand()
{
    return Command{QStringLiteral("account search"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "find accounts by words in the username, name, "
                                                              "kecamatan, e-mail, phone or holder"),
                   signInLines(), addSearchOptions, runSearch};
}

} // namespace Brankas::Cli
