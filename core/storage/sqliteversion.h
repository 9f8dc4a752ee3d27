// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas::Storage {

// The version of the SQLite library Qt's SQLite driver uses at run time (Debian's system library,
// or the copy built into Qt on Windows), for the About box. Empty when the driver is missing.
QString sqliteVersion();

} // namespace Brankas::Storage
