// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QList>

#include <array>
#include <functional>

namespace Brankas::Storage {

class Database;

// One account's figures of one month as the grid keeps them: -1 where nobody counted.
struct MonthCells
{
    static constexpr qint64 None = -1;
    qint64 accountId = 0;
    int month = 0;                     // 1..12
    std::array<qint64, 4> values = {}; // followers, posts, reach, engagement
};

// Reads a year of account_metric for the Evaluasi page's grid as fast as Qt SQL allows: no
// MonthlyFigures list, no date parsed per row (the national vault's year is 437,000 rows).
class MetricYearStore
{
public:
    explicit MetricYearStore(Database &db)
        : m_db(db)
    {}

    // Every month of the year recorded for these accounts, or for all accounts when `accounts` is
    // null; in no particular order.
    Status forEach(int year, const QList<qint64> *accounts, const std::function<void(const MonthCells &)> &each);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
