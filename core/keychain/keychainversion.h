// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas {

// The QtKeychain version Brankas was built against (QtKeychain has no run-time version call; its
// header's QTKEYCHAIN_VERSION is not kept up to date, so CMake passes the package's version).
QString qtKeychainVersion();

} // namespace Brankas
