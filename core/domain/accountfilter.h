// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountstatus.h"
#include "platform.h"

#include <QString>

#include <optional>

namespace Brankas {

// Which accounts of the register to list, whatever engine holds them.
struct AccountFilter
{
    QString kecamatanCode = {};
    std::optional<Platform> platform = {};
    std::optional<AccountStatus> status = {};
    qint64 termId = 0;
    QString text = {}; // search words, as AccountSearch reads them
    int limit = -1;
};

} // namespace Brankas
