// SPDX-License-Identifier: GPL-3.0-or-later
// Handovers::finalize: numbering a handover and applying it to its accounts in one transaction.
#include "handovers.h"

#include "../log/logactions.h"
#include "../register/accounts.h"
#include "../register/officesettings.h"
#include "../register/permissions.h"
#include "../storage/accountstore.h"
#include "../storage/handoverstore.h"
#include "../vault/vault.h"
#include "handovernumber.h"

namespace Brankas {

Result<QString> Handovers::numberFor(const Handover &handover, int *sequence)
{
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    const QString pattern = office.value().handoverNumberTemplate.trimmed().isEmpty()
                                ? DefaultHandoverNumberTemplate
                                : office.value().handoverNumberTemplate.trimmed();
    Storage::HandoverStore store(m_vault.database());
    auto next = store.nextSequence(handover.date.year());
    if (!next) {
        return next.error();
    }
    // A template without the year repeats its numbers in the next year; skip to a free one.
    for (int candidate = next.value(); candidate < next.value() + 10000; ++candidate) {
        const QString number =
            formatHandoverNumber(pattern, {candidate, m_vault.regency().code, handover.kecamatanCode, handover.date});
        auto taken = store.numberTaken(number);
        if (!taken) {
            return taken.error();
        }
        if (!taken.value()) {
            *sequence = candidate;
            return number;
        }
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The handover number template gives no free number; put "
                                                     "{seq} and {year} in it."));
}

Result<LogEvent> Handovers::applyTo(const Session &session, const Handover &handover, const HandoverItem &item)
{
    Storage::AccountStore store(m_vault.database());
    auto stored = store.find(item.accountId);
    if (!stored) {
        return stored.error();
    }
    Account account = stored.value();
    if (!isEligible(handover.kind, account)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 (%2) is %3 now; a handover of this kind cannot "
                                                         "include it. Change the handover's accounts first."),
                     {QString::number(account.id), account.label(), statusDisplayName(account.status)});
    }
    const AccountStatus before = account.status;
    const AccountStatus after = statusAfterHandover(handover.kind, account.nature);
    const qint64 newTerm = handover.kind == HandoverKind::Return ? 0 : handover.termId;
    // A permanent account is held by someone; after a handover that is whoever received it.
    if (account.nature == AccountNature::Permanent && account.holder != handover.to.name) {
        account.holder = handover.to.name;
        account.updatedAt = m_vault.clock().nowUtc();
        if (Status updated = store.update(account); !updated) {
            return updated.error();
        }
    }
    if (Status recorded =
            Storage::HandoverStore(m_vault.database()).setItemStatuses(handover.id, account.id, before, after);
        !recorded) {
        return recorded.error();
    }
    const QString reason = QStringLiteral("Berita acara serah terima %1").arg(handover.number);
    if (before != after) {
        return Accounts(m_vault).applyStatusChange(session, account, after, reason, newTerm);
    }
    // A transfer of an account in use: it stays active and now serves the receiving committee's term.
    QJsonObject details{{QStringLiteral("handle"), account.handle}, {QStringLiteral("reason"), reason}};
    if (newTerm > 0 && newTerm != account.termId) {
        details.insert(QStringLiteral("term"),
                       QJsonObject{{QStringLiteral("from"), account.termId}, {QStringLiteral("to"), newTerm}});
        account.termId = newTerm;
        account.updatedAt = m_vault.clock().nowUtc();
        if (Status updated = store.update(account); !updated) {
            return updated.error();
        }
    }
    details.insert(QStringLiteral("holder"), account.holder);
    return LogEvent{QStringLiteral("account.updated"), QStringLiteral("account:%1").arg(account.id), details};
}

Result<Handover> Handovers::finalize(const Session &session, qint64 id)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    auto existing = draft(id);
    if (!existing) {
        return existing.error();
    }
    Handover handover = std::move(existing).value();
    if (handover.items.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The handover has no accounts."));
    }
    const QDateTime now = m_vault.clock().nowUtc();
    Storage::HandoverStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        // Read again under the writers' lock (commitChange took it), which also orders the
        // numbering: two PCs finalising at once take their numbers one after the other, and
        // another PC may have finalised this handover or changed its accounts since the read above.
        auto current = draft(id);
        if (!current) {
            return current.error();
        }
        handover = std::move(current).value();
        if (handover.items.isEmpty()) {
            return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The handover has no accounts."));
        }
        int sequence = 0;
        auto number = numberFor(handover, &sequence);
        if (!number) {
            return number.error();
        }
        handover.number = number.value();
        QList<LogEvent> events;
        for (const HandoverItem &item : handover.items) {
            auto event = applyTo(session, handover, item);
            if (!event) {
                return event.error();
            }
            events << event.value();
        }
        qint64 committee = 0;
        if (handover.termId > 0) {
            auto found = store.committeeFor(handover.kecamatanId, handover.termId);
            if (!found) {
                return found.error();
            }
            committee = found.value();
            if (handover.kind != HandoverKind::Return) {
                if (Status added = store.addCommitteeMember(committee, handover.to.name, handover.to.position);
                    !added) {
                    return added.error();
                }
            }
        }
        if (Status finalized = store.finalize(id, handover.number, sequence, committee, now, session.officer.name);
            !finalized) {
            return finalized.error();
        }
        events.prepend({LogAction::handoverFinalized(), QStringLiteral("handover:%1").arg(id),
                        QJsonObject{{QStringLiteral("number"), handover.number},
                                    {QStringLiteral("kind"), handoverKindId(handover.kind)},
                                    {QStringLiteral("kecamatan"), handover.kecamatanCode},
                                    {QStringLiteral("accounts"), int(handover.items.size())}}});
        return events;
    });
    if (!status) {
        return status.error();
    }
    return find(id);
}

} // namespace Brankas
