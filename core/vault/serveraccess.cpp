// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraccess.h"

#include "../storage/sqlerror.h"
#include "vaultdatabase.h"

namespace Brankas {

using Storage::Database;

QString serverPasswordEntry(const VaultAddress &address)
{
    return QStringLiteral("server:") + address.toString();
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
    auto tried = Database::open(address, Database::Mode::ReadOnly, QString::fromUtf8(password.value().view()));
    if (!tried) {
        return tried.error();
    }
    return keyStore.writeKey(serverPasswordEntry(address), password.value());
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
