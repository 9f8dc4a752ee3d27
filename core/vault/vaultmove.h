// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/logverification.h"
#include "../result.h"
#include "vault.h"

namespace Brankas {

struct MovedVault
{
    QString target; // the address as it is shown
    LogVerification log;
};

// `vault move --to URL|FILE`: copies the whole open vault to a new place, a file or a database on a
// server (either engine to either), in one snapshot of the source, and verifies the copy's archive
// log with the vault key from this PC's keychain (or the recovery passphrase when given). The source
// is only read: it stays as it was, and it stays the vault until the officers switch to the target.
// Administrators only. The target must be new: no file there, or a server database without a vault.
// A copy that does not verify is removed again (a file); on a server it stays, and the error says so.
Result<MovedVault> moveVault(Vault &source, const Session &session, const QString &target, VaultEnvironment environment,
                             QByteArrayView recoveryPassphrase = {});

} // namespace Brankas
