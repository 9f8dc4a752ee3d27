// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorykeystore.h"

#include "../crypto/wipe.h"

namespace Brankas {

namespace {

// Same checks and texts as SystemKeyStore, so a unit tested against this store meets the same answers in the app.
Error noVaultIdError()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas tried to use the password store without saying which vault the key "
                                   "belongs to. Report this problem to the person who looks after Brankas."));
}

Error missingError(const QString &backend)
{
    return Error(ErrorCode::KeychainEntryMissing,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The password store of this computer (%1) did not give Brankas a key for this "
                                   "vault. This happens when the key was never saved on this computer, but also when "
                                   "the password store is locked or belongs to another user account, so Brankas has "
                                   "not changed anything. Open the vault with its recovery passphrase; Brankas can "
                                   "then save the key again."),
                 {backend});
}

} // namespace

MemoryKeyStore::~MemoryKeyStore()
{
    for (QByteArray &key : m_keys) {
        Crypto::wipe(key);
    }
}

Result<SecretBytes> MemoryKeyStore::readKey(const QString &vaultId)
{
    if (m_failure.isError()) {
        return m_failure;
    }
    if (vaultId.isEmpty()) {
        return noVaultIdError();
    }
    const auto it = m_keys.constFind(vaultId);
    if (it == m_keys.cend()) {
        return missingError(backendName());
    }
    return SecretBytes::fromView(*it);
}

Status MemoryKeyStore::writeKey(const QString &vaultId, const SecretBytes &key)
{
    if (m_failure.isError()) {
        return m_failure;
    }
    if (vaultId.isEmpty()) {
        return noVaultIdError();
    }
    QByteArray &stored = m_keys[vaultId];
    Crypto::wipe(stored);
    // An unshared copy, so the wipes here, in removeKey() and in the destructor reach the only copy of the key.
    stored = QByteArray(key.constData(), key.size());
    return {};
}

Status MemoryKeyStore::removeKey(const QString &vaultId)
{
    if (m_failure.isError()) {
        return m_failure;
    }
    if (vaultId.isEmpty()) {
        return noVaultIdError();
    }
    // Removing a key that is not there succeeds, as with SystemKeyStore.
    const auto it = m_keys.find(vaultId);
    if (it != m_keys.end()) {
        Crypto::wipe(*it);
        m_keys.erase(it);
    }
    return {};
}

QString MemoryKeyStore::backendName() const
{
    return QStringLiteral("memory");
}

} // namespace Brankas
