// SPDX-License-Identifier: GPL-3.0-or-later
// Officers come and go: closing and reopening access, roles, and passphrases (an officer's own, and
// an administrator's reset of someone else's).
#include "officers.h"

#include "../crypto/random.h"
#include "../crypto/wipe.h"
#include "../log/logactions.h"
#include "../storage/officerstore.h"
#include "../storage/secretswrapstore.h"
#include "../text/textrules.h"
#include "change.h"
#include "passphrase.h"
#include "secretskey.h"

namespace Brankas {

namespace {
constexpr qsizetype SaltSize = 16;

QString officerTarget(const QString &name)
{
    return QStringLiteral("officer:") + name;
}

Error onlyAdministrators()
{
    return Error(ErrorCode::PermissionDenied,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Only an active administrator can close or open an officer's access, change a "
                                   "role or reset a passphrase."));
}
} // namespace

Result<Officers::AdminChange> Officers::prepareAdminChange(const Session &session, const QString &name)
{
    // The role as the vault holds it now, not as it was at sign-in.
    auto acting = m_store.findById(session.officer.id);
    if (!acting) {
        return acting.error();
    }
    if (!canManageOfficers(acting.value().officer.role) || acting.value().officer.disabled) {
        return onlyAdministrators();
    }
    const SignedInKeys *keys = m_keyring.find(session);
    if (!keys) {
        return vaultLockedError();
    }
    if (!keys->secretsKey) {
        return Error(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("Brankas::Error",
                              "Your sign-in did not open the secrets key, so Brankas cannot keep the officers' "
                              "access to passwords right. Ask another administrator to make this change."));
    }
    auto target = m_store.findByName(name.trimmed());
    if (!target) {
        return target.error();
    }
    return AdminChange{keys, std::move(target).value()};
}

Status Officers::refuseLastAdministrator(const Officer &target)
{
    if (target.role != Role::Administrator || target.disabled) {
        return {};
    }
    auto records = m_store.records();
    if (!records) {
        return records.error();
    }
    const auto active = std::count_if(records.value().cbegin(), records.value().cend(), [](const auto &record) {
        return record.officer.role == Role::Administrator && !record.officer.disabled;
    });
    if (active > 1) {
        return {};
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "%1 is the last active administrator: nobody could manage the officers any more. "
                                   "Make another officer administrator first."),
                 {target.name});
}

Status Officers::commitAdminChange(const Session &session, const AdminChange &change,
                                   const std::function<Result<QList<LogEvent>>()> &apply)
{
    const LogSigner signer = change.keys->signer();
    return commitChange(
        m_db, m_log, session.officer.name,
        [&]() -> Result<QList<LogEvent>> {
            auto events = apply();
            if (!events) {
                return events;
            }
            if (Status synced = syncSecretsWraps(m_store, m_stores.secretsWraps, m_stores.meta,
                                                 *change.keys->secretsKey, m_vaultId, m_clock.nowUtc(), events.value());
                !synced) {
                return synced.error();
            }
            return events;
        },
        &signer);
}

Status Officers::disable(const Session &session, const QString &name, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Say why the officer's access is closed."));
    }
    if (Status status = checkText(TextRules::Reason, why); !status) {
        return status;
    }
    auto change = prepareAdminChange(session, name);
    if (!change) {
        return change.error();
    }
    const Officer &target = change.value().target.officer;
    if (target.disabled) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The access of %1 is already closed (since %2)."),
                     {target.name, target.disabledAt.toUTC().date().toString(Qt::ISODate)});
    }
    if (target.id == session.officer.id) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "You cannot close your own access; another administrator can."));
    }
    if (Status status = refuseLastAdministrator(target); !status) {
        return status;
    }
    return commitAdminChange(session, change.value(), [&]() -> Result<QList<LogEvent>> {
        if (Status status = m_store.setAccess(target.id, m_clock.nowUtc(), session.officer.name, why); !status) {
            return status.error();
        }
        return QList<LogEvent>{
            {LogAction::officerDisabled(), officerTarget(target.name), QJsonObject{{QStringLiteral("reason"), why}}}};
    });
}

Status Officers::enable(const Session &session, const QString &name)
{
    auto change = prepareAdminChange(session, name);
    if (!change) {
        return change.error();
    }
    const Officer &target = change.value().target.officer;
    if (!target.disabled) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The access of %1 is open already."),
                     {target.name});
    }
    return commitAdminChange(session, change.value(), [&]() -> Result<QList<LogEvent>> {
        if (Status status = m_store.setAccess(target.id, {}, {}, {}); !status) {
            return status.error();
        }
        return QList<LogEvent>{{LogAction::officerEnabled(), officerTarget(target.name), {}}};
    });
}

