#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Brankas {

QString cliProgram()
{
    const QString name = QStringLiteral("brankas-cli");
    const QString onPath = QStandardPaths::findExecutable(name);
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates = {here.filePath(name), here.filePath(QStringLiteral("../cli/") + name)};
    for (QString candidate : candidates) {
#ifdef Q_OS_WIN
        candidate += QStringLiteral(".exe");
#endif
        const QFileInfo info(candidate);
        if (!info.isFile() || !info.isExecutable()) {
            continue;
        }
        if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == info.canonicalFilePath()) {
            return name;
        }
        return shellQuoted(QDir::toNativeSeparators(info.canonicalFilePath()));
    }
    return name;
}

QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:\\\\+,=@-]+$"));
    if (!argument.isEmpty() && plain.match(argument).hasMatch()) {
        return argument;
    }
#ifndef Q_OS_WIN
    static const QRegularExpression special(QStringLiteral("[\"$`\\\\!]"));
    if (argument.contains(special)) {
        QString escaped = argument;
        escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }
#endif
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

QString initCommandLine(const QString &program, const QString &vaultPath, const QString &regencyPlaceholder,
                        const QString &adminPlaceholder)
{
    return QStringLiteral("%1 init --vault %2 --regency %3 --admin %4")
        .arg(program, shellQuoted(QDir::toNativeSeparators(vaultPath)), regencyPlaceholder, adminPlaceholder);
}

} // namespace Brankas
