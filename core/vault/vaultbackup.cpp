// SPDX-License-Identifier: GPL-3.0-or-later
// What a backup needs from the vault, without the vault key ever leaving it.
#include "vault.h"

#include "../storage/metastore.h"
#include "vaultkey.h"

namespace Brankas {

Status Vault::unlockWithKey(SecretBytes key)
{
    return acceptKey(std::move(key));
}

Result<KeyWrap> Vault::recoveryWrap()
{
    return m_keyWraps->find(QStringLiteral("recovery"));
}

Result<SecretBytes> Vault::backupKey(QByteArrayView salt) const
{
    if (!m_key) {
        return vaultLockedError();
    }
    return backupKeyFor(*m_key, m_id, salt);
}

} // namespace Brankas
