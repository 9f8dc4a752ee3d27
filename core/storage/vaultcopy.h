// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QStringList>

namespace Brankas::Storage {

class Database;

// Copies every row of a vault into another, empty one of the same format, whatever their engines
// (a server's backup is a SQLite file; `vault move` goes both ways). The source is read in one
// snapshot (PostgreSQL: a REPEATABLE READ, READ ONLY transaction; SQLite: one read transaction),
// so what is copied is the vault as it was at one moment even while other PCs keep writing. The
// target is written in one transaction: it holds the whole vault or nothing. Ids are kept, so the
// sealed secrets stay bound to their rows, and the target's id sequences continue after them.
// The source is never written to.
Status copyVault(Database &source, Database &target);

// Every table of the vault format, in an order that satisfies every foreign key.
QStringList vaultTables();

} // namespace Brankas::Storage
