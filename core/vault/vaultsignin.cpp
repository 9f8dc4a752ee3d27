// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in, and what the recovery passphrase opens: the officer's own keys, the secrets key, and
// the upgrade of vaults made before officers had keys.
#include "vault.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/mac.h"
#include "../crypto/random.h"
#include "../crypto/sealedbox.h"
#include "../domain/secretkind.h"
#include "../log/logactions.h"
#include "../storage/metastore.h"
#include "../storage/officerstore.h"
#include "../storage/secretstore.h"
#include "../storage/secretswrapstore.h"
#include "change.h"
#include "passphrase.h"
#include "vaultkey.h"

namespace Brankas {

namespace {
const QString RecoveryWrap = QStringLiteral("recovery");
const QString RecoveryBoxWrap = QStringLiteral("recovery-box");
const QString RecoveryBoxPublic = QStringLiteral("recovery_box_public");
const QString SecretsCheck = QStringLiteral("secrets_check");
const QString SecretsTable = QStringLiteral("account_secret");
} // namespace

// What one sign-in unlocked, before it is handed to the keyring.
struct Vault::SignInKeys
{
    SignedInKeys keys;
    SecretBytes boxPrivate;
    bool newKeys = false; // the officer had none: store and register these
    OfficerKeyPairs made;
};

Result<Vault::SignInKeys> Vault::openSignInKeys(const Officers::Authenticated &officer, QList<LogEvent> &events)
{
    const OfficerRecord &record = officer.record;
    SignInKeys result;
    if (record.hasKeys()) {
        auto opened = openOfficerKeys(officer.kek, m_id, record.signPublic, record.boxPublic, record.keysWrapped);
        if (!opened) {
            return opened.error();
        }
        result.keys.signSeed = std::move(opened.value().signSeed);
        result.keys.signPublic = opened.value().signPublic;
        result.boxPrivate = std::move(opened.value().boxPrivate);
    } else {
        // An officer from before format 5: their keys are made now, and registered in the log
        // under their own signature (nobody else could have made them without their passphrase).
        auto made = makeOfficerKeys(officer.kek, m_id);
        if (!made) {
            return made.error();
        }
        result.keys.signSeed = made.value().signSeed.clone();
        result.keys.signPublic = made.value().signPublic;
        result.boxPrivate = made.value().boxPrivate.clone();
        result.made = std::move(made).value();
        result.newKeys = true;
        events.append(
            {LogAction::officerKeysRegistered(), QStringLiteral("officer:") + record.officer.name,
             QJsonObject{{QStringLiteral("role"), roleId(record.officer.role)},
                         {QStringLiteral("signingKey"), QString::fromLatin1(result.made.signPublic.toHex())}}});
    }
    if (!canRevealSecrets(record.officer.role)) {
        return result;
    }
    const QString check = m_metaValues.value(SecretsCheck);
    if (check.isEmpty()) {
        return result; // no secrets key yet: upgradeSecrets() makes it
    }
    auto box = m_secretsWraps->find(officerHolder(record.officer.id));
    if (box) {
        auto key = openSecretsKey(result.boxPrivate, box.value(), m_id, officerHolder(record.officer.id),
                                  m_metaValues.value(QStringLiteral("log_signed_from")).toLongLong(), check);
        if (!key) {
            return key.error();
        }
        result.keys.secretsKey = std::move(key).value();
    } else if (box.error().code() != ErrorCode::NotFound) {
        return box.error();
    } else if (m_recoverySecretsKey) {
        // Nobody had sealed it to this officer yet; the recovery passphrase just opened it.
        result.keys.secretsKey = m_recoverySecretsKey->clone();
    }
    return result;
}

Status Vault::upgradeSecrets(SignInKeys &keys, QList<LogEvent> &events)
{
    // Every secret moves from the vault-key-derived keys to the new secrets key, in this transaction.
    auto secretsKey = Crypto::randomSecret(SecretsKeySize);
    if (!secretsKey || !m_legacyKeys) {
        return !secretsKey ? Status(secretsKey.error()) : Status(vaultLockedError());
    }
    auto fresh = secretFieldKeys(secretsKey.value(), m_id);
    auto check = secretsCheckValue(secretsKey.value(), m_id);
    if (!fresh || !check) {
        return !fresh ? Status(fresh.error()) : Status(check.error());
    }
    Storage::SecretStore store(*m_db);
    auto records = store.all();
    if (!records) {
        return records.error();
    }
    for (const Storage::SecretRecord &record : records.value()) {
        const QByteArray binding =
            Crypto::bindingFor(m_id, SecretsTable, record.id, boundSecretField(record.kind, record.accountId));
        auto plain = Crypto::open(m_legacyKeys->fieldKey, record.sealed, binding);
        if (!plain) {
            return plain.error();
        }
        auto sealed = Crypto::seal(fresh.value().fieldKey, plain.value().view(), binding);
        if (!sealed) {
            return sealed.error();
        }
        QByteArray tag;
        if (!record.reuseTag.isEmpty()) {
            auto retagged = Crypto::hmacSha256(fresh.value().tagKey.view(), plain.value().view());
            if (!retagged) {
                return retagged.error();
            }
            tag = retagged.value();
        }
        if (Status status = store.reseal(record.id, sealed.value(), tag); !status) {
            return status;
        }
    }
    if (Status status = m_meta->setValue(SecretsCheck, check.value()); !status) {
        return status;
    }
    events.append({LogAction::secretsKeyCreated(), QStringLiteral("vault"),
                   QJsonObject{{QStringLiteral("secrets"), qint64(records.value().size())}}});
    keys.keys.secretsKey = std::move(secretsKey).value();
    return {};
}

Result<Session> Vault::signIn(const QString &officerName, QByteArrayView passphrase, QByteArrayView newPassphrase)
{
    if (!m_key) {
        return vaultLockedError();
    }
    auto officer = m_officers->authenticate(officerName, passphrase);
    const bool writable = !isReadOnly() && !logTampered();
    if (!officer) {
        const bool refused = officer.error().code() == ErrorCode::PermissionDenied;
        if (writable && (officer.error().code() == ErrorCode::WrongPassphrase || refused)) {
            // Nobody proved who they are (or a closed officer did): this entry is chained, but
            // signed by no officer.
            (void)Brankas::commitChange(*m_db, *m_log, officerName.trimmed(), [&] {
                return Result<QList<LogEvent>>(QList<LogEvent>{
                    {refused ? LogAction::signInRefused() : LogAction::signInFailed(), QStringLiteral("vault"), {}}});
            });
        }
        return officer.error();
    }
    const OfficerRecord &record = officer.value().record;
    const bool changePassphrase = record.officer.mustChangePassphrase || !newPassphrase.isEmpty();
    if (record.officer.mustChangePassphrase && newPassphrase.isEmpty()) {
        return Error(ErrorCode::PassphraseChangeRequired,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "An administrator gave %1 a temporary passphrase: choose a new one to sign in."),
                     {record.officer.name});
    }
    if (changePassphrase && !writable) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The passphrase cannot be changed in a vault opened read-only or whose archive "
                                       "log failed its check."));
    }
    Session session{record.officer, m_env.clock.nowUtc()};
    QList<LogEvent> events;
    auto keys = openSignInKeys(officer.value(), events);
    if (!keys) {
        return keys.error();
    }
    std::optional<OfficerRecord> rekeyed;
    if (changePassphrase) {
        OfficerRecord current = record;
        if (keys.value().newKeys) {
            current.signPublic = keys.value().made.signPublic;
            current.boxPublic = keys.value().made.boxPublic;
        }
        auto changed = m_officers->withPassphrase(std::move(current), keys.value().keys.signSeed,
                                                  keys.value().boxPrivate, newPassphrase);
        if (!changed) {
            return changed.error();
        }
        rekeyed = std::move(changed).value();
        session.officer.mustChangePassphrase = false;
    }
    if (!writable) {
        // Read-only, or a tampered log: no new keys, no upgrade, no log entry. The officer can read
        // the register; anything that must be logged (a reveal, a change) is refused.
        if (!keys.value().newKeys) {
            m_keyring.put(record.officer.id, std::move(keys.value().keys));
        }
        return session;
    }
    SignInKeys &opened = keys.value();
    const bool upgrade = canRevealSecrets(record.officer.role) && m_metaValues.value(SecretsCheck).isEmpty();
    const LogSigner signer = opened.keys.signer();
    Status status = Brankas::commitChange(
        *m_db, *m_log, record.officer.name,
        [&]() -> Result<QList<LogEvent>> {
            if (opened.newKeys) {
                if (Status stored = m_officerStore->setKeys(record.officer.id, opened.made.signPublic,
                                                            opened.made.boxPublic, opened.made.wrapped);
                    !stored) {
                    return stored.error();
                }
            }
            if (rekeyed) {
                if (Status stored = m_officerStore->setPassphrase(*rekeyed); !stored) {
                    return stored.error();
                }
                events.append(
                    {LogAction::officerPassphraseChanged(), QStringLiteral("officer:") + record.officer.name, {}});
            }
            if (upgrade) {
                if (Status upgraded = upgradeSecrets(opened, events); !upgraded) {
                    return upgraded.error();
                }
            }
            if (opened.keys.secretsKey) {
                if (Status synced = syncSecretsWraps(*m_officerStore, *m_secretsWraps, *m_meta, *opened.keys.secretsKey,
                                                     m_id, m_env.clock.nowUtc(), events);
                    !synced) {
                    return synced.error();
                }
            }
            events.append({LogAction::signedIn(), QStringLiteral("vault"), {}});
            return events;
        },
        &signer);
    if (!status) {
        return status.error();
    }
    if (upgrade) {
        auto meta = m_meta->all();
        if (!meta) {
            return meta.error();
        }
        m_metaValues = meta.value();
    }
    if (opened.keys.secretsKey) {
        auto fieldKeys = secretFieldKeys(*opened.keys.secretsKey, m_id);
        if (!fieldKeys) {
            return fieldKeys.error();
        }
        opened.keys.fieldKeys = std::move(fieldKeys).value();
    }
    m_keyring.put(record.officer.id, std::move(opened.keys));
    return session;
}

