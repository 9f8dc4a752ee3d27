// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

namespace Brankas {

Status commitChange(Storage::Database &db, ArchiveLog &log, const QString &officer,
                    const std::function<Result<QList<LogEvent>>()> &change, const LogSigner *signer)
{
    if (!log.canAppend()) {
        return log.tampered() ? log.refuseWhenTampered() : Status(vaultLockedError());
    }
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto events = change();
    if (!events) {
        return events.error();
    }
    if (Status status = log.appendAll(officer, events.value(), signer); !status) {
        return status;
    }
    return transaction.value()->commit();
}

} // namespace Brankas
