// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../keychain/keystore.h"
#include "../result.h"
#include "../storage/database.h"
#include "vaultaddress.h"

#include <functional>
#include <memory>

namespace Brankas {

// Where this PC's keychain keeps a server's password: beside the vault keys, under the address.
QString serverPasswordEntry(const VaultAddress &address);

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

// At `init --server` and `recover` (enrolment of a PC): when neither of the ways above lets this PC
// in, asks for the server's password (`ask`), tries it, and on success keeps it in the keychain so
// that every later command connects without asking. Does nothing for a file or when no password is
// needed. The password is never written anywhere else.
Status enrolServerPassword(const VaultAddress &address, KeyStore &keyStore,
                           const std::function<Result<SecretBytes>()> &ask);

// The error says the server wants a password that was not given, or refused the one given: the
// caller may ask for it again without knowing how each engine reports it.
bool isServerPasswordError(const Error &error);

} // namespace Brankas
