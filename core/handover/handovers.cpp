// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovers.h"

#include "../log/logactions.h"
#include "../register/accounts.h"
#include "../register/officesettings.h"
#include "../register/permissions.h"
#include "../register/terms.h"
#include "../storage/handoverstore.h"
#include "../storage/kecamatanstore.h"
#include "../text/textrules.h"
#include "../vault/vault.h"

#include <QJsonArray>
#include <QSet>

namespace Brankas {

namespace {
QString targetOf(qint64 id)
{
    return QStringLiteral("handover:%1").arg(id);
}

QJsonArray accountIds(const QList<HandoverItem> &items)
{
    QJsonArray ids;
    for (const HandoverItem &item : items) {
        ids.append(item.accountId);
    }
    return ids;
}

HandoverParty clean(const HandoverParty &party)
{
    return {party.name.simplified(), party.position.simplified(), party.office.simplified()};
}
} // namespace

bool Handovers::isEligible(HandoverKind kind, const Account &account)
{
    const AccountStatus target = statusAfterHandover(kind, account.nature);
    if (account.status == target) {
        // A transfer hands an account in use to the next committee; an activation or a return of an
        // account already in that state hands nothing over.
        return kind == HandoverKind::Transfer;
    }
    return checkTransition(account.status, target, account.nature).ok();
}

Result<QList<Account>> Handovers::candidates(const QString &kecamatanCode, HandoverKind kind)
{
    auto accounts = Accounts(m_vault).list({.kecamatanCode = kecamatanCode.trimmed()});
    if (!accounts) {
        return accounts.error();
    }
    QList<Account> eligible;
    for (const Account &account : accounts.value()) {
        if (isEligible(kind, account)) {
            eligible.append(account);
        }
    }
    return eligible;
}

Result<Handover> Handovers::prepare(const Session &session, const NewHandover &spec)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    auto kecamatan = Storage::KecamatanStore(m_vault.database()).findByCode(spec.kecamatanCode.trimmed());
    if (!kecamatan) {
        return kecamatan.error();
    }
    if (!spec.date.isValid()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "A handover needs its date."));
    }
    if (spec.from.name.simplified().isEmpty() || spec.to.name.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A handover needs the name of the party handing over and "
                                                         "of the party receiving."));
    }
    if (Status tidy =
            checkTexts({{TextRules::PlaceName, spec.place.simplified()}, {TextRules::Notes, spec.notes.trimmed()}});
        !tidy) {
        return tidy.error();
    }
    for (const HandoverParty *party : {&spec.from, &spec.to, spec.witness ? &*spec.witness : nullptr}) {
        if (!party) {
            continue;
        }
        const HandoverParty tidy = clean(*party);
        if (Status ok = checkTexts({{TextRules::PersonName, tidy.name},
                                    {TextRules::Position, tidy.position},
                                    {TextRules::OfficeName, tidy.office}});
            !ok) {
            return ok.error();
        }
    }
    if (spec.copies < 1 || spec.copies > 10) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A handover record is made in 1 to 10 copies."));
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    Handover handover;
    handover.kind = spec.kind;
    handover.kecamatanId = kecamatan.value().id;
    handover.kecamatanCode = kecamatan.value().code;
    handover.kecamatanName = kecamatan.value().name;
    handover.date = spec.date;
    handover.place = spec.place.simplified().isEmpty() ? office.value().city : spec.place.simplified();
    handover.from = clean(spec.from);
    handover.to = clean(spec.to);
    handover.witness = spec.witness ? clean(*spec.witness)
                                    : HandoverParty{office.value().headName, office.value().headTitle, QString()};
    // Each side's office, unless typed: the Bawaslu office on the office's side, the kecamatan's
    // Panwaslu on the committee's.
    const QString committee = QStringLiteral("Panwaslu Kecamatan ") + handover.kecamatanName;
    if (handover.from.office.isEmpty()) {
        handover.from.office = spec.kind == HandoverKind::Activation ? office.value().name : committee;
    }
    if (handover.to.office.isEmpty()) {
        handover.to.office = spec.kind == HandoverKind::Return ? office.value().name : committee;
    }
    handover.notes = spec.notes.trimmed();
    handover.copies = spec.copies;
    if (spec.termId) {
        auto term = Terms(m_vault).find(*spec.termId);
        if (!term) {
            return term.error();
        }
        handover.termId = term.value().id;
    } else if (spec.kind != HandoverKind::Return) {
        auto current = Terms(m_vault).current(spec.date);
        if (!current) {
            return current.error();
        }
        handover.termId = current.value() ? current.value()->id : 0;
    }

    QList<qint64> ids = spec.accountIds;
    if (ids.isEmpty()) {
        auto eligible = candidates(handover.kecamatanCode, spec.kind);
        if (!eligible) {
            return eligible.error();
        }
        for (const Account &account : eligible.value()) {
            ids.append(account.id);
        }
    }
    if (ids.isEmpty()) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "Kecamatan %1 has no account that this kind of handover can include."),
            {handover.kecamatanName});
    }
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        auto account = Accounts(m_vault).find(id);
        if (!account) {
            return account.error();
        }
        if (account.value().kecamatanId != handover.kecamatanId) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 (%2) belongs to another kecamatan, not %3."),
                         {QString::number(id), account.value().label(), handover.kecamatanName});
        }
        if (!isEligible(spec.kind, account.value())) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 (%2) is %3; a handover of this kind cannot "
                                                             "include it."),
                         {QString::number(id), account.value().label(), statusDisplayName(account.value().status)});
        }
        HandoverItem item;
        item.accountId = id;
        item.account = account.value();
        handover.items.append(item);
    }
    return handover;
}

