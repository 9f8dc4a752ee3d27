// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsing.h"

#include "output.h"

#include <QFile>
#include <QRegularExpression>

namespace Brankas::Cli {

Result<QDate> parseDate(const QString &text)
{
    // Qt's ISO parser takes "2023-02-28x" and more; only the documented form is a date here.
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = form.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!date.isValid()) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2024-02-14."),
            {text});
    }
    return date;
}

Result<qint64> parseId(const QString &text, const char *what)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a %2 number; use the number shown by the list."),
            {text, CliText::tr(what)});
    }
    return id;
}

Result<int> parseYear(const QString &text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (!ok || year < 2000 || year > 2999) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a year: write it with four digits, e.g. "
                                                         "2025."),
                     {text});
    }
    return year;
}

Result<QString> singlePositional(const QCommandLineParser &parser, const QString &name)
{
    const QStringList values = parser.positionalArguments();
    if (values.size() != 1) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Give exactly one %1."), {name});
    }
    return values.first();
}

Result<qint64> accountIdArgument(const QCommandLineParser &parser)
{
    auto text = singlePositional(parser, QStringLiteral("ID"));
    if (!text) {
        return text.error();
    }
    return parseId(text.value(), QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "account"));
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
}

QStringList signInLines()
{
    return {CliText::tr("your passphrase (the officer given with --officer)"),
            CliText::tr("the recovery passphrase, only if this computer's keychain cannot give the vault key"),
            CliText::tr("a new passphrase, only if an administrator reset yours (officer reset)")};
}

Result<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "The file %1 cannot be read: %2"),
                     {path, file.errorString()});
    }
    return file.readAll();
}

} // namespace Brankas::Cli
