// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "secretbytes.h"

#include <QHash>

#include <memory>

namespace Brankas::Crypto {

constexpr qsizetype Ed25519KeySize = 32;
constexpr qsizetype Ed25519SignatureSize = 64;

// An Ed25519 key pair (RFC 8032). The private half is the 32-byte seed.
struct SigningKeyPair
{
    SecretBytes seed;
    QByteArray publicKey;
};

Result<SigningKeyPair> generateSigningKey();
Result<QByteArray> signingPublicKey(const SecretBytes &seed);
Result<QByteArray> sign(const SecretBytes &seed, QByteArrayView message);
// False for a wrong signature, a malformed key or a malformed signature alike.
bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// Verifies many signatures by few keys: each key is decoded once, not once per signature. Not
// thread-safe; give each thread its own.
class SignatureVerifier
{
public:
    SignatureVerifier();
    SignatureVerifier(SignatureVerifier &&) noexcept;
    SignatureVerifier &operator=(SignatureVerifier &&) noexcept;
    ~SignatureVerifier();

    bool verify(const QByteArray &publicKey, QByteArrayView message, QByteArrayView signature);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Brankas::Crypto
