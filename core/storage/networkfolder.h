// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>

namespace Brankas::Storage {

// SQLite's locking does not hold on network filesystems: two PCs writing one vault file on an SMB
// or NFS share corrupt it, and then the office loses its archive. Such a file is refused for
// writing (reading stays possible, to copy it somewhere safe or move it to a server).

// True for the filesystem types (as Linux's mount table names them) that live on another machine.
bool isNetworkFileSystemType(const QByteArray &type);

// Refuses a vault path that lies on a network share: a UNC path (\\server\share), a Windows
// network drive, or a Linux mount of a network filesystem. A path whose filesystem cannot be told
// is accepted.
Status refuseNetworkFolder(const QString &vaultPath);

} // namespace Brankas::Storage
