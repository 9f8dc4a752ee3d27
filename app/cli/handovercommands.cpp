// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/handover/handovers.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
void addCreateOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Kemendagri code of the kecamatan."), QStringLiteral("CODE")},
        {QStringLiteral("kind"),
         CliText::tr("activation (office to committee), return (committee to office) or transfer (to the next "
                     "committee)."),
         QStringLiteral("KIND")},
        {QStringLiteral("date"), CliText::tr("Date of the handover (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("from"), CliText::tr("Name of the party handing over."), QStringLiteral("NAME")},
        {QStringLiteral("from-position"), CliText::tr("Position of the party handing over."), QStringLiteral("TEXT")},
        {QStringLiteral("from-office"), CliText::tr("Office of the party handing over (default: by kind)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("to"), CliText::tr("Name of the party receiving."), QStringLiteral("NAME")},
        {QStringLiteral("to-position"), CliText::tr("Position of the party receiving."), QStringLiteral("TEXT")},
        {QStringLiteral("to-office"), CliText::tr("Office of the party receiving (default: by kind)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("accounts"),
         CliText::tr("Account numbers, comma-separated (default: every account of the kecamatan the kind applies "
                     "to)."),
         QStringLiteral("ID,ID")},
        {QStringLiteral("place"), CliText::tr("Where it takes place (default: the office's city)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("term"),
         CliText::tr("Number of the term the receiving committee serves (default: the term "
                     "covering the date)."),
         QStringLiteral("ID")},
        {QStringLiteral("copies"), CliText::tr("Number of copies the record is made in (default 2)."),
         QStringLiteral("N")},
        {QStringLiteral("notes"), CliText::tr("Notes printed on the record."), QStringLiteral("TEXT")},
    });
}

int runCreate(Context &context, const QCommandLineParser &parser)
{
    for (const char *required : {"kecamatan", "kind", "date", "from", "from-position", "to", "to-position"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            printNotice(CliText::tr("brankas-cli handover create: give --kecamatan, --kind, --date, --from, "
                                    "--from-position, --to and --to-position."));
            return UsageError;
        }
    }
    NewHandover spec;
    spec.kecamatanCode = parser.value(QStringLiteral("kecamatan"));
    const auto kind = handoverKindFromId(parser.value(QStringLiteral("kind")));
    if (!kind) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error",
                                            "\"%1\" is not a kind of handover. Use activation, return or transfer."),
                          {parser.value(QStringLiteral("kind"))}));
    }
    spec.kind = *kind;
    auto date = parseDate(parser.value(QStringLiteral("date")));
    if (!date) {
        return fail(date.error());
    }
    spec.date = date.value();
    spec.from = {parser.value(QStringLiteral("from")), parser.value(QStringLiteral("from-position")),
                 parser.value(QStringLiteral("from-office"))};
    spec.to = {parser.value(QStringLiteral("to")), parser.value(QStringLiteral("to-position")),
               parser.value(QStringLiteral("to-office"))};
    spec.place = parser.value(QStringLiteral("place"));
    spec.notes = parser.value(QStringLiteral("notes"));
    for (const QString &text : parser.value(QStringLiteral("accounts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto id = parseId(text, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
        if (!id) {
            return fail(id.error());
        }
        spec.accountIds << id.value();
    }
    if (parser.isSet(QStringLiteral("term"))) {
        auto term = parseId(parser.value(QStringLiteral("term")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "term"));
        if (!term) {
            return fail(term.error());
        }
        spec.termId = term.value();
    }
    if (parser.isSet(QStringLiteral("copies"))) {
        bool ok = false;
        spec.copies = parser.value(QStringLiteral("copies")).toInt(&ok);
        if (!ok) {
            spec.copies = 0; // refused below with the reason
        }
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto handover = Handovers(vault).create(session, spec);
        if (!handover) {
            return fail(handover.error());
        }
        // The id alone on standard output, for scripts; the rest for the officer on standard error.
        printLine(QString::number(handover.value().id));
        printNotice(
            CliText::tr("Handover %1 drafted with %n account(s); finalise it with: brankas-cli handover finalize "
                        "%1",
                        nullptr, int(handover.value().items.size()))
                .arg(handover.value().id));
        return Success;
    });
}

void addFinalizeOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("Number of the handover."));
}

int runFinalize(Context &context, const QCommandLineParser &parser)
{
    auto text = singlePositional(parser, QStringLiteral("ID"));
    if (!text) {
        return fail(text.error());
    }
    auto id = parseId(text.value(), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "handover"));
    if (!id) {
        return fail(id.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto handover = Handovers(vault).finalize(session, id.value());
        if (!handover) {
            return fail(handover.error());
        }
        printLine(
            CliText::tr("Handover %1 finalised as number %2.").arg(handover.value().id).arg(handover.value().number));
        return Success;
    });
}

void addListOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Only this kecamatan (code)."), QStringLiteral("CODE")},
        {QStringLiteral("json"), CliText::tr("Print JSON.")},
    });
}

QJsonObject toJson(const Handover &handover)
{
    QJsonArray items;
    for (const HandoverItem &item : handover.items) {
        QJsonObject object{{QStringLiteral("account"), item.accountId},
                           {QStringLiteral("passwordChanged"), item.passwordChanged},
                           {QStringLiteral("recoveryChanged"), item.recoveryChanged}};
        if (item.statusAfter) {
            object.insert(QStringLiteral("statusAfter"), statusId(*item.statusAfter));
        }
        items.append(object);
    }
    return QJsonObject{{QStringLiteral("id"), handover.id},
                       {QStringLiteral("number"), handover.number},
                       {QStringLiteral("kind"), handoverKindId(handover.kind)},
                       {QStringLiteral("kecamatan"), handover.kecamatanCode},
                       {QStringLiteral("date"), handover.date.toString(Qt::ISODate)},
                       {QStringLiteral("from"), handover.from.name},
                       {QStringLiteral("to"), handover.to.name},
                       {QStringLiteral("final"), handover.isFinal()},
                       {QStringLiteral("accounts"), items}};
}

int runList(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto handovers = Handovers(vault).list({.kecamatanCode = parser.value(QStringLiteral("kecamatan"))});
        if (!handovers) {
            return fail(handovers.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Handover &handover : handovers.value()) {
                array.append(toJson(handover));
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const Handover &handover : handovers.value()) {
            printLine(QStringLiteral("%1  %2  %3  %4  %5  %6 -> %7  (%8)")
                          .arg(handover.id, 4)
                          .arg(handover.date.toString(Qt::ISODate),
                               (handover.isFinal() ? handover.number : CliText::tr("draft")).leftJustified(28),
                               handoverKindId(handover.kind).leftJustified(10), handover.kecamatanCode,
                               handover.from.name, handover.to.name,
                               CliText::tr("%n account(s)", nullptr, int(handover.items.size()))));
        }
        return Success;
    });
}
} // namespace

Command handoverCreateCommand()
{
    return Command{QStringLiteral("handover create"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "draft a handover (berita acara serah terima) of "
                                                              "accounts; prints its id"),
                   signInLines(), addCreateOptions, runCreate};
}

Command handoverFinalizeCommand()
{
    return Command{QStringLiteral("handover finalize"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "finalise a handover: number it and apply the status "
                                                              "changes of its accounts"),
                   signInLines(), addFinalizeOptions, runFinalize};
}

Command handoverListCommand()
{
    return Command{QStringLiteral("handover list"), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list handovers"),
                   signInLines(), addListOptions, runList};
}

} // namespace Brankas::Cli
