// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../storage/database.h"
#include "serveraccess.h"

#include <memory>

// Opening a vault's database, for core alone: the window and the CLI use serveraccess.h.
namespace Brankas {

// Opens a vault's database by its address. A server's credentials are tried in this order:
// 1. libpq's own ways: a .pgpass file (or PGPASSFILE), a client certificate, the server's peer or
//    trust rules; Brankas gives no password then;
// 2. when the server still asks for one, the password this PC's keychain keeps for the address.
// Nothing else: no password is ever read from settings, the address or the environment by Brankas.
Result<std::unique_ptr<Storage::Database>> openVaultDatabase(const VaultAddress &address, Storage::Database::Mode mode,
                                                             KeyStore &keyStore);

// The server database a new vault (init --server, vault move) is built in: it must hold no vault
// yet, as Brankas never overwrites one.
Result<std::unique_ptr<Storage::Database>> openEmptyServerDatabase(const VaultAddress &address, KeyStore &keyStore);

} // namespace Brankas
