// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/domain/account.h>
#include <core/domain/passwordgenerator.h>
#include <core/domain/totp.h>
#include <core/register/secrets.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
Result<SecretKind> kindFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("kind"))) {
        return SecretKind::Password;
    }
    auto kind = secretKindFromId(parser.value(QStringLiteral("kind")));
    if (!kind) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a kind of secret. Use password, totp, "
                                                         "recovery, email or notes."),
                     {parser.value(QStringLiteral("kind"))});
    }
    return *kind;
}

QCommandLineOption kindOption()
{
    return {QStringLiteral("kind"), CliText::tr("password (default), totp, recovery, email or notes."),
            QStringLiteral("K")};
}

void addRevealOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addOption(kindOption());
    parser.addOption({QStringLiteral("version"), CliText::tr("An older value, by its number in secret history."),
                      QStringLiteral("N")});
}

int runReveal(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    auto kind = kindFrom(parser);
    if (!id || !kind) {
        return fail(!id ? id.error() : kind.error());
    }
    qint64 version = 0;
    if (parser.isSet(QStringLiteral("version"))) {
        auto parsed =
            parseId(parser.value(QStringLiteral("version")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "version"));
        if (!parsed) {
            return fail(parsed.error());
        }
        version = parsed.value();
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto secret = Secrets(vault).reveal(session, id.value(), kind.value(), version);
        if (!secret) {
            return fail(secret.error());
        }
        printLine(QString::fromUtf8(secret.value().view()));
        return Success;
    });
}

void addSetOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addOption(kindOption());
    parser.addOption(
        {QStringLiteral("reason"), CliText::tr("Why it changes (kept in the history)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("generate"), CliText::tr("Generate a strong password instead of reading one; it "
                                                              "is printed once so it can be set on the platform.")});
}

int runSet(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    auto kind = kindFrom(parser);
    if (!id || !kind || !parser.isSet(QStringLiteral("reason"))) {
        if (id && kind) {
            printNotice(CliText::tr("brankas-cli secret set: give --reason TEXT."));
            return UsageError;
        }
        return fail(!id ? id.error() : kind.error());
    }
    const bool generate = parser.isSet(QStringLiteral("generate"));
    if (generate && kind.value() != SecretKind::Password && kind.value() != SecretKind::EmailPassword) {
        return fail(
            Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Only passwords can be generated.")));
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        SecretBytes value;
        if (generate) {
            auto generated = generatePassword(PasswordPolicy{});
            if (!generated) {
                return fail(generated.error());
            }
            value = std::move(generated).value();
        } else {
            auto typed = context.passphrases.read(
                CliText::tr("new value of the %1").arg(secretKindDisplayName(kind.value())), true);
            if (!typed) {
                return fail(typed.error());
            }
            value = std::move(typed).value();
        }
        Status status =
            Secrets(vault).set(session, id.value(), kind.value(), value, parser.value(QStringLiteral("reason")));
        if (!status) {
            return fail(status.error());
        }
        printLine(CliText::tr("%1 of account %2 changed; the old value stays in the history.")
                      .arg(secretKindDisplayName(kind.value()), QString::number(id.value())));
        if (generate) {
            // Read back from the vault, so the archive log records that the new value was shown.
            auto shown = Secrets(vault).reveal(session, id.value(), kind.value());
            if (!shown) {
                return fail(shown.error());
            }
            printLine(CliText::tr("Generated password (set it on the platform now): %1")
                          .arg(QString::fromUtf8(shown.value().view())));
        }
        return Success;
    });
}

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
    parser.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
}

int runHistory(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto history = Secrets(vault).history(id.value());
        if (!history) {
            return fail(history.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SecretVersion &version : history.value()) {
                array.append(QJsonObject{{QStringLiteral("version"), version.id},
                                         {QStringLiteral("kind"), secretKindId(version.kind)},
                                         {QStringLiteral("setAt"), version.setAt.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("officer"), version.officer},
                                         {QStringLiteral("reason"), version.reason},
                                         {QStringLiteral("current"), version.current}});
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const SecretVersion &version : history.value()) {
            printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                          .arg(version.id, 5)
                          .arg(version.setAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               secretKindDisplayName(version.kind).leftJustified(18), version.officer.leftJustified(16),
                               reasonDisplayText(version.reason),
                               version.current ? CliText::tr("(current)") : QString()));
        }
        return Success;
    });
}

void addTotpOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the account."));
}

int runTotp(Context &context, const QCommandLineParser &parser)
{
    auto id = accountIdArgument(parser);
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto seed = Secrets(vault).reveal(session, id.value(), SecretKind::Totp);
        if (!seed) {
            return fail(seed.error());
        }
        auto parameters = parseTotpSeed(seed.value().view());
        if (!parameters) {
            return fail(parameters.error());
        }
        auto code = totpAt(parameters.value(), vault.clock().nowUtc());
        if (!code) {
            return fail(code.error());
        }
        printLine(CliText::tr("%1 (valid for %n more second(s))", nullptr, code.value().secondsRemaining)
                      .arg(code.value().code));
        return Success;
    });
}
} // namespace

Command secretRevealCommand()
{
    return Command{QStringLiteral("secret reveal"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                                     "print an account's password or other secret (logged; not for viewers)"),
                   signInLines(), addRevealOptions, runReveal};
}

Command secretSetCommand()
{
    return Command{QStringLiteral("secret set"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change an account's secret, keeping the old value in "
                                                              "its history"),
                   signInLines() << CliText::tr("the new value, unless --generate"), addSetOptions, runSet};
}

Command secretHistoryCommand()
{
    return Command{QStringLiteral("secret history"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list when an account's secrets changed, by whom and "
                                                              "why (no values)"),
                   signInLines(), addHistoryOptions, runHistory};
}

Command totpCommand()
{
    return Command{QStringLiteral("totp"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "print an account's current two-factor code (logged)"),
                   signInLines(), addTotpOptions, runTotp};
}

} // namespace Brankas::Cli
