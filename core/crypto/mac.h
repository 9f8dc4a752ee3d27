// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <initializer_list>
#include <memory>

namespace Brankas::Crypto {

constexpr qsizetype Sha256Size = 32;

// The digests one-time-password seeds may name (RFC 6238). SHA-1 is still what nearly every
// platform uses for TOTP, where HMAC-SHA1 remains sound; Brankas itself MACs with SHA-256.
enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// RFC 2104 / 4231 HMAC-SHA256 in one call.
Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data);

// HMAC (RFC 2104) with the given digest in one call; the result is the full digest length.
Result<QByteArray> hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView data);

QByteArray sha256(QByteArrayView data);

// A keyed HMAC-SHA256 that can MAC many messages without re-deriving the key pads each time;
// the archive log verifies a million entries with one of these.
class HmacSha256
{
public:
    static Result<HmacSha256> create(QByteArrayView key);

    HmacSha256(HmacSha256 &&) noexcept;
    HmacSha256 &operator=(HmacSha256 &&) noexcept;
    ~HmacSha256();

    // MAC of the concatenation of the parts.
    QByteArray mac(std::initializer_list<QByteArrayView> parts) const;
    QByteArray mac(QByteArrayView data) const { return mac({data}); }

private:
    struct State;
    explicit HmacSha256(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace Brankas::Crypto
