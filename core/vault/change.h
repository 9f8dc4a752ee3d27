// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/archivelog.h"
#include "../storage/database.h"
#include "headlock.h"

#include <functional>

namespace Brankas {

// Runs `change` and appends the log events it returns inside one transaction: the state change
// and its record commit together or not at all. With a signer, the officer's key signs the entries.
Status commitChange(Storage::Database &db, ArchiveLog &log, const QString &officer,
                    const std::function<Result<QList<LogEvent>>()> &change, const LogSigner *signer = nullptr,
                    HeadLock headLock = HeadLock::ForWholeChange);

} // namespace Brankas
