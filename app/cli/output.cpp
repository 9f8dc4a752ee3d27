// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <core/error.h>
#include <core/text/textrules.h>

#include <QCoreApplication>

#include <cstdio>

namespace Brankas::Cli {

namespace {
// Everything printed may hold text from the vault, which someone with sqlite3 could have filled
// with terminal escape sequences or bidi overrides: those are shown as escapes, never acted on.
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = escapedForTerminal(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printLine(const QString &text)
{
    write(stdout, text + QLatin1Char('\n'));
}

void printNotice(const QString &text)
{
    write(stderr, text + QLatin1Char('\n'));
}

void printPrompt(const QString &text)
{
    write(stderr, text);
}

void printJson(const QJsonDocument &document)
{
    const QByteArray bytes = escapedJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented))).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const Error &error)
{
    QString message = error.message();
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    write(stderr, QStringLiteral("brankas-cli: ") + message + QLatin1Char('\n'));
}

QString labelled(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows) {
        width = std::max(width, row.first.size());
    }
    QStringList lines;
    for (const auto &[label, value] : rows) {
        lines << (label + QLatin1Char(':')).leftJustified(width + 2) + value;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Brankas::Cli
