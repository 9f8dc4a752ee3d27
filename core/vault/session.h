// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/officer.h"

#include <QDateTime>

namespace Brankas {

// The officer who signed in; every change names it, and every permission check asks its role.
struct Session
{
    Officer officer;
    QDateTime since;
};

} // namespace Brankas
