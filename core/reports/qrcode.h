// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArrayView>

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

    // The modules per side encode() gives `length` bytes, without encoding them: the smallest
    // version whose data codewords at level M hold them in 8-bit mode (ISO/IEC 18004, table 7), as
    // libqrencode chooses. 0 when they do not fit a QR code.
    static int sizeFor(qsizetype length);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules[size_t(y) * size_t(m_size) + size_t(x)]; }

    // A block of dark modules, in modules from the symbol's top left corner.
    struct Rect
    {
        quint8 x = 0;
        quint8 y = 0;
        quint8 width = 0;
        quint8 height = 0;
        bool operator==(const Rect &) const = default;
    };
    // The dark modules as few rectangles as they make: each row's runs, merged with the same run in
    // the rows below (a symbol's painting is these rectangles; made with the code, so on the core
    // that encoded it).
    const std::vector<Rect> &rects() const { return m_rects; }

private:
    void mergeRects();

    int m_size = 0;
    std::vector<bool> m_modules;
    std::vector<Rect> m_rects;
};

} // namespace Brankas
