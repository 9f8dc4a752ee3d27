// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QStringList>

namespace Brankas::Storage {

class Database;

// SQLite's own check of the file (PRAGMA integrity_check): the problems it names, none when the
// pages, indexes and constraints are whole.
Result<QStringList> integrityProblems(Database &db);

} // namespace Brankas::Storage
