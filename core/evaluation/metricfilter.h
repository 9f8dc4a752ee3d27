// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Brankas {

// Which monthly figures to read, whatever engine holds them.
struct MetricFilter
{
    std::optional<qint64> accountId = {};
    std::optional<int> year = {};
    QString areaCode = {}; // a province ("72") or regency ("72.05"): only the accounts of its kecamatan
};

} // namespace Brankas
