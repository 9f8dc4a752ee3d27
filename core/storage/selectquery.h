// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Brankas::Storage {

class Database;

// A SELECT assembled from optional conditions: each condition in `where` has its `?` values, in
// order, in `values`. Runs forward-only, as lists are read once from start to end.
struct SelectQuery
{
    QString select;
    QStringList where = {};
    QVariantList values = {};
    QString orderBy = {};
    int limit = -1;

    Result<QSqlQuery> run(Database &db) const;
};

} // namespace Brankas::Storage
