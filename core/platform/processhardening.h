// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

namespace Brankas {

// Keeps passphrases and the vault key in this process's memory from reaching other programs of the
// same user and the disk. Linux: no core dumps (RLIMIT_CORE 0) and not dumpable, which also stops
// other processes of the same user from attaching a debugger or reading /proc/PID/mem. Windows: a
// process DACL that lets other processes of the same user only see and end the process, not read
// or write its memory. Call first thing in main(); the mains warn and go on if it fails.
Status hardenProcess();

} // namespace Brankas
