// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Brankas {

// What one account did in one month, as the platform's statistics showed it. Each figure is
// optional: a month nobody counted is unknown (a gap in the charts), never 0.
struct MonthlyFigures
{
    qint64 accountId = 0;
    QDate month;                     // the first day of the month
    std::optional<qint64> followers; // at the end of the month
    std::optional<qint64> posts;
    std::optional<qint64> reach;      // or impressions, where the platform counts those
    std::optional<qint64> engagement; // likes + comments + shares

    bool isEmpty() const { return !followers && !posts && !reach && !engagement; }
};

// "2025-03" for the month of the date.
inline QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// The first day of the month "YYYY-MM", or an invalid date.
inline QDate monthFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 7 || trimmed[4] != QLatin1Char('-')) {
        return {};
    }
    return QDate::fromString(trimmed + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace Brankas
