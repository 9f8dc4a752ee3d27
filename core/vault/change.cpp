#include "change.h"

namespace Brankas {

Status commitChange(Storage::Database &db, ArchiveLog &log, const QString &officer,
                    const std::function<Result<QList<LogEvent>>()> &change)
{
    if (!log.canAppend()) {
        return vaultLockedError();
    }
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto events = change();
    if (!events) {
        return events.error();
    }
    if (Status status = log.appendAll(officer, events.value()); !status) {
        return status;
    }
    return transaction.value()->commit();
}

} // namespace Brankas
