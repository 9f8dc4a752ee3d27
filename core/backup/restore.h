// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../vault/vault.h"
#include "backupreader.h"

namespace Brankas::Backup {

struct RestoreRequest
{
    QString targetPath;
    QString officerName;              // an administrator of the backed-up vault
    QByteArrayView officerPassphrase; // UTF-8
    QByteArrayView recoveryPassphrase;
    bool replace = false; // an existing file at targetPath is kept as keptAsPath(targetPath)
};

struct Restored
{
    QString path;
    QString keptAs; // the file that was at the path before, or empty
    QString vaultId;
    LogVerification log;
    Status keychain; // the vault is restored either way; this says whether the keychain holds its key
};

// Where an existing file at the target is kept when it is replaced.
QString keptAsPath(const QString &targetPath);
// Refuses a target that is a folder, an existing file without `replace`, or one whose kept copy
// would overwrite the copy of an earlier restore. Callers check before asking for passphrases.
Status checkRestoreTarget(const QString &targetPath, bool replace);

// Restores the backup as a vault at targetPath. It is decrypted beside its final place, in a private
// folder; opened with the key the recovery passphrase unwraps; the administrator signs in; its
// archive log is verified in full; the restore is recorded in it (vault.restored, with the backup's
// SHA-256); the vault key goes into this PC's keychain; and only then is it renamed into place. A
// refusal at any step leaves the target and everything beside it as it was. `progress` can cancel
// it until the log is verified (RestoreCommitsAt of ProgressTotal); from then on the restore is
// recorded and renamed into place without asking, since stopping there would gain nothing.
constexpr qint64 RestoreCommitsAt = 940;
Result<Restored> restoreBackup(BackupReader &backup, const RestoreRequest &request, VaultEnvironment environment,
                               const Progress &progress = {});

} // namespace Brankas::Backup
