// SPDX-License-Identifier: GPL-3.0-or-later
#include "officers.h"

#include "../crypto/random.h"
#include "../crypto/wipe.h"
#include "../log/logactions.h"
#include "../storage/database.h"
#include "../storage/officerstore.h"
#include "../text/textrules.h"
#include "change.h"
#include "passphrase.h"
#include "secretskey.h"
#include "vaultkey.h"

namespace Brankas {

namespace {
constexpr qsizetype SaltSize = 16;

Error wrongNameOrPassphrase()
{
    // One message for both cases, so the answer does not tell a stranger which names exist.
    return Error(ErrorCode::WrongPassphrase,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The officer name or passphrase is not right. Check Caps Lock and try again."));
}
} // namespace

Officers::Officers(Storage::Database &db, Stores stores, ArchiveLog &log, const SignedInKeyring &keyring,
                   const QString &vaultId, const Clock &clock, Crypto::ScryptParams kdf)
    : m_db(db)
    , m_store(stores.officers)
    , m_stores(stores)
    , m_log(log)
    , m_keyring(keyring)
    , m_vaultId(vaultId)
    , m_clock(clock)
    , m_kdf(kdf)
{}

Result<QList<Officer>> Officers::list()
{
    return m_store.list();
}

Status Officers::checkName(const QString &name)
{
    return checkOfficerName(name);
}

QJsonObject Officers::NewOfficer::registration() const
{
    // The public signing key goes into the log itself: verification reads who owns which key from
    // signed entries, never from the officer table.
    return QJsonObject{{QStringLiteral("role"), roleId(record.officer.role)},
                       {QStringLiteral("signingKey"), QString::fromLatin1(keys.signPublic.toHex())}};
}

Result<Officers::NewOfficer> Officers::makeRecord(const QString &name, Role role, QByteArrayView passphrase,
                                                  const Crypto::ScryptParams &kdf, const QDateTime &now,
                                                  const QString &vaultId)
{
    if (Status status = checkName(name); !status) {
        return status.error();
    }
    if (Status status = checkNewPassphrase(passphrase, PassphraseKind::Officer, name); !status) {
        return status.error();
    }
    auto salt = Crypto::randomBytes(SaltSize);
    if (!salt) {
        return salt.error();
    }
    auto derived = passphraseKeys(normalizedPassphrase(passphrase, PassphraseKind::Officer), salt.value(), kdf);
    if (!derived) {
        return derived.error();
    }
    auto keys = makeOfficerKeys(derived.value().kek, vaultId);
    if (!keys) {
        return keys.error();
    }
    NewOfficer made{{}, std::move(keys).value()};
    OfficerRecord &record = made.record;
    record.officer.name = name.trimmed();
    record.officer.role = role;
    record.officer.createdAt = now;
    record.salt = salt.value();
    record.params = kdf;
    record.verifier = derived.value().verifier;
    record.signPublic = made.keys.signPublic;
    record.boxPublic = made.keys.boxPublic;
    record.keysWrapped = made.keys.wrapped;
    return made;
}

Result<Officer> Officers::add(const Session &session, const QString &name, Role role, QByteArrayView passphrase)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can add officers."));
    }
    if (Status status = checkName(name); !status) {
        return status.error();
    }
    if (auto existing = m_store.findByName(name.trimmed()); existing) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error", "There is already an officer named \"%1\"."),
                     {existing.value().officer.name});
    } else if (existing.error().code() != ErrorCode::NotFound) {
        return existing.error();
    }
    const SignedInKeys *keys = m_keyring.find(session);
    if (!keys) {
        return vaultLockedError();
    }
    auto made = makeRecord(name, role, passphrase, m_kdf, m_clock.nowUtc(), m_vaultId);
    if (!made) {
        return made.error();
    }
    Officer added = made.value().record.officer;
    const LogSigner signer = keys->signer();
    Status status = commitChange(
        m_db, m_log, session.officer.name,
        [&]() -> Result<QList<LogEvent>> {
            auto id = m_store.insert(made.value().record);
            if (!id) {
                return id.error();
            }
            added.id = id.value();
            QList<LogEvent> events{
                {LogAction::officerAdded(), QStringLiteral("officer:") + added.name, made.value().registration()}};
            if (keys->secretsKey) {
                if (Status synced = syncSecretsWraps(m_store, m_stores.secretsWraps, m_stores.meta, *keys->secretsKey,
                                                     m_vaultId, m_clock.nowUtc(), events);
                    !synced) {
                    return synced.error();
                }
            }
            return events;
        },
        &signer);
    if (!status) {
        return status.error();
    }
    return added;
}

Result<Officers::Authenticated> Officers::authenticate(const QString &name, QByteArrayView passphrase)
{
    auto record = m_store.findByName(name.trimmed());
    if (!record) {
        if (record.error().code() != ErrorCode::NotFound) {
            return record.error();
        }
        // Spend the same time as a real check, so timing does not reveal which names exist.
        auto dummySalt = QByteArray(SaltSize, '\0');
        (void)passphraseKeys(normalizedPassphrase(passphrase, PassphraseKind::Officer), dummySalt, m_kdf);
        return wrongNameOrPassphrase();
    }
    const OfficerRecord &officer = record.value();
    auto derived =
        passphraseKeys(normalizedPassphrase(passphrase, PassphraseKind::Officer), officer.salt, officer.params);
    if (!derived) {
        return derived.error();
    }
    if (!Crypto::constantTimeEqual(derived.value().verifier, officer.verifier)) {
        return wrongNameOrPassphrase();
    }
    if (officer.officer.disabled) {
        // Said only to whoever knows the passphrase, so it tells a stranger nothing.
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This officer's access was closed on %1 by %2. Ask an administrator if it "
                                       "should be opened again."),
                     {officer.officer.disabledAt.toUTC().date().toString(Qt::ISODate), officer.officer.disabledBy});
    }
    return Authenticated{record.value(), std::move(derived.value().kek)};
}

} // namespace Brankas
