// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupwriter.h"
#include "retention.h"

#include <optional>

namespace Brankas::Backup {

// Automatic backups go into a folder chosen on each PC (often a USB disk or a network share), one file
// per backup named after the vault and the time, so several vaults can share a folder and pruning
// never touches a file Brankas did not name.
QString automaticFileName(const QString &vaultId, const QDateTime &utc);
// The automatic backups of this vault in the folder, with the times their names give.
QList<StoredBackup> automaticBackupsIn(const QString &folder, const QString &vaultId);

// A folder that is missing (a USB disk not plugged in, a share not mounted), not a folder, or that
// cannot be written: an Error naming the folder and the cause.
Status checkBackupFolder(const QString &folder);

struct AutomaticBackup
{
    Written written;
    QStringList removed; // older automatic backups pruned (see backupsToRemove)
};

// Writes an automatic backup into the folder, then prunes the older ones. A failure to prune is not a
// failure of the backup (the new file is there); the files stay until the next backup tries again.
Result<AutomaticBackup> writeAutomaticBackup(Vault &vault, const Session &session, const QString &folder,
                                             int keepLast = DefaultKeepLast);

// When the vault's last backup was written, as its archive log records it (whichever PC or folder
// wrote it); nullopt when it never was.
Result<std::optional<QDateTime>> lastBackupTime(Vault &vault);

// A change is backed up at most once a day: when no backup was written yet on today's (local) date.
bool backupDueAfterChange(const std::optional<QDateTime> &lastBackup, const QDateTime &now);

} // namespace Brankas::Backup
