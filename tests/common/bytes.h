// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Byte helpers for the known-answer tests, whose vectors are printed in hex or as byte ranges.
#include <QByteArray>
#include <QByteArrayView>

namespace Brankas::Testing {

inline QByteArray hex(QByteArrayView text)
{
    return QByteArray::fromHex(text.toByteArray());
}

// The bytes first, first + 1, ..., last (RFC 5869 and RFC 4231 build keys this way).
inline QByteArray byteRange(int first, int last)
{
    QByteArray out;
    for (int value = first; value <= last; ++value) {
        out.append(char(value));
    }
    return out;
}

} // namespace Brankas::Testing
