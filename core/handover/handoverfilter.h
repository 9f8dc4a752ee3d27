// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas {

// Which handovers to list, whatever engine holds them.
struct HandoverFilter
{
    QString kecamatanCode = {};
    qint64 accountId = 0; // only handovers that include this account
    int limit = -1;
};

} // namespace Brankas
