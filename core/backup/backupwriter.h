// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Brankas {

class Vault;
struct Session;

namespace Backup {

// How far a backup or a restore has come, called on the caller's thread (a window keeps itself
// responsive from it): `done` out of `total`, which is ProgressTotal for the whole of writeBackup and
// restoreBackup, never goes back and ends at the total. Return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;
constexpr qint64 ProgressTotal = 1000;

struct Written
{
    QString path;
    QByteArray sha256; // of the whole file, as the log records it
    qint64 size = 0;
    QDateTime createdAt;
    qint64 logEntries = 0; // the entries the snapshot holds
};

// Writes one encrypted backup of the open, unlocked vault to `outPath` (see backupformat.h) and
// records it in the archive log as vault.backed-up with the file's SHA-256. Cancelled through
// `progress`, it leaves no file and no log entry. Any officer who is
// signed in may: the file opens only with the recovery passphrase, which already opens the vault
// itself, so a backup gives nobody more than they could have.
//
// The plaintext snapshot exists only while it is encrypted: in a private (0700) folder beside the
// vault, never beside the output (often a USB disk or a network share, where a plaintext copy left
// by a crash would travel), as a 0600 file that is deleted before the backup is renamed into place.
// Beside the vault it exposes nothing the vault file itself does not.
//
// The backup does not hold its own vault.backed-up entry: that entry records the file's SHA-256,
// which exists only once the file is complete. It is committed after the file is in place; if it
// cannot be, the file is removed, so there is never a backup the log does not know of. A restore
// records the same SHA-256 in vault.restored, which ties the two logs together.
Result<Written> writeBackup(Vault &vault, const Session &session, const QString &outPath,
                            const Progress &progress = {});

} // namespace Backup
} // namespace Brankas
