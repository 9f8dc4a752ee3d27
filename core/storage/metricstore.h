// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/monthlyfigures.h"
#include "../evaluation/metricfilter.h"
#include "../result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Brankas::Storage {

class Database;

// account_metric: one row per account and month; unknown figures are NULL.
class MetricStore
{
public:
    explicit MetricStore(Database &db)
        : m_db(db)
    {}

    // The figures recorded for the account and month, if any.
    Result<std::optional<MonthlyFigures>> find(qint64 accountId, const QDate &month);
    // Ordered by account, then month.
    Result<QList<MonthlyFigures>> list(const MetricFilter &filter);
    // Writes the month's figures as given (an empty set of figures deletes the row).
    Status put(const MonthlyFigures &figures, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
