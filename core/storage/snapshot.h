// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <functional>

namespace Brankas::Storage {

class Database;

// A consistent copy of the whole database as it is at one moment (SQLite's VACUUM INTO, one read
// transaction; a server's rows copied into a new SQLite file from one REPEATABLE READ
// transaction), never a copy of a file that may be half-way through a write. The copy is always
// a SQLite vault file. The target must not
// exist or be an empty file: the caller creates it first with the permissions it wants.
Status writeSnapshot(Database &db, const QString &targetPath);

// The bytes of the snapshot written so far and the size it is expected to reach (the pages in use).
using SnapshotProgress = std::function<void(qint64 written, qint64 expected)>;

// The same copy, made on a connection of its own in a worker thread while this thread calls
// `progress` about ten times a second: VACUUM INTO is one statement that reports nothing, and it is
// most of a backup's time on a large vault. A Qt connection belongs to the thread that made it, so
// the worker opens its own to the same file and nothing of `db` crosses threads. Once started the
// copy cannot be interrupted; a caller that wants to stop waits for it and deletes the target.
Status writeSnapshot(Database &db, const QString &targetPath, const SnapshotProgress &progress);

// A vault is kept in write-ahead-log mode; a snapshot comes out in rollback mode and is switched
// back when it becomes a vault again.
Status useWriteAheadLog(Database &db);

} // namespace Brankas::Storage
