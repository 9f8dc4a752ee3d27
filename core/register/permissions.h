// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "../vault/session.h"

namespace Brankas {

// Viewers read; operators and administrators change the register.
Status requireRegisterRole(const Session &session);
// Viewers never see a secret.
Status requireSecretRole(const Session &session);

} // namespace Brankas
