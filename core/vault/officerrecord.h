// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/kdf.h"
#include "../domain/officer.h"

#include <QByteArray>

namespace Brankas {

// An officer together with the scrypt verifier of their passphrase.
struct OfficerRecord
{
    Officer officer;
    QByteArray salt;
    Crypto::ScryptParams params;
    QByteArray verifier;
    // The officer's Ed25519 and X25519 public keys, and both private halves sealed under a key
    // derived from the passphrase. Empty for an officer who has not signed in since format 5.
    QByteArray signPublic;
    QByteArray boxPublic;
    QByteArray keysWrapped;

    bool hasKeys() const { return !signPublic.isEmpty() && !boxPublic.isEmpty() && !keysWrapped.isEmpty(); }
};

} // namespace Brankas
