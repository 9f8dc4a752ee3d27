// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QStringList>

namespace Brankas::Storage {

class Database;

struct IntegrityReport
{
    QStringList problems; // none when whole, each as the engine's check words it
    // How a problem is shown to the officer ("%1" is the problem), naming the check that found it.
    QString problemShown;
    // What was checked, said every time the engine's own words leave it unclear (a server, whose
    // data pages no client can check); empty for SQLite, whose check covers the whole file.
    QString checked;
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
