// SPDX-License-Identifier: GPL-3.0-or-later
// Handovers: what is changed on the accounts of a draft handover (passwords, recovery contacts).
#include "handovers.h"

#include "../log/logactions.h"
#include "../register/accounts.h"
#include "../register/permissions.h"
#include "../register/secrets.h"
#include "../storage/accountstore.h"
#include "../storage/handoverstore.h"
#include "../storage/secretstore.h"
#include "../vault/vault.h"

namespace Brankas {

namespace {
LogEvent itemEvent(qint64 handoverId, const HandoverItem &item)
{
    return LogEvent{LogAction::handoverUpdated(), QStringLiteral("handover:%1").arg(handoverId),
                    QJsonObject{{QStringLiteral("account"), item.accountId},
                                {QStringLiteral("passwordChanged"), item.passwordChanged},
                                {QStringLiteral("recoveryChanged"), item.recoveryChanged}}};
}
} // namespace

Result<HandoverItem> Handovers::draftItem(const Handover &handover, qint64 accountId)
{
    for (const HandoverItem &item : handover.items) {
        if (item.accountId == accountId) {
            return item;
        }
    }
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 is not part of handover %2."),
                 {QString::number(accountId), QString::number(handover.id)});
}

Result<SecretBytes> Handovers::rotatePassword(const Session &session, qint64 handoverId, qint64 accountId,
                                              const PasswordPolicy &policy)
{
    if (Status allowed = requireSecretRole(session); !allowed) {
        return allowed.error();
    }
    auto password = generatePassword(policy);
    if (!password) {
        return password.error();
    }
    if (Status recorded = recordPassword(session, handoverId, accountId, password.value()); !recorded) {
        return recorded.error();
    }
    return std::move(password).value();
}

Status Handovers::recordPassword(const Session &session, qint64 handoverId, qint64 accountId,
                                 const SecretBytes &password)
{
    if (Status allowed = requireSecretRole(session); !allowed) {
        return allowed;
    }
    auto handover = draft(handoverId);
    if (!handover) {
        return handover.error();
    }
    auto item = draftItem(handover.value(), accountId);
    if (!item) {
        return item.error();
    }
    HandoverItem changed = item.value();
    changed.passwordChanged = true;
    Storage::HandoverStore store(m_vault.database());
    Storage::SecretStore secrets(m_vault.database());
    auto before = secrets.current(accountId, SecretKind::Password);
    if (!before) {
        return before.error();
    }
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        // Another window or PC may have set a password since it was read above: the one the officer
        // types into the platform must not silently replace that one.
        auto current = secrets.current(accountId, SecretKind::Password);
        if (!current) {
            return current.error();
        }
        if (current.value() && (!before.value() || current.value()->id != before.value()->id)) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The password of account %1 was just changed by %2 at %3 (UTC); nothing "
                                           "was changed. Look at the handover again before changing it once more."),
                         {QString::number(accountId), current.value()->officer,
                          current.value()->setAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        }
        auto stored = Secrets(m_vault).store(session, accountId, SecretKind::Password, password,
                                             QStringLiteral("serah terima (handover %1)").arg(handoverId));
        if (!stored) {
            return stored.error();
        }
        if (Status flagged = store.setItemFlags(handoverId, accountId, true, changed.recoveryChanged); !flagged) {
            return flagged.error();
        }
        return QList<LogEvent>{stored.value(), itemEvent(handoverId, changed)};
    });
}

Result<Account> Handovers::changeRecoveryContact(const Session &session, qint64 handoverId, qint64 accountId,
                                                 const std::optional<QString> &email,
                                                 const std::optional<QString> &phone)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    auto handover = draft(handoverId);
    if (!handover) {
        return handover.error();
    }
    auto item = draftItem(handover.value(), accountId);
    if (!item) {
        return item.error();
    }
    Storage::AccountStore accounts(m_vault.database());
    auto stored = accounts.find(accountId);
    if (!stored) {
        return stored.error();
    }
    Account account = stored.value();
    QJsonObject changes;
    if (email) {
        if (Status valid = Accounts::checkEmail(email->trimmed()); !valid) {
            return valid.error();
        }
        changes.insert(QStringLiteral("email"),
                       QJsonObject{{QStringLiteral("from"), account.email}, {QStringLiteral("to"), email->trimmed()}});
        account.email = email->trimmed();
    }
    if (phone) {
        if (Status valid = Accounts::checkPhone(phone->trimmed()); !valid) {
            return valid.error();
        }
        changes.insert(QStringLiteral("phone"),
                       QJsonObject{{QStringLiteral("from"), account.phone}, {QStringLiteral("to"), phone->trimmed()}});
        account.phone = phone->trimmed();
    }
    if (changes.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the new recovery e-mail, phone number or both."));
    }
    changes.insert(QStringLiteral("handle"), account.handle);
    account.updatedAt = m_vault.clock().nowUtc();
    HandoverItem changed = item.value();
    changed.recoveryChanged = true;
    Storage::HandoverStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status updated = accounts.update(account); !updated) {
            return updated.error();
        }
        if (Status flagged = store.setItemFlags(handoverId, accountId, changed.passwordChanged, true); !flagged) {
            return flagged.error();
        }
        return QList<LogEvent>{
            {QStringLiteral("account.updated"), QStringLiteral("account:%1").arg(accountId), changes},
            itemEvent(handoverId, changed)};
    });
    if (!status) {
        return status.error();
    }
    return Accounts(m_vault).find(accountId);
}

Status Handovers::markChanges(const Session &session, qint64 handoverId, qint64 accountId, bool passwordChanged,
                              bool recoveryChanged)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed;
    }
    auto handover = draft(handoverId);
    if (!handover) {
        return handover.error();
    }
    auto item = draftItem(handover.value(), accountId);
    if (!item) {
        return item.error();
    }
    HandoverItem changed = item.value();
    changed.passwordChanged = passwordChanged;
    changed.recoveryChanged = recoveryChanged;
    Storage::HandoverStore store(m_vault.database());
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status flagged = store.setItemFlags(handoverId, accountId, passwordChanged, recoveryChanged); !flagged) {
            return flagged.error();
        }
        return QList<LogEvent>{itemEvent(handoverId, changed)};
    });
}

} // namespace Brankas