Status Officers::setRole(const Session &session, const QString &name, Role role)
{
    auto change = prepareAdminChange(session, name);
    if (!change) {
        return change.error();
    }
    const Officer &target = change.value().target.officer;
    if (target.role == role) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "%1 is %2 already."),
                     {target.name, roleDisplayName(role)});
    }
    if (role != Role::Administrator) {
        if (Status status = refuseLastAdministrator(target); !status) {
            return status;
        }
    }
    return commitAdminChange(session, change.value(), [&]() -> Result<QList<LogEvent>> {
        if (Status status = m_store.setRole(target.id, role); !status) {
            return status.error();
        }
        // The verifier learns from this signed entry who counts as an administrator from here on.
        return QList<LogEvent>{{LogAction::officerRoleChanged(), officerTarget(target.name),
                                QJsonObject{{QStringLiteral("role"), roleId(role)}}}};
    });
}

Status Officers::reset(const Session &session, const QString &name, QByteArrayView temporary)
{
    auto change = prepareAdminChange(session, name);
    if (!change) {
        return change.error();
    }
    OfficerRecord record = change.value().target;
    if (record.officer.id == session.officer.id) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "To change your own passphrase use `brankas-cli officer passphrase` (or the "
                                       "Petugas page); a reset is for another officer."));
    }
    auto made = makeRecord(record.officer.name, record.officer.role, temporary, m_kdf, m_clock.nowUtc(), m_vaultId);
    if (!made) {
        return made.error();
    }
    const OfficerRecord &fresh = made.value().record;
    record.salt = fresh.salt;
    record.params = fresh.params;
    record.verifier = fresh.verifier;
    record.signPublic = fresh.signPublic;
    record.boxPublic = fresh.boxPublic;
    record.keysWrapped = fresh.keysWrapped;
    record.officer.mustChangePassphrase = true;
    return commitAdminChange(session, change.value(), [&]() -> Result<QList<LogEvent>> {
        if (Status status = m_store.setPassphrase(record); !status) {
            return status.error();
        }
        // The old seal was made for the old X25519 key: the sync below seals the secrets key to
        // the new one (unless the officer may not hold it).
        if (Status status = m_stores.secretsWraps.remove(officerHolder(record.officer.id)); !status) {
            return status.error();
        }
        return QList<LogEvent>{
            {LogAction::officerPassphraseReset(), officerTarget(record.officer.name), {}},
            {LogAction::officerKeysRegistered(), officerTarget(record.officer.name), made.value().registration()}};
    });
}

Result<OfficerRecord> Officers::withPassphrase(OfficerRecord record, const SecretBytes &signSeed,
                                               const SecretBytes &boxPrivate, QByteArrayView passphrase) const
{
    if (Status status = checkNewPassphrase(passphrase, PassphraseKind::Officer, record.officer.name); !status) {
        return status.error();
    }
    auto salt = Crypto::randomBytes(SaltSize);
    if (!salt) {
        return salt.error();
    }
    auto derived = passphraseKeys(normalizedPassphrase(passphrase, PassphraseKind::Officer), salt.value(), m_kdf);
    if (!derived) {
        return derived.error();
    }
    auto wrapped =
        wrapOfficerKeys(derived.value().kek, m_vaultId, signSeed, boxPrivate, record.signPublic, record.boxPublic);
    if (!wrapped) {
        return wrapped.error();
    }
    record.salt = salt.value();
    record.params = m_kdf;
    record.verifier = derived.value().verifier;
    record.keysWrapped = wrapped.value();
    record.officer.mustChangePassphrase = false;
    return record;
}

Status Officers::changePassphrase(const Session &session, QByteArrayView current, QByteArrayView next)
{
    const SignedInKeys *keys = m_keyring.find(session);
    if (!keys) {
        return vaultLockedError();
    }
    auto officer = authenticate(session.officer.name, current);
    if (!officer) {
        return officer.error();
    }
    const OfficerRecord &record = officer.value().record;
    if (Crypto::constantTimeEqual(normalizedPassphrase(current, PassphraseKind::Officer).view(),
                                  normalizedPassphrase(next, PassphraseKind::Officer).view())) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The new passphrase is the current one; choose another."));
    }
    auto opened =
        openOfficerKeys(officer.value().kek, m_vaultId, record.signPublic, record.boxPublic, record.keysWrapped);
    if (!opened) {
        return opened.error();
    }
    auto changed = withPassphrase(record, opened.value().signSeed, opened.value().boxPrivate, next);
    if (!changed) {
        return changed.error();
    }
    const LogSigner signer = keys->signer();
    return commitChange(
        m_db, m_log, session.officer.name,
        [&]() -> Result<QList<LogEvent>> {
            if (Status status = m_store.setPassphrase(changed.value()); !status) {
                return status.error();
            }
            return QList<LogEvent>{{LogAction::officerPassphraseChanged(), officerTarget(record.officer.name), {}}};
        },
        &signer);
}

} // namespace Brankas
