// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Brankas {

enum class Base32Padding { Include, Omit };

// RFC 4648 section 6 base32, upper case. otpauth:// links conventionally omit the padding.
QByteArray base32Encode(QByteArrayView data, Base32Padding padding = Base32Padding::Include);

// Decodes a base32 text the way a platform shows a two-factor setup key, or the way an officer
// retypes it: lower case, spaces, tabs, line breaks, hyphens and missing or partial '=' padding
// are accepted. Any other character is refused with a message naming it, because a setup key
// with a wrong character produces codes that never work, and the officer would not know why.
// The decoded bytes are a secret, so they go straight into wiped memory.
Result<SecretBytes> base32Decode(QByteArrayView text);

} // namespace Brankas
