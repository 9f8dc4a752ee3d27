// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Brankas {

// What happened to the register in one year, for the evaluation report's summary.
struct RegisterYear
{
    int added = 0;            // accounts recorded during the year
    int deactivated = 0;      // accounts deactivated or closed during the year
    int handedOver = 0;       // accounts in a handover signed off during the year
    int passwordsRotated = 0; // of those, accounts whose password was changed at the handover
};

} // namespace Brankas
