// SPDX-License-Identifier: GPL-3.0-or-later
#include "autobackup.h"

#include "../log/logactions.h"
#include "../vault/vault.h"
#include "backupformat.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTimeZone>

namespace Brankas::Backup {

namespace {
QString prefixFor(const QString &vaultId)
{
    return QStringLiteral("brankas-%1-").arg(vaultId.left(8));
}

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

QString automaticFileName(const QString &vaultId, const QDateTime &utc)
{
    return prefixFor(vaultId) + utc.toUTC().toString(TimeFormat) + fileSuffix();
}

QList<StoredBackup> automaticBackupsIn(const QString &folder, const QString &vaultId)
{
    const QString prefix = prefixFor(vaultId);
    QList<StoredBackup> found;
    const QStringList names =
        QDir(folder).entryList({prefix + QLatin1Char('*') + fileSuffix()}, QDir::Files | QDir::NoSymLinks);
    for (const QString &name : names) {
        const QString stamp = name.mid(prefix.size(), name.size() - prefix.size() - fileSuffix().size());
        QDateTime time = QDateTime::fromString(stamp, TimeFormat);
        if (!time.isValid()) {
            continue; // not a name Brankas gave: never pruned
        }
        time.setTimeZone(QTimeZone::utc());
        found.append({name, time});
    }
    return found;
}

Status checkBackupFolder(const QString &folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.trimmed().isEmpty()) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "No folder for automatic backups is chosen on this computer."));
    }
    const QFileInfo info(folder);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The backup folder %1 is not there (is the USB disk plugged in, the network "
                                       "share connected?). No automatic backup can be written."),
                     {shown});
    }
    if (!info.isDir()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The backup folder %1 is a file, not a folder. Choose a "
                                                         "folder in Settings."),
                     {shown});
    }
    // The only sure test of a share or a write-protected USB disk is to write to it.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".brankas-write-test-XXXXXX")));
    if (!probe.open()) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Brankas cannot write to the backup folder %1 (%2). Make it writable or choose "
                                       "another folder in Settings."),
                     {shown, probe.errorString()});
    }
    return {};
}

Result<AutomaticBackup> writeAutomaticBackup(Vault &vault, const Session &session, const QString &folder, int keepLast)
{
    if (Status usable = checkBackupFolder(folder); !usable) {
        return usable.error();
    }
    const QDateTime now = vault.clock().nowUtc();
    auto written = writeBackup(vault, session, QDir(folder).filePath(automaticFileName(vault.id(), now)));
    if (!written) {
        return written.error();
    }
    AutomaticBackup result{written.value(), {}};
    for (const QString &name : backupsToRemove(automaticBackupsIn(folder, vault.id()), now, keepLast)) {
        if (QFile::remove(QDir(folder).filePath(name))) {
            result.removed.append(name);
        }
    }
    return result;
}

Result<std::optional<QDateTime>> lastBackupTime(Vault &vault)
{
    auto entries =
        vault.log().entries(LogFilter{.actionPrefix = LogAction::vaultBackedUp(), .limit = 1, .newestFirst = true});
    if (!entries) {
        return entries.error();
    }
    return entries.value().isEmpty() ? std::optional<QDateTime>() : std::optional(entries.value().first().at);
}

bool backupDueAfterChange(const std::optional<QDateTime> &lastBackup, const QDateTime &now)
{
    return !lastBackup || lastBackup->toLocalTime().date() != now.toLocalTime().date();
}

} // namespace Brankas::Backup