Result<Handover> Handovers::create(const Session &session, const NewHandover &spec)
{
    auto prepared = prepare(session, spec);
    if (!prepared) {
        return prepared.error();
    }
    Handover handover = std::move(prepared).value();
    handover.createdAt = m_vault.clock().nowUtc();
    handover.createdBy = session.officer.name;
    Storage::HandoverStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto id = store.insert(handover);
        if (!id) {
            return id.error();
        }
        handover.id = id.value();
        if (Status items = store.setItems(handover.id, handover.items); !items) {
            return items.error();
        }
        return QList<LogEvent>{{LogAction::handoverCreated(), targetOf(handover.id),
                                QJsonObject{{QStringLiteral("kind"), handoverKindId(handover.kind)},
                                            {QStringLiteral("kecamatan"), handover.kecamatanCode},
                                            {QStringLiteral("date"), handover.date.toString(Qt::ISODate)},
                                            {QStringLiteral("from"), handover.from.name},
                                            {QStringLiteral("to"), handover.to.name},
                                            {QStringLiteral("accounts"), accountIds(handover.items)}}}};
    });
    if (!status) {
        return status.error();
    }
    return find(handover.id);
}

Result<Handover> Handovers::update(const Session &session, qint64 id, const NewHandover &spec)
{
    auto existing = draft(id);
    if (!existing) {
        return existing.error();
    }
    auto prepared = prepare(session, spec);
    if (!prepared) {
        return prepared.error();
    }
    Handover handover = std::move(prepared).value();
    handover.id = id;
    for (HandoverItem &item : handover.items) {
        for (const HandoverItem &old : existing.value().items) {
            if (old.accountId == item.accountId) {
                item.passwordChanged = old.passwordChanged;
                item.recoveryChanged = old.recoveryChanged;
            }
        }
    }
    Storage::HandoverStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status updated = store.update(handover); !updated) {
            return updated.error();
        }
        if (Status items = store.setItems(id, handover.items); !items) {
            return items.error();
        }
        return QList<LogEvent>{{LogAction::handoverUpdated(), targetOf(id),
                                QJsonObject{{QStringLiteral("kind"), handoverKindId(handover.kind)},
                                            {QStringLiteral("date"), handover.date.toString(Qt::ISODate)},
                                            {QStringLiteral("from"), handover.from.name},
                                            {QStringLiteral("to"), handover.to.name},
                                            {QStringLiteral("accounts"), accountIds(handover.items)}}}};
    });
    if (!status) {
        return status.error();
    }
    return find(id);
}

Status Handovers::discard(const Session &session, qint64 id)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed;
    }
    auto existing = draft(id);
    if (!existing) {
        return existing.error();
    }
    Storage::HandoverStore store(m_vault.database());
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status removed = store.remove(id); !removed) {
            return removed.error();
        }
        return QList<LogEvent>{{LogAction::handoverDiscarded(), targetOf(id),
                                QJsonObject{{QStringLiteral("kecamatan"), existing.value().kecamatanCode}}}};
    });
}

Result<Handover> Handovers::draft(qint64 id)
{
    auto handover = Storage::HandoverStore(m_vault.database()).find(id);
    if (!handover) {
        return handover.error();
    }
    if (handover.value().isFinal()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Handover %1 was finalised as %2 and cannot be changed; "
                                                         "record a new handover to follow it."),
                     {QString::number(id), handover.value().number});
    }
    return handover;
}

Result<Handover> Handovers::find(qint64 id)
{
    auto handover = Storage::HandoverStore(m_vault.database()).find(id);
    if (!handover) {
        return handover.error();
    }
    Accounts accounts(m_vault);
    for (HandoverItem &item : handover.value().items) {
        auto account = accounts.find(item.accountId);
        if (!account) {
            return account.error();
        }
        item.account = std::move(account).value();
    }
    return handover;
}

Result<QList<Handover>> Handovers::list(const HandoverFilter &filter)
{
    return Storage::HandoverStore(m_vault.database()).list(filter);
}

} // namespace Brankas
