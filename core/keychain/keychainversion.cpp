// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainversion.h"

namespace Brankas {

QString qtKeychainVersion()
{
    return QStringLiteral(BRANKAS_QTKEYCHAIN_VERSION);
}

} // namespace Brankas
