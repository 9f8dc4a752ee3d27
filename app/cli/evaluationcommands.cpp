// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/evaluation/evaluationnotes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Brankas::Cli {

namespace {
void addNoteOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("TEXT"), CliText::tr("What was achieved or what got in the way."));
    parser.addOptions({
        {QStringLiteral("kecamatan"), CliText::tr("Code of the kecamatan (see kecamatan list)."),
         QStringLiteral("CODE")},
        {QStringLiteral("year"), CliText::tr("The year evaluated."), QStringLiteral("YYYY")},
        {QStringLiteral("kind"), CliText::tr("achievement or obstacle."), QStringLiteral("KIND")},
        {QStringLiteral("category"),
         CliText::tr("Of an obstacle: no-device, officer-changed, account-locked, platform-restriction or other."),
         QStringLiteral("C")},
        {QStringLiteral("edit"),
         CliText::tr("Correct the text (and an obstacle's category) of this note instead of recording a new one; "
                     "see evaluation notes. Its kecamatan, year and kind stay."),
         QStringLiteral("ID")},
    });
}

Result<std::optional<ObstacleCategory>> categoryOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("category"))) {
        return std::optional<ObstacleCategory>();
    }
    const auto category = obstacleCategoryFromId(parser.value(QStringLiteral("category")));
    if (!category) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a category of obstacle: write no-device, "
                                                         "officer-changed, account-locked, platform-restriction or "
                                                         "other."),
                     {parser.value(QStringLiteral("category"))});
    }
    return std::optional<ObstacleCategory>(category);
}

QString noteLabel(const EvaluationNote &note)
{
    return note.category ? obstacleCategoryDisplayName(*note.category) : noteKindDisplayName(note.kind);
}

int runEdit(Context &context, const QCommandLineParser &parser, const QString &text)
{
    for (const char *option : {"kecamatan", "year", "kind"}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            printNotice(CliText::tr("brankas-cli evaluation note --edit ID: a note keeps its kecamatan, year and "
                                    "kind; give only the new text and, for an obstacle, --category."));
            return UsageError;
        }
    }
    auto noteId = parseId(parser.value(QStringLiteral("edit")), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "note"));
    if (!noteId) {
        return fail(noteId.error());
    }
    auto category = categoryOption(parser);
    if (!category) {
        return fail(category.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        EvaluationNotes notes(vault);
        std::optional<ObstacleCategory> newCategory = category.value();
        if (!newCategory) {
            // Not given: an obstacle keeps the category it has.
            auto all = notes.list(std::nullopt);
            if (!all) {
                return fail(all.error());
            }
            const auto found = std::find_if(all.value().cbegin(), all.value().cend(),
                                            [&](const EvaluationNote &note) { return note.id == noteId.value(); });
            if (found != all.value().cend()) {
                newCategory = found->category;
            }
        }
        auto note = notes.edit(session, noteId.value(), newCategory, text);
        if (!note) {
            return fail(note.error());
        }
        printLine(CliText::tr("Note %1 of %2 %3, %4: %5")
                      .arg(note.value().id)
                      .arg(note.value().kecamatanName)
                      .arg(note.value().year)
                      .arg(noteLabel(note.value()), note.value().text));
        return Success;
    });
}

int runNote(Context &context, const QCommandLineParser &parser)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (parser.isSet(QStringLiteral("edit"))) {
        if (text.trimmed().isEmpty()) {
            printNotice(CliText::tr("brankas-cli evaluation note --edit ID: give the note's new text."));
            return UsageError;
        }
        return runEdit(context, parser, text);
    }
    for (const char *option : {"kecamatan", "year", "kind"}) {
        if (!parser.isSet(QString::fromLatin1(option)) || text.trimmed().isEmpty()) {
            printNotice(CliText::tr("brankas-cli evaluation note: give --kecamatan CODE, --year YYYY, --kind "
                                    "achievement|obstacle and the text."));
            return UsageError;
        }
    }
    auto year = parseYear(parser.value(QStringLiteral("year")));
    if (!year) {
        return fail(year.error());
    }
    const auto kind = noteKindFromId(parser.value(QStringLiteral("kind")));
    if (!kind) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a kind of note: write achievement or "
                                                              "obstacle."),
                          {parser.value(QStringLiteral("kind"))}));
    }
    auto category = categoryOption(parser);
    if (!category) {
        return fail(category.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto note = EvaluationNotes(vault).add(session, parser.value(QStringLiteral("kecamatan")), year.value(), *kind,
                                               category.value(), text);
        if (!note) {
            return fail(note.error());
        }
        printLine(CliText::tr("Note %1 recorded for %2 %3, %4: %5")
                      .arg(note.value().id)
                      .arg(note.value().kecamatanName)
                      .arg(note.value().year)
                      .arg(noteLabel(note.value()), note.value().text));
        return Success;
    });
}

void addNotesOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), CliText::tr("Only the notes of this year."), QStringLiteral("YYYY")});
    addJsonOption(parser);
}

QJsonObject noteJson(const EvaluationNote &note)
{
    QJsonObject object{{QStringLiteral("id"), note.id},
                       {QStringLiteral("kecamatan"), note.kecamatanCode},
                       {QStringLiteral("kecamatanName"), note.kecamatanName},
                       {QStringLiteral("year"), note.year},
                       {QStringLiteral("kind"), noteKindId(note.kind)},
                       {QStringLiteral("text"), note.text},
                       {QStringLiteral("createdAt"), note.createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("officer"), note.officer}};
    if (note.category) {
        object.insert(QStringLiteral("category"), obstacleCategoryId(*note.category));
    }
    return object;
}

int runNotes(Context &context, const QCommandLineParser &parser)
{
    std::optional<int> year;
    if (parser.isSet(QStringLiteral("year"))) {
        auto parsed = parseYear(parser.value(QStringLiteral("year")));
        if (!parsed) {
            return fail(parsed.error());
        }
        year = parsed.value();
    }
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto notes = EvaluationNotes(vault).list(year);
        if (!notes) {
            return fail(notes.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const EvaluationNote &note : notes.value()) {
                array.append(noteJson(note));
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        for (const EvaluationNote &note : notes.value()) {
            printLine(QStringLiteral("%1  %2  %3 %4  %5: %6")
                          .arg(QString::number(note.id).rightJustified(5))
                          .arg(note.year)
                          .arg(note.kecamatanCode, note.kecamatanName, noteLabel(note), note.text));
        }
        return Success;
    });
}
} // namespace

Command evaluationNoteCommand()
{
    return Command{QStringLiteral("evaluation note"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "record an achievement or an obstacle of a kecamatan's "
                                                              "accounts in a year, or correct one (--edit)"),
                   signInLines(), addNoteOptions, runNote};
}

Command evaluationNotesCommand()
{
    return Command{QStringLiteral("evaluation notes"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "list the achievements and obstacles recorded, with "
                                                              "their numbers"),
                   signInLines(), addNotesOptions, runNotes};
}

} // namespace Brankas::Cli
