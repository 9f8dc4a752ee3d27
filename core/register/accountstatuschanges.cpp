// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts::changeStatusMany: one reason, many accounts, one transaction (term end, a lost device).
#include "accounts.h"

#include "../storage/accountstore.h"
#include "../storage/kecamatanstore.h"
#include "../vault/vault.h"
#include "permissions.h"
#include "terms.h"

#include <QSet>

namespace Brankas {

Result<std::pair<QList<Account>, QList<RefusedAccount>>> Accounts::select(const AccountSelection &selection)
{
    QList<Account> accounts;
    QList<RefusedAccount> refused;
    const bool byNumbers = !selection.ids.isEmpty();
    if (!byNumbers && selection.kecamatanCode.trimmed().isEmpty() && selection.termId <= 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Say which accounts change: their numbers, a kecamatan or a "
                                                         "term."));
    }
    if (byNumbers) {
        Storage::AccountStore store(m_vault.database());
        QSet<qint64> seen;
        for (const qint64 id : selection.ids) {
            if (seen.contains(id)) {
                continue;
            }
            seen.insert(id);
            auto account = store.find(id);
            if (!account && account.error().code() == ErrorCode::NotFound) {
                refused << RefusedAccount{id, QString::number(id), account.error()};
                continue;
            }
            if (!account) {
                return account.error();
            }
            if ((!selection.platform || account.value().platform == *selection.platform) &&
                (!selection.currentStatus || account.value().status == *selection.currentStatus)) {
                accounts << account.value();
            }
        }
    } else {
        // A kecamatan or term that does not exist says so, rather than selecting nothing.
        if (!selection.kecamatanCode.trimmed().isEmpty()) {
            if (auto kecamatan =
                    Storage::KecamatanStore(m_vault.database()).findByCode(selection.kecamatanCode.trimmed());
                !kecamatan) {
                return kecamatan.error();
            }
        }
        if (selection.termId > 0) {
            if (auto term = Terms(m_vault).find(selection.termId); !term) {
                return term.error();
            }
        }
        auto listed = Storage::AccountStore(m_vault.database())
                          .list({.kecamatanCode = selection.kecamatanCode.trimmed(),
                                 .platform = selection.platform,
                                 .status = selection.currentStatus,
                                 .termId = selection.termId});
        if (!listed) {
            return listed.error();
        }
        accounts = std::move(listed).value();
    }
    if (accounts.isEmpty() && refused.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "No account matches the accounts, platform and status "
                                                         "given; nothing was changed."));
    }
    return std::pair(accounts, refused);
}

Result<BulkStatusChange> Accounts::checkStatusChanges(const Session &session, const AccountSelection &selection,
                                                      AccountStatus to)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    auto selected = select(selection);
    if (!selected) {
        return selected.error();
    }
    BulkStatusChange plan;
    plan.refused = selected.value().second;
    for (const Account &account : std::as_const(selected.value().first)) {
        auto move = checkStatusMove(account, to);
        if (move) {
            plan.moves << BulkStatusChange::Move{account, move.value()};
        } else if (move.error().code() == ErrorCode::InvalidInput) {
            plan.refused << RefusedAccount{
                account.id, QStringLiteral("%1 (%2)").arg(account.label(), account.kecamatanName), move.error()};
        } else {
            return move.error();
        }
    }
    return plan;
}

Result<BulkStatusChange> Accounts::changeStatusMany(const Session &session, const AccountSelection &selection,
                                                    AccountStatus to, const QString &reason, bool skipRefused)
{
    if (Status given = requireReason(reason); !given) {
        return given.error();
    }
    auto plan = checkStatusChanges(session, selection, to);
    if (!plan) {
        return plan.error();
    }
    BulkStatusChange &change = plan.value();
    if ((!change.refused.isEmpty() && !skipRefused) || change.moves.isEmpty()) {
        return plan;
    }
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        QList<LogEvent> events;
        events.reserve(change.moves.size());
        for (const BulkStatusChange::Move &move : std::as_const(change.moves)) {
            auto event = applyStatusChange(session, move.account, to, reason, move.newTermId);
            if (!event) {
                return event.error();
            }
            events << event.value();
        }
        return events;
    });
    if (!status) {
        return status.error();
    }
    change.recorded = true;
    return plan;
}

} // namespace Brankas
