// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/publish/publisher.h>

#include <QDir>

namespace Brankas::Cli {

namespace {
void addPublishOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("out"),
         CliText::tr("The folder for index.html, accounts.csv, accounts.json and accounts.pdf (made if it does not "
                     "exist)."),
         QStringLiteral("DIR")},
        {QStringLiteral("paper"), CliText::tr("a4 (default) or f4 (215 x 330 mm)."), QStringLiteral("PAPER")},
    });
}

int runPublish(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        printNotice(CliText::tr("brankas-cli publish: give --out DIR, the folder to write the public list into."));
        return UsageError;
    }
    PublishOptions options;
    options.language = context.language;
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = paperFromId(parser.value(QStringLiteral("paper")));
        if (!paper) {
            printNotice(CliText::tr("brankas-cli publish: the paper is a4 or f4."));
            return UsageError;
        }
        options.paper = *paper;
    }
    const QString folder = parser.value(QStringLiteral("out"));
    // Refused before anything is signed in, gathered or logged.
    if (Status allowed = Publisher::checkFolder(folder); !allowed) {
        return fail(allowed.error());
    }
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        auto published = Publisher(vault).publish(session, folder, options);
        if (!published) {
            return fail(published.error());
        }
        const Publication &publication = published.value();
        printLine(CliText::tr("Published %n official account(s) active on %1 in %2:", nullptr, publication.accounts)
                      .arg(publication.asOf.toString(Qt::ISODate), QDir::toNativeSeparators(publication.folder)));
        for (const QString &file : publication.files) {
            printLine(QStringLiteral("  ") + QDir::toNativeSeparators(file));
        }
        printLine(CliText::tr("SHA-256 of the list (accounts.json), as the archive log records it: %1")
                      .arg(publication.sha256));
        return Success;
    });
}
} // namespace

Command publishCommand()
{
    return Command{QStringLiteral("publish"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "write the public list of official accounts for the "
                                                              "office's website (HTML, CSV, JSON and a PDF with QR "
                                                              "codes)"),
                   signInLines(), addPublishOptions, runPublish};
}

} // namespace Brankas::Cli
