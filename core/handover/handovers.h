// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../domain/passwordgenerator.h"
#include "../log/logentry.h"
#include "../result.h"
#include "../vault/session.h"
#include "handover.h"
#include "handoverfilter.h"

#include <optional>

namespace Brankas {

class Vault;

// Handovers of accounts between the office and its committees (serah terima). A handover is a
// draft while it is prepared (accounts chosen, passwords rotated, recovery contacts changed); finalising
// numbers it, applies the status changes of all its accounts and writes the log in one
// transaction. A finalised handover is never changed again: a later one follows it.
class Handovers
{
public:
    explicit Handovers(Vault &vault)
        : m_vault(vault)
    {}

    Result<Handover> create(const Session &session, const NewHandover &spec);
    // Replaces what a draft says (parties, date, accounts...); the flags of accounts it keeps stay.
    Result<Handover> update(const Session &session, qint64 id, const NewHandover &spec);
    // Drops a draft that will not be finalised. A finalised handover cannot be discarded.
    Status discard(const Session &session, qint64 id);

    // During a (draft) handover, typically a return at term end: stores a new password for one of
    // its accounts with its history, and marks it as changed in the handover. rotatePassword
    // generates it; the caller shows it once so the officer can set it on the platform.
    Result<SecretBytes> rotatePassword(const Session &session, qint64 handoverId, qint64 accountId,
                                       const PasswordPolicy &policy = {});
    Status recordPassword(const Session &session, qint64 handoverId, qint64 accountId, const SecretBytes &password);
    // Changes the recovery e-mail and/or phone of one of its accounts and marks it in the handover.
    Result<Account> changeRecoveryContact(const Session &session, qint64 handoverId, qint64 accountId,
                                          const std::optional<QString> &email, const std::optional<QString> &phone);
    // For changes made outside Brankas: sets what the handover says was changed on an account.
    Status markChanges(const Session &session, qint64 handoverId, qint64 accountId, bool passwordChanged,
                       bool recoveryChanged);

    Result<Handover> finalize(const Session &session, qint64 id);

    // With each item's account as the register shows it now.
    Result<Handover> find(qint64 id);
    Result<QList<Handover>> list(const HandoverFilter &filter = {});

    // The accounts of a kecamatan a handover of this kind can include (for choosing them).
    Result<QList<Account>> candidates(const QString &kecamatanCode, HandoverKind kind);
    // Whether an account in this status can be part of a handover of this kind.
    static bool isEligible(HandoverKind kind, const Account &account);

private:
    Result<Handover> prepare(const Session &session, const NewHandover &spec);
    Result<Handover> draft(qint64 id);
    Result<HandoverItem> draftItem(const Handover &handover, qint64 accountId);
    Result<LogEvent> applyTo(const Session &session, const Handover &handover, const HandoverItem &item);
    Result<QString> numberFor(const Handover &handover, int *sequence);
    Vault &m_vault;
};

} // namespace Brankas
