// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace Brankas {
class Error;
}

namespace Brankas::Cli {

// The translation context of brankas-cli's own words.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Brankas::Cli::CliText)
};

void printLine(const QString &text);   // stdout
void printNotice(const QString &text); // stderr, for what the officer should know
void printPrompt(const QString &text); // stderr without newline
void printJson(const QJsonDocument &document);
// The one line on stderr that a failed command ends with.
void printError(const Error &error);

// "Label:      value" lines, labels padded to one column.
QString labelled(const QList<std::pair<QString, QString>> &rows);

} // namespace Brankas::Cli
