// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/register/kecamatanregister.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
int runList(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto list = KecamatanRegister(vault).list();
        if (!list) {
            return fail(list.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const KecamatanRecord &record : list.value()) {
                array.append(QJsonObject{{QStringLiteral("code"), record.code},
                                         {QStringLiteral("name"), record.name},
                                         {QStringLiteral("address"), record.address},
                                         {QStringLiteral("phone"), record.phone},
                                         {QStringLiteral("email"), record.email},
                                         {QStringLiteral("accounts"), record.accountCount},
                                         {QStringLiteral("retired"), record.retired()}});
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const KecamatanRecord &record : list.value()) {
            printLine(QStringLiteral("%1  %2  %3  %4")
                          .arg(record.code, record.name.leftJustified(28),
                               CliText::tr("%n account(s)", nullptr, record.accountCount).leftJustified(12),
                               record.retired() ? CliText::tr("retired") : QString())
                          .trimmed());
        }
        return Success;
    });
}

void addAddOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CODE"), CliText::tr("Kemendagri code of the new kecamatan."));
    parser.addOption({QStringLiteral("name"), CliText::tr("Name of the kecamatan."), QStringLiteral("NAME")});
}

int runAdd(Context &context, const QCommandLineParser &parser)
{
    auto code = singlePositional(parser, QStringLiteral("CODE"));
    if (!code || !parser.isSet(QStringLiteral("name"))) {
        printNotice(CliText::tr("brankas-cli kecamatan add: give the CODE and --name NAME."));
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto added = KecamatanRegister(vault).add(session, code.value(), parser.value(QStringLiteral("name")));
        if (!added) {
            return fail(added.error());
        }
        printLine(CliText::tr("Kecamatan %1 %2 added.").arg(added.value().code, added.value().name));
        return Success;
    });
}

void addSetOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CODE"), CliText::tr("Kemendagri code of the kecamatan."));
    parser.addOptions({
        {QStringLiteral("address"), CliText::tr("Address of the secretariat."), QStringLiteral("TEXT")},
        {QStringLiteral("phone"), CliText::tr("Phone number of the secretariat."), QStringLiteral("PHONE")},
        {QStringLiteral("email"), CliText::tr("E-mail address of the secretariat."), QStringLiteral("EMAIL")},
    });
}

int runSet(Context &context, const QCommandLineParser &parser)
{
    auto code = singlePositional(parser, QStringLiteral("CODE"));
    if (!code) {
        printNotice(CliText::tr("brankas-cli kecamatan set: give the CODE."));
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        KecamatanRegister kecamatan(vault);
        auto current = kecamatan.find(code.value());
        if (!current) {
            return fail(current.error());
        }
        auto valueOr = [&](const char *option, const QString &fallback) {
            return parser.isSet(QString::fromLatin1(option)) ? parser.value(QString::fromLatin1(option)) : fallback;
        };
        auto updated =
            kecamatan.setContacts(session, code.value(), valueOr("address", current.value().address),
                                  valueOr("phone", current.value().phone), valueOr("email", current.value().email));
        if (!updated) {
            return fail(updated.error());
        }
        printLine(CliText::tr("Kecamatan %1 updated.").arg(updated.value().name));
        return Success;
    });
}

void addRetireOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CODE"), CliText::tr("Kemendagri code of the kecamatan."));
    parser.addOption({QStringLiteral("reason"),
                      CliText::tr("Why it is retired (e.g. the regulation that "
                                  "re-districted it)."),
                      QStringLiteral("TEXT")});
}

int runRetire(Context &context, const QCommandLineParser &parser)
{
    auto code = singlePositional(parser, QStringLiteral("CODE"));
    if (!code || !parser.isSet(QStringLiteral("reason"))) {
        printNotice(CliText::tr("brankas-cli kecamatan retire: give the CODE and --reason TEXT."));
        return UsageError;
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto retired = KecamatanRegister(vault).retire(session, code.value(), parser.value(QStringLiteral("reason")));
        if (!retired) {
            return fail(retired.error());
        }
        printLine(CliText::tr("Kecamatan %1 retired; its accounts stay in the register.").arg(retired.value().name));
        return Success;
    });
}
} // namespace

Command kecamatanListCommand()
{
    return Command{QStringLiteral("kecamatan list"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list the office's kecamatan"), signInLines(),
                   addJsonOption, runList};
}

Command kecamatanAddCommand()
{
    return Command{QStringLiteral("kecamatan add"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "add a kecamatan (after a re-districting)"),
                   signInLines(), addAddOptions, runAdd};
}

Command kecamatanSetCommand()
{
    return Command{QStringLiteral("kecamatan set"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "set a kecamatan secretariat's address and contacts"),
                   signInLines(), addSetOptions, runSet};
}

Command kecamatanRetireCommand()
{
    return Command{QStringLiteral("kecamatan retire"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "retire a kecamatan that no longer exists"),
                   signInLines(), addRetireOptions, runRetire};
}

} // namespace Brankas::Cli
