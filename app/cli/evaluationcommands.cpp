// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/evaluation/evaluationnotes.h>

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
    });
}

int runNote(Context &context, const QCommandLineParser &parser)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    for (const char *option : {"kecamatan", "year", "kind"}) {
        if (!parser.isSet(QString::fromLatin1(option)) || text.trimmed().isEmpty()) {
            printNotice(CliText::tr("brankas-cli evaluation note: give --kecamatan CODE, --year YYYY, --kind "
                                    "achievement|obstacle and the text."));
            return UsageError;
        }
    }
    bool yearOk = false;
    const int year = parser.value(QStringLiteral("year")).trimmed().toInt(&yearOk);
    if (!yearOk) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a year: write it with four digits, e.g. "
                                                              "2025."),
                          {parser.value(QStringLiteral("year"))}));
    }
    const auto kind = noteKindFromId(parser.value(QStringLiteral("kind")));
    if (!kind) {
        return fail(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a kind of note: write achievement or "
                                                              "obstacle."),
                          {parser.value(QStringLiteral("kind"))}));
    }
    std::optional<ObstacleCategory> category;
    if (parser.isSet(QStringLiteral("category"))) {
        category = obstacleCategoryFromId(parser.value(QStringLiteral("category")));
        if (!category) {
            return fail(Error(ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a category of obstacle: write "
                                                                  "no-device, officer-changed, account-locked, "
                                                                  "platform-restriction or other."),
                              {parser.value(QStringLiteral("category"))}));
        }
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto note =
            EvaluationNotes(vault).add(session, parser.value(QStringLiteral("kecamatan")), year, *kind, category, text);
        if (!note) {
            return fail(note.error());
        }
        printLine(CliText::tr("Note recorded for %1 %2, %3: %4")
                      .arg(note.value().kecamatanName)
                      .arg(note.value().year)
                      .arg(note.value().category ? obstacleCategoryDisplayName(*note.value().category)
                                                 : noteKindDisplayName(note.value().kind),
                           note.value().text));
        return Success;
    });
}
} // namespace

Command evaluationNoteCommand()
{
    return Command{QStringLiteral("evaluation note"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "record an achievement or an obstacle of a kecamatan's "
                                                              "accounts in a year"),
                   signInLines(), addNoteOptions, runNote};
}

} // namespace Brankas::Cli
