// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultdatabase.h"

#include "../storage/sqlerror.h"

namespace Brankas {

namespace {
using Storage::Database;

Result<std::unique_ptr<Database>> openWith(const VaultAddress &address, Database::Mode mode,
                                           const SecretBytes &password)
{
    return Database::open(address, mode, QString::fromUtf8(password.view()));
}
} // namespace

Result<std::unique_ptr<Database>> openVaultDatabase(const VaultAddress &address, Database::Mode mode,
                                                    KeyStore &keyStore)
{
    if (!address.isServer()) {
        return Database::open(address.path(), mode);
    }
    auto db = Database::open(address, mode);
    if (db || !Storage::needsServerPassword(db.error())) {
        return db;
    }
    auto stored = keyStore.readKey(serverPasswordEntry(address));
    if (!stored) {
        return db.error(); // says which ways there are to give one
    }
    return openWith(address, mode, stored.value());
}

Result<std::unique_ptr<Storage::Database>> openEmptyServerDatabase(const VaultAddress &address, KeyStore &keyStore)
{
    auto db = openVaultDatabase(address, Storage::Database::Mode::Create, keyStore);
    if (!db) {
        return db.error();
    }
    auto version = db.value()->userVersion();
    if (!version) {
        return version.error();
    }
    if (version.value() != 0) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The database %1 on the server already holds a Brankas vault; Brankas will "
                                       "not overwrite it. Open that vault, or ask the server's administrator for "
                                       "a new, empty database."),
                     {address.toString()});
    }
    if (Status mayBuild = db.value()->checkMayBuild(); !mayBuild) {
        return mayBuild.error();
    }
    return db;
}

} // namespace Brankas
