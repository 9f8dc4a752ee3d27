// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/accountfilter.h"
#include "../domain/platform.h"
#include "../result.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Brankas {

class Vault;

// The four figures an account reports for a month, in the order the grid keeps them.
enum class Figure { Followers, Posts, Reach, Engagement };
inline constexpr Figure AllFigures[] = {Figure::Followers, Figure::Posts, Figure::Reach, Figure::Engagement};

// One account's year in the Evaluasi page's grid. The figures are plain numbers, -1 where nobody
// counted: 36,425 accounts x 48 figures stay compact.
struct MetricGridRow
{
    static constexpr qint64 None = -1;
    qint64 accountId = 0;
    QString kecamatanCode;
    QString kecamatanName;
    Platform platform = Platform::Instagram;
    QString label; // "Instagram @handle"
    std::array<qint64, 48> values;

    std::optional<qint64> value(Figure figure, int month) const
    {
        const qint64 stored = values[index(figure, month)];
        return stored == None ? std::nullopt : std::optional<qint64>(stored);
    }
    void setValue(Figure figure, int month, const std::optional<qint64> &value)
    {
        values[index(figure, month)] = value ? *value : None;
    }
    static size_t index(Figure figure, int month) { return size_t(int(figure) * 12 + month - 1); }
};

// The accounts the filter finds (the register's search, AccountSearch, included) with their
// figures of the year: one query for the accounts and one for the figures, so the page opens the
// national register's year (437,000 figures) quickly.
Result<QList<MetricGridRow>> readMetricGrid(Vault &vault, int year, const AccountFilter &filter);

} // namespace Brankas
