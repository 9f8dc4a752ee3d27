// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "secretbytes.h"

namespace Brankas::Crypto {

constexpr qsizetype X25519KeySize = 32;

// An X25519 key pair (RFC 7748) that others can encrypt to without knowing its private half.
struct BoxKeyPair
{
    SecretBytes privateKey;
    QByteArray publicKey;
};

Result<BoxKeyPair> generateBoxKey();
Result<QByteArray> boxPublicKey(const SecretBytes &privateKey);
// RFC 7748 X25519 itself, for the known-answer tests and the box below.
Result<SecretBytes> x25519(const SecretBytes &privateKey, QByteArrayView peerPublicKey);

// Encrypts to a public key: an ephemeral X25519 key agreement, HKDF-SHA256 over the shared secret
// and both public keys, then seal() with the associated data. The box is
//   ephemeral public key (32) || seal() output
// so a holder of the secrets key can give it to an officer who is not there to type a passphrase.
Result<QByteArray> sealTo(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView associatedData);
// DamagedOrMovedData when the box was not made for this key or these associated data.
Result<SecretBytes> openBox(const SecretBytes &recipientPrivateKey, QByteArrayView box, QByteArrayView associatedData);

} // namespace Brankas::Crypto
