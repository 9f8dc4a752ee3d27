// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/logverification.h"
#include "../result.h"
#include "session.h"

#include <QStringList>

namespace Brankas {

class Vault;

// `vault check`: SQLite's integrity check (on a server: its guards, see Storage::checkIntegrity), the key check value
// against the key in memory, the whole archive log (every signature, as `log verify --full`), and that every stored
// secret opens under its binding with the signed-in officer's secrets key. Each problem is one line in the UI language;
// nothing is written to the vault.
struct VaultCheckResult
{
    QStringList problems;
    LogVerification log;
    // What was checked of the storage when it is not SQLite's file (empty for a file).
    QString storageChecked;
    bool logIntact() const { return log.intact(); }
};

Result<VaultCheckResult> checkVault(Vault &vault, const Session &session);

} // namespace Brankas
