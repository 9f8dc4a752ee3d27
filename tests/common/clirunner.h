// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs brankas-cli as a script would: arguments, one stdin line each, then the exit code and what
// it printed. Suites that use it define BRANKAS_CLI_PATH.
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace Brankas::Testing {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments, const QList<QByteArray> &stdinLines = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANKAS_CLI_PATH), arguments);
    for (const QByteArray &line : stdinLines) {
        process.write(line + '\n');
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        qFatal("brankas-cli did not finish");
    }
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

inline QJsonDocument json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8());
}

} // namespace Brankas::Testing

// Runs one brankas-cli command and fails the test, with its exit code and stderr, unless it
// succeeded. The command runs once: QVERIFY2 evaluates its message even when the check passes, so
// a macro that named the command in both would run it three times.
#define VERIFY_RUN(command)                                                                                            \
    do {                                                                                                               \
        const ::Brankas::Testing::Run verifyRunResult = (command);                                                     \
        QVERIFY2(verifyRunResult.exitCode == 0,                                                                        \
                 qPrintable(QString::number(verifyRunResult.exitCode) + verifyRunResult.err));                         \
    } while (false)
