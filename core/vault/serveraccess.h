// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../keychain/keystore.h"
#include "../result.h"
#include "vaultaddress.h"

#include <functional>

// How this PC gets into a vault's server, for the window and the CLI: nothing here names the
// storage engine, so including it brings no header of core/storage along (tst_architecture).
namespace Brankas {

// Where this PC's keychain keeps a server's password: beside the vault keys, under the address.
QString serverPasswordEntry(const VaultAddress &address);

// At `init --server` and `recover` (enrolment of a PC): when neither libpq's own ways (a .pgpass
// file, a client certificate, the server's peer or trust rules) nor the password this PC's keychain
// keeps let this PC in, asks for the server's password (`ask`), tries it, and on success keeps it in
// the keychain so that every later command connects without asking. Does nothing for a file or when
// no password is needed. The password is never written anywhere else.
Status enrolServerPassword(const VaultAddress &address, KeyStore &keyStore,
                           const std::function<Result<SecretBytes>()> &ask);

// The error says the server wants a password that was not given, or refused the one given: the
// caller may ask for it again without knowing how each engine reports it.
bool isServerPasswordError(const Error &error);

// Whether a new vault can be made in this server database now: it exists, lets this PC in and holds
// no vault yet (Brankas never overwrites one). The setup wizard asks before its other pages.
Status checkEmptyServerDatabase(const VaultAddress &address, KeyStore &keyStore);

} // namespace Brankas
