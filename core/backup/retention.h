// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Brankas::Backup {

// One automatic backup in the backup folder.
struct StoredBackup
{
    QString fileName;
    QDateTime createdAt; // UTC
};

constexpr int DefaultKeepLast = 10;

// Which automatic backups to delete: every one except the newest `keepLast`, and the newest of each
// calendar month (UTC) of the twelve months up to and including now's. A backup dated after `now`
// (a PC whose clock was wrong) counts as the newest, so a wrong clock never deletes the newest files.
// A pure function, so the rule can be tested case by case.
QStringList backupsToRemove(QList<StoredBackup> backups, const QDateTime &now, int keepLast = DefaultKeepLast);

} // namespace Brankas::Backup
