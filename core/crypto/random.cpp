// SPDX-License-Identifier: GPL-3.0-or-later
#include "random.h"

#include <openssl/rand.h>

#include <algorithm>
#include <limits>

namespace Brankas::Crypto {

namespace {

Error randomFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not get secure random numbers from the computer. "
                                                     "Please restart Brankas; if it keeps happening, tell your "
                                                     "technical support."));
}

bool fill(unsigned char *out, qsizetype size)
{
    // RAND_bytes takes an int; fill in chunks so large requests do not silently truncate.
    constexpr qsizetype Chunk = std::numeric_limits<int>::max();
    while (size > 0) {
        const qsizetype now = std::min(size, Chunk);
        if (RAND_bytes(out, static_cast<int>(now)) != 1) {
            return false;
        }
        out += now;
        size -= now;
    }
    return true;
}

} // namespace

Result<QByteArray> randomBytes(qsizetype size)
{
    if (size < 0) {
        return randomFailure();
    }
    QByteArray out(size, Qt::Uninitialized);
    if (!fill(reinterpret_cast<unsigned char *>(out.data()), size)) {
        return randomFailure();
    }
    return out;
}

Result<SecretBytes> randomSecret(qsizetype size)
{
    if (size < 0) {
        return randomFailure();
    }
    SecretBytes out(size);
    if (!fill(out.data(), size)) {
        return randomFailure();
    }
    return out;
}

Result<quint32> randomBelow(quint32 bound)
{
    if (bound == 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A random number was asked for from an empty range."));
    }
    // A plain `value % bound` would favour small results whenever bound does not divide 2^32.
    // Rejecting the lowest (2^32 mod bound) values leaves a range that holds each result equally
    // often; (0 - bound) % bound is 2^32 mod bound in 32-bit arithmetic. At worst (bound just above
    // 2^31) half the draws are rejected, so the loop ends quickly.
    const quint32 rejectBelow = (0u - bound) % bound;
    for (;;) {
        quint32 value = 0;
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&value), sizeof value) != 1) {
            return randomFailure();
        }
        if (value >= rejectBelow) {
            return value % bound;
        }
    }
}

} // namespace Brankas::Crypto
