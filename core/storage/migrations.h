// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

namespace Brankas::Storage {

class Database;

// The schema is built and upgraded by numbered SQL files in resources/sql (":/sql/NNNN_name.sql").
// Each migration runs in its own transaction together with the user_version bump.
int latestSchemaVersion();

Status migrate(Database &db, int fromVersion);

// Splits a migration file into statements (a trigger body is kept whole).
QStringList splitStatements(const QString &script);

} // namespace Brankas::Storage
