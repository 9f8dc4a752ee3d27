// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

#include "../storage/changelistener.h"
#include "../storage/logstore.h"
#include "../storage/sqlerror.h"

namespace Brankas {

Status commitChange(Storage::Database &db, ArchiveLog &log, const QString &officer,
                    const std::function<Result<QList<LogEvent>>()> &change, const LogSigner *signer)
{
    if (!log.canAppend()) {
        return log.tampered() ? log.refuseWhenTampered() : Status(vaultLockedError());
    }
    // A full disk shows at whichever write meets it first; the officer is told which file it was.
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction) {
        return Storage::namingFile(transaction.error(), db.path());
    }
    // Writers take turns for the whole change, not only for its log entries: a change re-reads what
    // it changes inside its transaction (a status moved by another PC meanwhile is refused), which
    // only holds if no other writer is between that read and the commit. SQLite's BEGIN IMMEDIATE
    // already serialises writers; on a server this is the log head's transaction lock, taken early.
    if (Status locked = Storage::LogStore(db).lockHead(); !locked) {
        return Storage::namingFile(locked.error(), db.path());
    }
    auto events = change();
    if (!events) {
        return Storage::namingFile(events.error(), db.path());
    }
    if (Status status = log.appendAll(officer, events.value(), signer); !status) {
        return Storage::namingFile(status.error(), db.path());
    }
    // The other PCs of a server vault show the change once it commits.
    if (Status status = Storage::announceChange(db); !status) {
        return Storage::namingFile(status.error(), db.path());
    }
    Status committed = transaction.value()->commit();
    return committed ? committed : Status(Storage::namingFile(committed.error(), db.path()));
}

} // namespace Brankas
