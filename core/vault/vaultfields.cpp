// The vault's encrypted fields: sealing a value to its row and field, opening it again for those
// allowed to see it, and the keyed tag that shows password reuse.
#include "vault.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/mac.h"

namespace Brankas {

Result<QByteArray> Vault::sealField(const QString &table, qint64 rowId, const QString &field, QByteArrayView plaintext)
{
    if (!m_fieldKey) {
        return vaultLockedError();
    }
    return Crypto::seal(*m_fieldKey, plaintext, Crypto::bindingFor(m_id, table, rowId, field));
}

Result<SecretBytes> Vault::openField(const Session &session, const QString &table, qint64 rowId, const QString &field,
                                     QByteArrayView sealed)
{
    if (!canRevealSecrets(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Viewers cannot see passwords or other secrets."));
    }
    if (!m_fieldKey) {
        return vaultLockedError();
    }
    return Crypto::open(*m_fieldKey, sealed, Crypto::bindingFor(m_id, table, rowId, field));
}

Result<QByteArray> Vault::passwordTag(QByteArrayView password) const
{
    if (!m_tagKey) {
        return vaultLockedError();
    }
    return Crypto::hmacSha256(m_tagKey->view(), password);
}

} // namespace Brankas