bool Vault::hasSecretsAccess(const Session &session) const
{
    return fieldKeysFor(session) != nullptr;
}

const SecretFieldKeys *Vault::fieldKeysFor(const Session &session) const
{
    if (!canRevealSecrets(session.officer.role)) {
        return nullptr;
    }
    if (m_metaValues.value(SecretsCheck).isEmpty()) {
        return m_legacyKeys ? &*m_legacyKeys : nullptr; // a vault whose secrets have not moved yet
    }
    const SignedInKeys *keys = m_keyring.find(session);
    return keys && keys->fieldKeys ? &*keys->fieldKeys : nullptr;
}

Status Vault::unlockWithRecovery(QByteArrayView recoveryPassphrase, const QString &claimedOfficer)
{
    auto wrap = m_keyWraps->find(RecoveryWrap);
    if (!wrap) {
        return wrap.error();
    }
    const SecretBytes passphrase = normalizedPassphrase(recoveryPassphrase, PassphraseKind::Recovery);
    auto key = unwrapVaultKey(wrap.value(), passphrase, m_id);
    if (!key) {
        // Nothing is written for a wrong recovery passphrase: the file stays exactly as it was.
        // (Whoever holds a copy of the file can try passphrases offline anyway, so a log line
        // here would prove little; scrypt's cost is what slows guessing.)
        return key.error();
    }
    if (Status status = acceptKey(std::move(key).value()); !status) {
        return status;
    }
    // The recovery passphrase also opens the secrets key, through its own X25519 key.
    std::optional<KeyWrap> newBox;
    QByteArray newBoxPublic;
    if (m_metaValues.contains(RecoveryBoxPublic)) {
        auto boxWrap = m_keyWraps->find(RecoveryBoxWrap);
        if (!boxWrap) {
            return boxWrap.error();
        }
        auto boxPrivate = unwrapVaultKey(boxWrap.value(), passphrase, m_id);
        if (!boxPrivate) {
            return boxPrivate.error();
        }
        auto sealed = m_secretsWraps->find(recoveryHolder());
        if (sealed) {
            auto secretsKey = openSecretsKey(boxPrivate.value(), sealed.value(), m_id, recoveryHolder(),
                                             m_metaValues.value(QStringLiteral("log_signed_from")).toLongLong(),
                                             m_metaValues.value(SecretsCheck));
            if (!secretsKey) {
                return secretsKey.error();
            }
            m_recoverySecretsKey = std::move(secretsKey).value();
        } else if (sealed.error().code() != ErrorCode::NotFound) {
            return sealed.error();
        }
    } else if (!isReadOnly()) {
        // A vault from before format 5: the recovery passphrase gets its key now, and the secrets
        // key is sealed to it at the next sign-in of someone who holds it.
        auto box = Crypto::generateBoxKey();
        if (!box) {
            return box.error();
        }
        auto wrapped = wrapVaultKey(box.value().privateKey, passphrase, wrap.value().params, m_id, RecoveryBoxWrap);
        if (!wrapped) {
            return wrapped.error();
        }
        wrapped.value().createdAt = m_env.clock.nowUtc();
        newBox = wrapped.value();
        newBoxPublic = box.value().publicKey;
    }
    if (isReadOnly() || logTampered()) {
        return {};
    }
    Status status = Brankas::commitChange(*m_db, *m_log, claimedOfficer, [&]() -> Result<QList<LogEvent>> {
        if (newBox) {
            if (Status stored = m_keyWraps->put(*newBox); !stored) {
                return stored.error();
            }
            if (Status stored = m_meta->setValue(RecoveryBoxPublic, QString::fromLatin1(newBoxPublic.toHex()));
                !stored) {
                return stored.error();
            }
        }
        return QList<LogEvent>{{LogAction::unlockedWithRecovery(), QStringLiteral("vault"), {}}};
    });
    if (status && newBox) {
        m_metaValues.insert(RecoveryBoxPublic, QString::fromLatin1(newBoxPublic.toHex()));
    }
    return status;
}

Result<LogVerification> Vault::verifyLog(const Session *session, const ArchiveLog::Progress &progress, bool full)
{
    auto verification = m_log->verify(progress, full);
    if (!verification || !verification.value().intact() || !session || isReadOnly() || logTampered() ||
        !canManageOfficers(session->officer.role) || verification.value().signatures == 0) {
        return verification;
    }
    // Nothing new to vouch for when every signature was already behind a checkpoint.
    const LogVerification &result = verification.value();
    Status recorded = commitChange(*session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{{LogAction::logCheckpoint(), QStringLiteral("vault"),
                                QJsonObject{{QStringLiteral("through"), result.entries},
                                            {QStringLiteral("signatures"), result.signatures}}}};
    });
    if (!recorded) {
        return recorded.error();
    }
    return verification;
}

} // namespace Brankas
