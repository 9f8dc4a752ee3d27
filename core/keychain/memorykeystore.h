// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <QHash>

namespace Brankas {

// A key store that lives only as long as the object: for tests of other units, and for a session
// opened with the recovery passphrase that must not touch the OS keychain.
class MemoryKeyStore final : public KeyStore
{
public:
    MemoryKeyStore() = default;
    ~MemoryKeyStore() override; // wipes the keys it still holds

    Result<SecretBytes> readKey(const QString &vaultId) override;
    Status writeKey(const QString &vaultId, const SecretBytes &key) override;
    Status removeKey(const QString &vaultId) override;
    QString backendName() const override;

    // Makes every call fail with this error, to test how callers cope with a broken keychain.
    void failWith(const Error &error) { m_failure = error; }

private:
    QHash<QString, QByteArray> m_keys;
    Error m_failure;
};

} // namespace Brankas
