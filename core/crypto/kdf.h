// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "secretbytes.h"

namespace Brankas::Crypto {

// scrypt cost parameters; stored beside whatever they protect so they can be raised later
// without breaking old verifiers or wrapped keys.
struct ScryptParams
{
    quint64 n = quint64(1) << 17;
    quint32 r = 8;
    quint32 p = 1;

    // Refuses values that are not a power of two, or that would take absurd memory or time
    // (a damaged or hostile vault must not make us allocate gigabytes).
    bool isAcceptable() const;
    friend bool operator==(const ScryptParams &, const ScryptParams &) = default;
};

// RFC 7914 scrypt. The passphrase and output are secrets; the salt is not.
Result<SecretBytes> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams &params,
                           qsizetype length);

// RFC 5869 HKDF with SHA-256 (extract and expand).
Result<SecretBytes> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, qsizetype length);

} // namespace Brankas::Crypto
