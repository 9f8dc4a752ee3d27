// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>

namespace Brankas::Storage {

// "BRNK": written into the SQLite header's application_id so a Brankas vault can be told from any
// other SQLite file without running a single statement on it.
constexpr qint64 VaultApplicationId = 0x42524E4B;

struct VaultFileHeader
{
    int schemaVersion = 0;
};

// Reads the 100-byte SQLite header directly (never opens the file for writing) and refuses files
// that are not a Brankas vault, are damaged, or were written by a newer Brankas.
Result<VaultFileHeader> inspectVaultFile(const QString &path, int newestKnownSchema);

// Whether the file (a symbolic link followed) is a Brankas vault, or one of the files SQLite and
// Brankas keep beside one (-wal, -shm, -journal, .lock): what a report, export or backup must
// never be written over. Reads only the first bytes; damaged or newer vaults count too.
bool isVaultOrCompanion(const QString &path);

} // namespace Brankas::Storage
