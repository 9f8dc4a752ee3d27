// SPDX-License-Identifier: GPL-3.0-or-later
#include "region.h"

namespace Brankas {

QString officeNameFor(const Regency &regency)
{
    return QStringLiteral("Bawaslu ") + regency.name;
}

} // namespace Brankas
