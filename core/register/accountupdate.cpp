// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts::update: editing a recorded account's details, each changed field logged.
#include "accounts.h"

#include "../storage/accountstore.h"
#include "../vault/vault.h"
#include "permissions.h"
#include "terms.h"

#include "../text/textrules.h"

namespace Brankas {

Result<Account> Accounts::update(const Session &session, qint64 id, const AccountChanges &changes,
                                 const QDateTime &seenUpdatedAt)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Storage::AccountStore store(m_vault.database());
    auto stored = store.find(id);
    if (!stored) {
        return stored.error();
    }
    const Account before = stored.value();
    Account account = before;
    QJsonObject changed;
    auto note = [&](const QString &field, const QJsonValue &from, const QJsonValue &to) {
        if (from != to) {
            changed.insert(field, QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        }
    };
    if (changes.email) {
        if (Status valid = checkEmail(changes.email->trimmed()); !valid) {
            return valid.error();
        }
        note(QStringLiteral("email"), account.email, changes.email->trimmed());
        account.email = changes.email->trimmed();
    }
    if (changes.phone) {
        if (Status valid = checkPhone(changes.phone->trimmed()); !valid) {
            return valid.error();
        }
        note(QStringLiteral("phone"), account.phone, changes.phone->trimmed());
        account.phone = changes.phone->trimmed();
    }
    const std::pair<std::optional<QString>, QString Account::*> texts[] = {{changes.displayName, &Account::displayName},
                                                                           {changes.holder, &Account::holder},
                                                                           {changes.notes, &Account::notes}};
    const char *const textNames[] = {"displayName", "holder", "notes"};
    const TextRule *const textRules[] = {&TextRules::DisplayName, &TextRules::PersonName, &TextRules::Notes};
    for (int i = 0; i < 3; ++i) {
        if (texts[i].first) {
            const QString value = i == 2 ? texts[i].first->trimmed() : texts[i].first->simplified();
            if (Status clean = checkText(*textRules[i], value); !clean) {
                return clean.error();
            }
            note(QString::fromLatin1(textNames[i]), account.*texts[i].second, value);
            account.*texts[i].second = value;
        }
    }
    if (changes.twoFactor) {
        note(QStringLiteral("twoFactor"), twoFactorId(account.twoFactor), twoFactorId(*changes.twoFactor));
        account.twoFactor = *changes.twoFactor;
    }
    if (changes.nature) {
        note(QStringLiteral("nature"), natureId(account.nature), natureId(*changes.nature));
        account.nature = *changes.nature;
    }
    if (changes.termId) {
        if (*changes.termId != 0) {
            if (auto term = Terms(m_vault).find(*changes.termId); !term) {
                return term.error();
            }
        }
        note(QStringLiteral("term"), account.termId, *changes.termId);
        account.termId = *changes.termId;
    }
    if (changes.period) {
        const auto &[from, until] = *changes.period;
        if (!from.isValid() || !until.isValid() || until < from) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "An active period set by hand needs a start date and an "
                                                             "end date on or after it."));
        }
        note(QStringLiteral("activePeriod"), QJsonValue(),
             QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate)));
        account.activeFrom = from;
        account.activeUntil = until;
        account.periodSetByHand = true;
    } else if (changes.periodFollowsTerm && account.periodSetByHand) {
        note(QStringLiteral("activePeriod"), QStringLiteral("set by hand"), QStringLiteral("follows the term"));
        account.activeFrom = {};
        account.activeUntil = {};
        account.periodSetByHand = false;
    }
    if (changed.isEmpty()) {
        return find(id);
    }
    if (seenUpdatedAt.isValid() && before.updatedAt != seenUpdatedAt) {
        return changedMeanwhile(before);
    }
    account.updatedAt = m_vault.clock().nowUtc();
    changed.insert(QStringLiteral("handle"), account.handle);
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        // The row is written whole: read it again under the writers' lock, so that a change another
        // PC made since the read above is refused instead of silently undone.
        auto current = store.find(id);
        if (!current) {
            return current.error();
        }
        if (current.value().updatedAt != before.updatedAt) {
            return changedMeanwhile(current.value());
        }
        if (Status updated = store.update(account); !updated) {
            return updated.error();
        }
        return QList<LogEvent>{
            {QStringLiteral("account.updated"), QStringLiteral("account:%1").arg(account.id), changed}};
    });
    if (!status) {
        return status.error();
    }
    return find(id);
}

} // namespace Brankas
