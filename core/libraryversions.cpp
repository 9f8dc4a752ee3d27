// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include "crypto/opensslversion.h"
#include "keychain/keychainversion.h"
#include "storage/sqliteversion.h"

#include <QtGlobal>

namespace Brankas {

QList<LibraryVersion> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("QtKeychain"), qtKeychainVersion(), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("OpenSSL"), Crypto::openSslVersion(), QStringLiteral("Apache-2.0")},
        {QStringLiteral("SQLite"), Storage::sqliteVersion(), QStringLiteral("public domain")},
    };
}

} // namespace Brankas
