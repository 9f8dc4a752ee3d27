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

QString serverPasswordEntry(const VaultAddress &address)
{
    return QStringLiteral("server:") + address.toString();
}

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

Status enrolServerPassword(const VaultAddress &address, KeyStore &keyStore,
                           const std::function<Result<SecretBytes>()> &ask)
{
    if (!address.isServer()) {
        return {};
    }
    auto db = openVaultDatabase(address, Database::Mode::ReadOnly, keyStore);
    if (db || !Storage::needsServerPassword(db.error())) {
        return {}; // connected, or a problem a password would not solve: the command meets it again
    }
    auto password = ask();
    if (!password) {
        return password.error();
    }
    auto tried = openWith(address, Database::Mode::ReadOnly, password.value());
    if (!tried) {
        return tried.error();
    }
    return keyStore.writeKey(serverPasswordEntry(address), password.value());
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
    return db;
}

Status checkEmptyServerDatabase(const VaultAddress &address, KeyStore &keyStore)
{
    auto empty = openEmptyServerDatabase(address, keyStore);
    return empty ? Status() : Status(empty.error());
}

bool isServerPasswordError(const Error &error)
{
    return Storage::needsServerPassword(error);
}

} // namespace Brankas
