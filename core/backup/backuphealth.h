// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../register/healthcheck.h"

namespace Brankas::Backup {

constexpr int MaxDaysWithoutBackup = 7;

// What Beranda and `brankas-cli check` say about backups, as findings that name no account:
// "no-recent-backup" when the archive log records no backup for more than MaxDaysWithoutBackup days
// (counted from the vault's creation when there never was one), and "backup-folder-unavailable"
// when this PC has a backup folder (`folder` not empty) that is missing or cannot be written.
Result<QList<Finding>> backupFindings(Vault &vault, const QString &folder, const QDate &today);

// The backup folder this PC's Settings name (the window's preferences, read by brankas-cli too).
QString configuredBackupFolder();
// The key under which Preferences keeps it.
QString backupFolderSetting();

} // namespace Brankas::Backup
