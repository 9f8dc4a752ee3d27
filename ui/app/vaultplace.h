// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas::VaultPlace {

// Where a vault is, as the window names it: a file path or a server's address
// (postgresql://USER@HOST[:PORT]/DATABASE). Whatever the window derives from that place goes
// through here, so that nothing treats an address as a file name.

bool isServer(const QString &vault);
// As the officer reads it: a file with this system's separators, an address as it is (a
// Windows backslash in a URL would make it another address).
QString shown(const QString &vault);
// A folder on this PC that belongs to the vault, made if missing: a file's own folder, or for a
// vault on a server one of its own under Brankas's data folder, named after the address (a
// server vault has no folder of its own on this PC, yet a restore or a new file needs one).
QString folderOnThisPc(const QString &vault);

} // namespace Brankas::VaultPlace
