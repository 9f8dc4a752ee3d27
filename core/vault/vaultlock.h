// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QLockFile>

#include <memory>

namespace Brankas {

// Only one process writes to a vault at a time. The lock file beside the vault names the holder,
// so the officer learns who has it open ("in use by brankas on PC-HUMAS, process 4242").
class VaultLock
{
public:
    static Result<std::unique_ptr<VaultLock>> acquire(const QString &vaultPath);
    static QString lockPathFor(const QString &vaultPath);

private:
    explicit VaultLock(const QString &lockPath);
    QLockFile m_lock;
};

} // namespace Brankas
