// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanregister.h"

#include "../storage/accountstore.h"
#include "../storage/kecamatanstore.h"
#include "../vault/vault.h"
#include "accounts.h"
#include "permissions.h"

#include "../text/textrules.h"

#include <QRegularExpression>

namespace Brankas {

Result<QList<KecamatanRecord>> KecamatanRegister::list(bool includeRetired)
{
    return Storage::KecamatanStore(m_vault.database()).list(includeRetired);
}

Result<KecamatanRecord> KecamatanRegister::find(const QString &code)
{
    return Storage::KecamatanStore(m_vault.database()).findByCode(code);
}

Result<KecamatanRecord> KecamatanRegister::add(const Session &session, const QString &code, const QString &name)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    const QString regency = m_vault.regency().code;
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$"));
    if (!pattern.match(code.trimmed()).hasMatch() || !code.trimmed().startsWith(regency + QLatin1Char('.'))) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A kecamatan code of this office looks like %1.NN (the "
                                                         "Kemendagri code, e.g. %1.12)."),
                     {regency});
    }
    if (name.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Give the kecamatan's name."));
    }
    if (Status clean = checkText(TextRules::PlaceName, name.simplified()); !clean) {
        return clean.error();
    }
    Storage::KecamatanStore store(m_vault.database());
    if (auto existing = store.findByCode(code.trimmed()); existing) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Kecamatan %1 already has the code %2."),
                     {existing.value().name, existing.value().code});
    }
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto id = store.insert(Kecamatan{code.trimmed(), regency, name.simplified()}, m_vault.clock().nowUtc());
        if (!id) {
            return id.error();
        }
        return QList<LogEvent>{{QStringLiteral("kecamatan.added"), QStringLiteral("kecamatan:") + code.trimmed(),
                                QJsonObject{{QStringLiteral("name"), name.simplified()}}}};
    });
    if (!status) {
        return status.error();
    }
    return store.findByCode(code.trimmed());
}

Result<KecamatanRecord> KecamatanRegister::setContacts(const Session &session, const QString &code,
                                                       const QString &address, const QString &phone,
                                                       const QString &email)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    for (const Status &check : {Accounts::checkEmail(email.trimmed()), Accounts::checkPhone(phone.trimmed()),
                                checkText(TextRules::Address, address.simplified())}) {
        if (!check) {
            return check.error();
        }
    }
    Storage::KecamatanStore store(m_vault.database());
    auto record = store.findByCode(code);
    if (!record) {
        return record.error();
    }
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status updated =
                store.updateContacts(record.value().id, address.simplified(), phone.trimmed(), email.trimmed());
            !updated) {
            return updated.error();
        }
        return QList<LogEvent>{{QStringLiteral("kecamatan.updated"), QStringLiteral("kecamatan:") + record.value().code,
                                QJsonObject{{QStringLiteral("address"), address.simplified()},
                                            {QStringLiteral("phone"), phone.trimmed()},
                                            {QStringLiteral("email"), email.trimmed()}}}};
    });
    if (!status) {
        return status.error();
    }
    return store.findByCode(code);
}

Result<KecamatanRecord> KecamatanRegister::retire(const Session &session, const QString &code, const QString &reason)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Storage::KecamatanStore store(m_vault.database());
    auto record = store.findByCode(code);
    if (!record) {
        return record.error();
    }
    if (record.value().retired()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Kecamatan %1 is already retired."),
                     {record.value().name});
    }
    if (reason.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the reason for the change; it goes into the archive "
                                                         "log and the account's history."));
    }
    if (Status clean = checkText(TextRules::Reason, reason.simplified()); !clean) {
        return clean.error();
    }
    auto accounts = Storage::AccountStore(m_vault.database()).list({.kecamatanCode = record.value().code});
    if (!accounts) {
        return accounts.error();
    }
    int live = 0;
    for (const Account &account : accounts.value()) {
        live += isLive(account.status) ? 1 : 0;
    }
    if (live > 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Kecamatan %1 still has active or suspended accounts "
                                                         "(%2): deactivate or hand them over before retiring it."),
                     {record.value().name, QString::number(live)});
    }
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status retired = store.setRetired(record.value().id, m_vault.clock().nowUtc()); !retired) {
            return retired.error();
        }
        return QList<LogEvent>{{QStringLiteral("kecamatan.retired"), QStringLiteral("kecamatan:") + record.value().code,
                                QJsonObject{{QStringLiteral("reason"), reason.simplified()}}}};
    });
    if (!status) {
        return status.error();
    }
    return store.findByCode(code);
}

} // namespace Brankas
