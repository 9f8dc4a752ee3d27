// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "secretbytes.h"

namespace Brankas::Crypto {

// Bytes from the operating system's CSPRNG (through OpenSSL's RAND_bytes). Fails rather than
// returning weak bytes.
Result<QByteArray> randomBytes(qsizetype size);
Result<SecretBytes> randomSecret(qsizetype size);
// A uniformly drawn integer in [0, bound), without modulo bias.
Result<quint32> randomBelow(quint32 bound);

} // namespace Brankas::Crypto
