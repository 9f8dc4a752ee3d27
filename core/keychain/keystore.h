// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

#include <QString>

namespace Brankas {

// Where a vault key lives on this PC, one entry per vault id. The OS keychain in the app; an
// in-memory store in tests of other units.
//
// Errors: KeychainUnavailable (no service reachable), KeychainEntryMissing (no entry for this
// vault: note that a locked or absent login keyring can also answer this way), KeychainDenied,
// KeychainTimeout. A caller must never take "missing" as "first run".
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    virtual Result<SecretBytes> readKey(const QString &vaultId) = 0;
    virtual Status writeKey(const QString &vaultId, const SecretBytes &key) = 0;
    virtual Status removeKey(const QString &vaultId) = 0;

    // Shown to the officer ("Secret Service", "Windows Credential Manager", "memory").
    virtual QString backendName() const = 0;
};

} // namespace Brankas
