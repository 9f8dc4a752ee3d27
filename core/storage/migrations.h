// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "database.h"

namespace Brankas::Storage {

// The schema is built and upgraded by numbered SQL files, one set per engine: resources/sql
// (":/sql/NNNN_name.sql") for SQLite, resources/sql/postgresql for PostgreSQL. Each migration runs
// in its own transaction together with the version bump (SQLite's user_version, the server's
// brankas_schema table). Both sets end at the same version: a vault's format is one number.
int latestSchemaVersion(Database::Engine engine = Database::Engine::SQLite);

// With `inCallersTransaction`, no transaction of its own: the caller holds one around the whole
// creation of a server vault (PostgreSQL's DDL is transactional), so that an interrupted creation
// leaves no tables behind.
Status migrate(Database &db, int fromVersion, bool inCallersTransaction = false);

// Splits a migration file into statements (a trigger body, or a PL/pgSQL body between "$$"
// lines, is kept whole).
QStringList splitStatements(const QString &script);

} // namespace Brankas::Storage
