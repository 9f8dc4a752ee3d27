// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's encrypted fields: sealing a value to its row and field, opening it again for those
// allowed to see it, and the keyed tag that shows password reuse. All three need the signed-in
// officer's secrets key: the vault key alone (what the OS keychain holds) opens none of them.
#include "vault.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/mac.h"

namespace Brankas {

namespace {
Error noSecretsKey(const Session &session)
{
    if (!canRevealSecrets(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Viewers cannot see passwords or other secrets."));
    }
    return Error(ErrorCode::PermissionDenied,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Your access to passwords on this vault is not ready yet: it is given the next time "
                                   "an administrator signs in. Sign in again after that."));
}
} // namespace

Result<QByteArray> Vault::sealField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                    QByteArrayView plaintext)
{
    if (!m_key) {
        return vaultLockedError();
    }
    const SecretFieldKeys *keys = fieldKeysFor(session);
    if (!keys) {
        return noSecretsKey(session);
    }
    return Crypto::seal(keys->fieldKey, plaintext, Crypto::bindingFor(m_id, table, rowId, field));
}

Result<SecretBytes> Vault::openField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                     QByteArrayView sealed)
{
    if (!m_key) {
        return vaultLockedError();
    }
    const SecretFieldKeys *keys = fieldKeysFor(session);
    if (!keys) {
        return noSecretsKey(session);
    }
    return Crypto::open(keys->fieldKey, sealed, Crypto::bindingFor(m_id, table, rowId, field));
}

Result<QByteArray> Vault::passwordTag(const Session &session, QByteArrayView password) const
{
    if (!m_key) {
        return vaultLockedError();
    }
    const SecretFieldKeys *keys = fieldKeysFor(session);
    if (!keys) {
        return noSecretsKey(session);
    }
    return Crypto::hmacSha256(keys->tagKey.view(), password);
}

} // namespace Brankas
