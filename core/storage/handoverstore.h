// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../handover/handover.h"
#include "../handover/handoverfilter.h"
#include "../result.h"

#include <QList>

namespace Brankas::Storage {

class Database;

// The handover and handover_account tables, and the committees handovers name. The schema's
// triggers refuse any change to a finalised handover, so a bug here cannot rewrite a signed record.
class HandoverStore
{
public:
    explicit HandoverStore(Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(const Handover &handover);
    // The header fields of a draft (parties, date, place, term...).
    Status update(const Handover &handover);
    // Replaces a draft's accounts, in the given order, with their flags.
    Status setItems(qint64 handoverId, const QList<HandoverItem> &items);
    Status setItemFlags(qint64 handoverId, qint64 accountId, bool passwordChanged, bool recoveryChanged);
    Status setItemStatuses(qint64 handoverId, qint64 accountId, AccountStatus before, AccountStatus after);
    Status finalize(qint64 handoverId, const QString &number, int sequence, qint64 committeeId, const QDateTime &at,
                    const QString &officer);
    Status remove(qint64 handoverId);

    // The next sequence number among the handovers finalised in this year.
    Result<int> nextSequence(int year);
    Result<bool> numberTaken(const QString &number);
    // With its items (account ids and flags; the accounts themselves come from the register).
    Result<Handover> find(qint64 id);
    Result<QList<Handover>> list(const HandoverFilter &filter);

    // The committee of a kecamatan for a term, created if it is not recorded yet.
    Result<qint64> committeeFor(qint64 kecamatanId, qint64 termId);
    // Records a member of the committee who handles its social media, unless already recorded.
    Status addCommitteeMember(qint64 committeeId, const QString &name, const QString &position);

private:
    Result<QList<HandoverItem>> items(qint64 handoverId);
    Database &m_db;
};

} // namespace Brankas::Storage
