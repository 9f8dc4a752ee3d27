// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QStringList>

namespace Brankas::Storage {

class Database;

struct IntegrityReport
{
    QStringList problems; // none when whole
    // PostgreSQL only: whether amcheck's bt_index_check read every index of the vault (the
    // extension is installed in the vault's database), the closest a server gives to SQLite's check.
    bool indexesRead = false;
};

// SQLite: its own check of the file (PRAGMA integrity_check), the problems it names.
// PostgreSQL has no such check of a database from a client: the server keeps its own pages. What a
// client can check honestly is what Brankas relies on there: the triggers that keep the archive
// log append-only and finalised handovers frozen are present and enabled (an administrator of the
// server can disable them), no constraint is left unvalidated, no index is invalid, and, when the
// amcheck extension is installed, every B-tree index reads whole.
Result<IntegrityReport> checkIntegrity(Database &db);

} // namespace Brankas::Storage
