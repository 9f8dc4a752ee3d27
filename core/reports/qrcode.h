// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArrayView>
#include <QList>

#include <vector>

namespace Brankas {

// A QR code as its square of modules, for painting as vector rectangles (a poster printed from the
// PDF stays sharp at any size, where a bitmap would blur).
class QrCode
{
public:
    // The bytes as they are (a profile URL in UTF-8), with error correction level M: a poster
    // that is creased or partly dirty still scans. Refuses what does not fit a QR code.
    static Result<QrCode> encode(QByteArrayView bytes);
    // encode() of each, in order, spread over the processor's cores: libqrencode spends most of a
    // code choosing the best of its eight masks, and the national public list has 22,000 codes.
    // (Debian's libqrencode is built thread-safe; it shares nothing between two encodings.)
    static std::vector<Result<QrCode>> encodeAll(const QList<QByteArray> &texts);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules[size_t(y) * size_t(m_size) + size_t(x)]; }

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace Brankas
