// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslversion.h"

#include <openssl/crypto.h>

namespace Brankas::Crypto {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace Brankas::Crypto
