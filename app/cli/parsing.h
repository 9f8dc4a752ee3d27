// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

namespace Brankas::Cli {

// YYYY-MM-DD, as every date on the command line is written.
Result<QDate> parseDate(const QString &text);
// A positive whole number naming a row (an account, a term).
Result<qint64> parseId(const QString &text, const char *what);
// A year as scripts write it: four digits, 2000 to 2999.
Result<int> parseYear(const QString &text);
// The one positional argument a command takes, or a usage error naming it.
Result<QString> singlePositional(const QCommandLineParser &parser, const QString &name);
// The whole content of a file a command reads in (a spreadsheet to import), or why it cannot be read.
Result<QByteArray> readInputFile(const QString &path);

// The account number a command takes as its one positional argument.
Result<qint64> accountIdArgument(const QCommandLineParser &parser);
void addJsonOption(QCommandLineParser &parser);

// The stdin lines every signed-in command starts with.
QStringList signInLines();

} // namespace Brankas::Cli
