// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads back a PDF the way an officer's viewer would: its text (pdftotext, from poppler-utils)
// and its page size and count (pdfinfo).
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace Brankas::Testing {

inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text with every run of white space made one space, so a phrase matches across line breaks.
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

inline QString pdfPageText(const QString &path, int page)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), path, QStringLiteral("-")})
        .simplified();
}

inline QString pdfInfoField(const QString &path, const QString &field)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

inline int pdfPages(const QString &path)
{
    return pdfInfoField(path, QStringLiteral("Pages")).toInt();
}

// Keeps a copy of a rendered report for a person to look at, when BRANKAS_REPORT_SAMPLES names a folder.
inline void keepSample(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_REPORT_SAMPLES");
    if (!folder.isEmpty()) {
        QFile::remove(folder + QLatin1Char('/') + name);
        QFile::copy(path, folder + QLatin1Char('/') + name);
    }
}

} // namespace Brankas::Testing
