#include "officers.h"

#include "../crypto/random.h"
#include "../crypto/wipe.h"
#include "../log/logactions.h"
#include "../text/textrules.h"
#include "change.h"
#include "passphrase.h"
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

Officers::Officers(Storage::Database &db, Storage::OfficerStore &store, ArchiveLog &log, const Clock &clock,
                   Crypto::ScryptParams kdf)
    : m_db(db)
    , m_store(store)
    , m_log(log)
    , m_clock(clock)
    , m_kdf(kdf)
{}

Status Officers::checkName(const QString &name)
{
    return checkOfficerName(name);
}

Result<Storage::OfficerRecord> Officers::makeRecord(const QString &name, Role role, QByteArrayView passphrase,
                                                    const Crypto::ScryptParams &kdf, const QDateTime &now)
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
    auto verifier = passphraseVerifier(normalizedPassphrase(passphrase, PassphraseKind::Officer), salt.value(), kdf);
    if (!verifier) {
        return verifier.error();
    }
    Storage::OfficerRecord record;
    record.officer.name = name.trimmed();
    record.officer.role = role;
    record.officer.createdAt = now;
    record.salt = salt.value();
    record.params = kdf;
    record.verifier = verifier.value();
    return record;
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
    auto record = makeRecord(name, role, passphrase, m_kdf, m_clock.nowUtc());
    if (!record) {
        return record.error();
    }
    Officer added = record.value().officer;
    Status status = commitChange(m_db, m_log, session.officer.name, [&]() -> Result<QList<LogEvent>> {
        auto id = m_store.insert(record.value());
        if (!id) {
            return id.error();
        }
        added.id = id.value();
        return QList<LogEvent>{{LogAction::officerAdded(), QStringLiteral("officer:") + added.name,
                                QJsonObject{{QStringLiteral("role"), roleId(role)}}}};
    });
    if (!status) {
        return status.error();
    }
    return added;
}

Result<Officer> Officers::authenticate(const QString &name, QByteArrayView passphrase)
{
    auto record = m_store.findByName(name.trimmed());
    if (!record) {
        if (record.error().code() != ErrorCode::NotFound) {
            return record.error();
        }
        // Spend the same time as a real check, so timing does not reveal which names exist.
        auto dummySalt = QByteArray(SaltSize, '\0');
        (void)passphraseVerifier(normalizedPassphrase(passphrase, PassphraseKind::Officer), dummySalt, m_kdf);
        return wrongNameOrPassphrase();
    }
    const Storage::OfficerRecord &officer = record.value();
    auto verifier =
        passphraseVerifier(normalizedPassphrase(passphrase, PassphraseKind::Officer), officer.salt, officer.params);
    if (!verifier) {
        return verifier.error();
    }
    if (!Crypto::constantTimeEqual(verifier.value(), officer.verifier)) {
        return wrongNameOrPassphrase();
    }
    if (officer.officer.disabled) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The officer \"%1\" has been disabled. Ask an administrator."),
                     {officer.officer.name});
    }
    return officer.officer;
}

} // namespace Brankas
