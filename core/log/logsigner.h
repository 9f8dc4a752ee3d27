// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"

#include <QByteArray>

namespace Brankas {

// The officer's Ed25519 key that signs what they append to the archive log. The seed belongs to
// the vault's signed-in keys and lives no longer than the officer's sign-in.
struct LogSigner
{
    const SecretBytes &seed;
    QByteArray publicKey;
};

} // namespace Brankas
