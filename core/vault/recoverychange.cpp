// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing the recovery passphrase: the vault key's wrap, the recovery box key pair and the seal of
// the secrets key to it are all made again, so nothing the old passphrase opened opens any more.
#include "vault.h"

#include "../crypto/sealedbox.h"
#include "../log/logactions.h"
#include "../storage/metastore.h"
#include "../storage/secretswrapstore.h"
#include "passphrase.h"
#include "vaultkey.h"

#include <QJsonObject>

namespace Brankas {

namespace {
const QString RecoveryWrap = QStringLiteral("recovery");
const QString RecoveryBoxWrap = QStringLiteral("recovery-box");
const QString RecoveryBoxPublic = QStringLiteral("recovery_box_public");
const QString SecretsCheck = QStringLiteral("secrets_check");
} // namespace

Status Vault::changeRecovery(const Session &session, QByteArrayView currentRecovery, QByteArrayView newRecovery)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can change the recovery passphrase."));
    }
    if (isReadOnly()) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault is open read-only; nothing can be changed."));
    }
    const SignedInKeys *keys = m_keyring.find(session);
    if (!keys || !m_key) {
        return vaultLockedError();
    }
    if (!keys->secretsKey) {
        // The new passphrase must open the passwords as well as the vault, or a restore from a
        // backup would give an office its register without its passwords.
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Your sign-in does not open the passwords in this vault yet, so the recovery "
                                       "passphrase cannot be replaced by you. Another administrator can do it."));
    }
    if (Status status = checkNewPassphrase(newRecovery, PassphraseKind::Recovery); !status) {
        return status;
    }
    const SecretBytes current = normalizedPassphrase(currentRecovery, PassphraseKind::Recovery);
    const SecretBytes replacement = normalizedPassphrase(newRecovery, PassphraseKind::Recovery);
    if (current == replacement) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The new recovery passphrase is the same as the current one. Choose another."));
    }
    // Whoever sits at a signed-in administrator's PC must still prove they hold the sheet in the
    // safe: without the current passphrase, no new one.
    auto wrap = m_keyWraps->find(RecoveryWrap);
    if (!wrap) {
        return wrap.error();
    }
    auto opened = unwrapVaultKey(wrap.value(), current, m_id);
    if (!opened) {
        return opened.error();
    }
    if (!(opened.value() == *m_key)) {
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The recovery passphrase's copy of the vault key does not match the vault. "
                                       "Ask an administrator to run brankas-cli vault check."));
    }

    const QDateTime now = m_env.clock.nowUtc();
    auto newWrap = wrapVaultKey(*m_key, replacement, m_env.kdf, m_id, RecoveryWrap);
    auto box = Crypto::generateBoxKey();
    if (!newWrap || !box) {
        return !newWrap ? Status(newWrap.error()) : Status(box.error());
    }
    auto newBoxWrap = wrapVaultKey(box.value().privateKey, replacement, m_env.kdf, m_id, RecoveryBoxWrap);
    auto seal = sealSecretsKey(*keys->secretsKey, box.value().publicKey, m_id, recoveryHolder(),
                               m_metaValues.value(QStringLiteral("log_signed_from")).toLongLong());
    if (!newBoxWrap || !seal) {
        return !newBoxWrap ? Status(newBoxWrap.error()) : Status(seal.error());
    }
    newWrap.value().createdAt = now;
    newBoxWrap.value().createdAt = now;
    const QString boxPublic = QString::fromLatin1(box.value().publicKey.toHex());
    auto before = recoveryOpensSecrets();
    const bool openedSecretsBefore = before && before.value();
    Status status = commitChange(session, [&]() -> Result<QList<LogEvent>> {
        for (const KeyWrap *made : {&newWrap.value(), &newBoxWrap.value()}) {
            if (Status stored = m_keyWraps->put(*made); !stored) {
                return stored.error();
            }
        }
        if (Status stored = m_meta->setValue(RecoveryBoxPublic, boxPublic); !stored) {
            return stored.error();
        }
        if (Status stored = m_secretsWraps->put(recoveryHolder(), seal.value(), now); !stored) {
            return stored.error();
        }
        return QList<LogEvent>{{LogAction::recoveryChanged(), RecoveryWrap,
                                QJsonObject{{QStringLiteral("openedPasswordsBefore"), openedSecretsBefore}}}};
    });
    if (status) {
        m_metaValues.insert(RecoveryBoxPublic, boxPublic);
    }
    return status;
}

Result<bool> Vault::recoveryOpensSecrets()
{
    if (m_metaValues.value(SecretsCheck).isEmpty()) {
        return true; // secrets still sealed under keys derived from the vault key, which it opens
    }
    if (!m_metaValues.contains(RecoveryBoxPublic)) {
        return false;
    }
    auto seal = m_secretsWraps->find(recoveryHolder());
    if (seal) {
        return true;
    }
    if (seal.error().code() == ErrorCode::NotFound) {
        return false;
    }
    return seal.error();
}

} // namespace Brankas
