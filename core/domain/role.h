// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Brankas {

// What an officer may do. Administrators manage officers, settings and recovery; operators manage
// accounts, secrets and handovers; viewers read the register, the log and reports and never see a
// secret.
enum class Role { Administrator, Operator, Viewer };

// Stable identifiers stored in the vault and accepted on the command line.
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
// The name shown to the officer, in the UI language.
QString roleDisplayName(Role role);

bool canManageOfficers(Role role);
bool canRevealSecrets(Role role);
bool canChangeRegister(Role role);

} // namespace Brankas
