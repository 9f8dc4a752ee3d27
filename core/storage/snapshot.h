// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

namespace Brankas::Storage {

class Database;

// A consistent copy of the whole database as it is at one moment (SQLite's VACUUM INTO, one read
// transaction; a server's rows copied into a new SQLite file from one REPEATABLE READ
// transaction), never a copy of a file that may be half-way through a write. The copy is always
// a SQLite vault file. The target must not
// exist or be an empty file: the caller creates it first with the permissions it wants.
Status writeSnapshot(Database &db, const QString &targetPath);

// A vault is kept in write-ahead-log mode; a snapshot comes out in rollback mode and is switched
// back when it becomes a vault again.
Status useWriteAheadLog(Database &db);

} // namespace Brankas::Storage
