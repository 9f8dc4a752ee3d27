// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "secretbytes.h"

namespace Brankas::Crypto {

constexpr qsizetype AesKeySize = 32;
constexpr qsizetype GcmNonceSize = 12;
constexpr qsizetype GcmTagSize = 16;

// AES-256-GCM with a fresh random 96-bit nonce. The sealed form is self-describing:
//   version (1 byte, 0x01) || nonce (12) || ciphertext || tag (16)
// The associated data is not stored; the caller rebuilds it from where the value lives (see
// BindingContext), so a value copied elsewhere fails to open with ErrorCode::DamagedOrMovedData.
Result<QByteArray> seal(const SecretBytes &key, QByteArrayView plaintext, QByteArrayView associatedData);
Result<SecretBytes> open(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associatedData);

// Raw AES-GCM (any AES key size) with a caller-chosen IV, returning ciphertext || tag. For the
// known-answer tests only: production code uses seal()/open() which never reuse a nonce.
Result<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                                 QByteArrayView associatedData, int tagLength = GcmTagSize);
// Fails with ErrorCode::DamagedOrMovedData when the tag does not authenticate.
Result<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertextAndTag,
                                 QByteArrayView associatedData, int tagLength = GcmTagSize);

} // namespace Brankas::Crypto
