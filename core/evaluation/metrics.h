// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/monthlyfigures.h"
#include "../log/logentry.h"
#include "../result.h"
#include "../vault/session.h"
#include "metricfilter.h"

namespace Brankas {

class Vault;

// A change to one month's figures: a figure not named keeps its value, a figure named with no
// value becomes unknown again.
struct FigureChange
{
    std::optional<std::optional<qint64>> followers;
    std::optional<std::optional<qint64>> posts;
    std::optional<std::optional<qint64>> reach;
    std::optional<std::optional<qint64>> engagement;

    bool isEmpty() const { return !followers && !posts && !reach && !engagement; }
};

// The monthly figures of the accounts, for the yearly evaluation.
class Metrics
{
public:
    // Larger than any account's followers, small enough that a year's sums cannot overflow.
    static constexpr qint64 MaximumFigure = 100'000'000'000LL;

    explicit Metrics(Vault &vault)
        : m_vault(vault)
    {}

    Result<MonthlyFigures> set(const Session &session, qint64 accountId, const QDate &month,
                               const FigureChange &change);
    Result<QList<MonthlyFigures>> list(const MetricFilter &filter);

    // The refusals set() and the import share: a month before 2000 or that has not begun yet; a
    // figure below zero or past MaximumFigure.
    static Status checkMonth(const QDate &month, const QDate &today);
    static Status checkFigure(qint64 value);

    // Writes months already checked, and `event`, in one transaction (the import).
    Status putMany(const Session &session, const QList<MonthlyFigures> &months, const LogEvent &event);

private:
    Vault &m_vault;
};

} // namespace Brankas
