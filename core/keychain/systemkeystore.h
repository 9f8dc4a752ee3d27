// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <chrono>

namespace Brankas {

// The OS keychain through QtKeychain (Secret Service/KWallet on Linux, Credential Manager on
// Windows). Service "Brankas", key "Brankas vault <id>": QtKeychain on Windows before 0.17 ignores
// the service name, so the key itself carries the prefix. Must be called from the thread that owns
// QCoreApplication; a job that does not answer within the timeout is abandoned with
// KeychainTimeout instead of hanging the app.
class SystemKeyStore final : public KeyStore
{
public:
    explicit SystemKeyStore(std::chrono::milliseconds timeout = std::chrono::seconds(15));

    Result<SecretBytes> readKey(const QString &vaultId) override;
    Status writeKey(const QString &vaultId, const SecretBytes &key) override;
    Status removeKey(const QString &vaultId) override;
    QString backendName() const override;

    static QString entryKey(const QString &vaultId);

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace Brankas
