// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/register/terms.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
QJsonObject termJson(const Term &term)
{
    QJsonArray extensions;
    for (const TermExtension &extension : term.extensions) {
        extensions.append(QJsonObject{{QStringLiteral("until"), extension.until.toString(Qt::ISODate)},
                                      {QStringLiteral("basis"), extension.basis},
                                      {QStringLiteral("officer"), extension.officer}});
    }
    return QJsonObject{{QStringLiteral("id"), term.id},
                       {QStringLiteral("name"), term.name},
                       {QStringLiteral("from"), term.formedOn.toString(Qt::ISODate)},
                       {QStringLiteral("until"), term.endsOn.toString(Qt::ISODate)},
                       {QStringLiteral("effectiveUntil"), term.effectiveEnd().toString(Qt::ISODate)},
                       {QStringLiteral("extensions"), extensions}};
}

QString termLine(const Term &term)
{
    QString line = QStringLiteral("%1  %2  %3 .. %4")
                       .arg(term.id, 3)
                       .arg(term.name.leftJustified(24), term.formedOn.toString(Qt::ISODate),
                            term.effectiveEnd().toString(Qt::ISODate));
    if (!term.extensions.isEmpty()) {
        line +=
            QLatin1String("  ") +
            CliText::tr("(extended from %1; %2)").arg(term.endsOn.toString(Qt::ISODate), term.extensions.last().basis);
    }
    return line;
}

void addAddOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), CliText::tr("Name of the term, e.g. \"Pemilu 2024\"."), QStringLiteral("NAME")},
        {QStringLiteral("from"), CliText::tr("Date the committees were formed (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("until"), CliText::tr("Date the term ends (YYYY-MM-DD)."), QStringLiteral("DATE")},
    });
}

int runAdd(Context &context, const QCommandLineParser &parser)
{
    for (const char *option : {"name", "from", "until"}) {
        if (!parser.isSet(QString::fromLatin1(option))) {
            printNotice(CliText::tr("brankas-cli term add: give --name, --from and --until."));
            return UsageError;
        }
    }
    auto from = parseDate(parser.value(QStringLiteral("from")));
    auto until = parseDate(parser.value(QStringLiteral("until")));
    if (!from || !until) {
        return fail(from ? until.error() : from.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto term = Terms(vault).add(session, parser.value(QStringLiteral("name")), from.value(), until.value());
        if (!term) {
            return fail(term.error());
        }
        printLine(CliText::tr("Term added: %1").arg(termLine(term.value()).trimmed()));
        return Success;
    });
}

void addExtendOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the term (see term list)."));
    parser.addOptions({
        {QStringLiteral("until"), CliText::tr("The new end date (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("basis"), CliText::tr("Legal basis of the extension, e.g. the decree number."),
         QStringLiteral("TEXT")},
    });
}

int runExtend(Context &context, const QCommandLineParser &parser)
{
    auto idText = singlePositional(parser, QStringLiteral("ID"));
    if (!idText || !parser.isSet(QStringLiteral("until")) || !parser.isSet(QStringLiteral("basis"))) {
        printNotice(CliText::tr("brankas-cli term extend: give the term's ID, --until DATE and --basis TEXT."));
        return UsageError;
    }
    auto id = parseId(idText.value(), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
    auto until = parseDate(parser.value(QStringLiteral("until")));
    if (!id || !until) {
        return fail(id ? until.error() : id.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto term = Terms(vault).extend(session, id.value(), until.value(), parser.value(QStringLiteral("basis")));
        if (!term) {
            return fail(term.error());
        }
        printLine(CliText::tr("Term extended: %1").arg(termLine(term.value()).trimmed()));
        return Success;
    });
}

int runList(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto terms = Terms(vault).list();
        if (!terms) {
            return fail(terms.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Term &term : terms.value()) {
                array.append(termJson(term));
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const Term &term : terms.value()) {
            printLine(termLine(term));
        }
        return Success;
    });
}
} // namespace

Command termAddCommand()
{
    return Command{QStringLiteral("term add"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "add a term (masa tugas) of the committees"),
                   signInLines(), addAddOptions, runAdd};
}

Command termExtendCommand()
{
    return Command{QStringLiteral("term extend"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "extend a term to a new end date, with its legal basis"),
                   signInLines(), addExtendOptions, runExtend};
}

Command termListCommand()
{
    return Command{QStringLiteral("term list"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list the terms with their extensions"), signInLines(),
                   addJsonOption, runList};
}

} // namespace Brankas::Cli
