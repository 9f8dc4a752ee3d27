// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "database.h"

#include <functional>

namespace Brankas::Storage {

// The schema is built and upgraded by numbered SQL files, one set per engine: resources/sql
// (":/sql/NNNN_name.sql") for SQLite, resources/sql/postgresql for PostgreSQL. Every migration from
// `fromVersion` on runs in one transaction together with the version bump (SQLite's user_version,
// the server's brankas_schema table) and `inTransaction` (the upgrade's log entry), so a crash
// leaves the vault as it was or wholly upgraded with its entry, never half-way with none. Both sets
// end at the same version: a vault's format is one number.
// migrate() takes the vault's writer lock and reads the version again inside its transaction: when
// another PC upgraded a server vault meanwhile, only what is still missing runs (often nothing,
// and then `inTransaction` does not run either: that PC logged the upgrade).
int latestSchemaVersion(Database::Engine engine = Database::Engine::SQLite);
// The newest format of the engine that holds `db`: what a caller outside core/storage asks, which
// need not know the engine.
int latestSchemaVersion(const Database &db);

Status migrate(Database &db, int fromVersion, const std::function<Status()> &inTransaction = {});
// The same without a transaction of its own: the caller holds one around the whole creation of a
// server vault (PostgreSQL's DDL is transactional), so that an interrupted creation leaves no
// tables behind.
Status migrateInCallersTransaction(Database &db, int fromVersion);

// Splits a migration file into statements (a trigger body, or a PL/pgSQL body between "$$"
// lines, is kept whole).
QStringList splitStatements(const QString &script);

} // namespace Brankas::Storage
