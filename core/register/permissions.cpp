// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

namespace Brankas {

Status requireRegisterRole(const Session &session)
{
    if (canChangeRegister(session.officer.role)) {
        return {};
    }
    return Error(ErrorCode::PermissionDenied,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Viewers can look at the register but not change it. Ask an operator or an "
                                   "administrator."));
}

Status requireSecretRole(const Session &session)
{
    if (canRevealSecrets(session.officer.role)) {
        return {};
    }
    return Error(ErrorCode::PermissionDenied,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Viewers cannot see passwords or other secrets."));
}

} // namespace Brankas
