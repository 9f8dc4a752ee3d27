// SPDX-License-Identifier: GPL-3.0-or-later
#include "wipe.h"

#include <openssl/crypto.h>

namespace Brankas::Crypto {

void wipe(void *data, size_t size)
{
    if (data && size > 0) {
        OPENSSL_cleanse(data, size);
    }
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        wipe(bytes.data(), static_cast<size_t>(bytes.size()));
    }
}

void wipe(QString &text)
{
    if (!text.isEmpty()) {
        wipe(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
}

bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace Brankas::Crypto
