// SPDX-License-Identifier: GPL-3.0-or-later
// What this PC's keychain can do for the vault, and putting the key back into it.
#include "vault.h"

#include "../log/logactions.h"
#include "change.h"
#include "vaultkey.h"

namespace Brankas {

KeychainState Vault::keychainStateFor(const Error &error) const
{
    KeychainState state;
    state.backend = m_env.keyStore.backendName();
    state.error = error;
    switch (error.code()) {
    case ErrorCode::None:
        state.kind = KeychainState::Kind::Ready;
        break;
    case ErrorCode::KeychainEntryMissing:
        state.kind = KeychainState::Kind::Missing;
        break;
    case ErrorCode::KeychainDenied:
        state.kind = KeychainState::Kind::Denied;
        break;
    case ErrorCode::KeychainTimeout:
        state.kind = KeychainState::Kind::Timeout;
        break;
    case ErrorCode::KeychainMismatch:
        state.kind = KeychainState::Kind::Mismatch;
        break;
    default:
        state.kind = KeychainState::Kind::Unavailable;
        break;
    }
    return state;
}

KeychainState Vault::keychainState()
{
    auto key = m_env.keyStore.readKey(m_id);
    if (!key) {
        return keychainStateFor(key.error());
    }
    auto check = keyCheckValue(key.value(), m_id);
    if (!check) {
        return keychainStateFor(check.error());
    }
    if (check.value() != m_metaValues.value(QStringLiteral("key_check"))) {
        return keychainStateFor(Error(
            ErrorCode::KeychainMismatch,
            QT_TRANSLATE_NOOP("Brankas::Error", "The key in this computer's keychain does not open this vault (it may "
                                                "belong to an older copy). Open the vault with the recovery "
                                                "passphrase.")));
    }
    return keychainStateFor(Error());
}

Status Vault::restoreKeychain(const Session &session)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can restore the vault key "
                                                         "into this computer's keychain."));
    }
    if (!m_key) {
        return vaultLockedError();
    }
    if (Status status = m_env.keyStore.writeKey(m_id, *m_key); !status) {
        return status;
    }
    return commitChange(session, [this] {
        return Result<QList<LogEvent>>(
            QList<LogEvent>{{LogAction::keychainRestored(), QStringLiteral("vault"),
                             QJsonObject{{QStringLiteral("keychain"), m_env.keyStore.backendName()}}}});
    });
}

} // namespace Brankas
