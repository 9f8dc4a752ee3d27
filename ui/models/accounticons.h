// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/accountstatus.h>
#include <core/domain/platform.h>

#include <QIcon>

// The register's icons, shared by every page that lists accounts. A status icon differs from the
// others in shape as well as colour, and is always shown with the status name beside it.
namespace Brankas::AccountIcons {

QIcon platform(Platform platform);
QIcon status(AccountStatus status);
// "Active past its term": the misuse risk Brankas exists to catch.
QIcon warning();

} // namespace Brankas::AccountIcons
