// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

#include "../storage/sqlerror.h"

namespace Brankas {

Status commitChange(Storage::Database &db, ArchiveLog &log, const QString &officer,
                    const std::function<Result<QList<LogEvent>>()> &change, const LogSigner *signer, HeadLock headLock)
{
    if (!log.canAppend()) {
        return log.tampered() ? log.refuseWhenTampered() : Status(vaultLockedError());
    }
    // A full disk shows at whichever write meets it first; the officer is told which file it was.
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction) {
        return Storage::namingFile(transaction.error(), db.path());
    }
    if (headLock == HeadLock::ForWholeChange) {
        if (Status locked = log.lockHead(); !locked) {
            return Storage::namingFile(locked.error(), db.path());
        }
    }
    auto events = change();
    if (!events) {
        return Storage::namingFile(events.error(), db.path());
    }
    if (Status status = log.appendAll(officer, events.value(), signer); !status) {
        return Storage::namingFile(status.error(), db.path());
    }
    // The other PCs of a server vault show the change once it commits: writing the sealed head
    // announced it (a trigger of the server's, resources/sql/postgresql, format 8).
    Status committed = transaction.value()->commit();
    return committed ? committed : Status(Storage::namingFile(committed.error(), db.path()));
}

} // namespace Brankas
