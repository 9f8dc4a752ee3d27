// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include "qrmaskchoice.h"

#include <qrencode.h>

#include <memory>
#include <optional>

#if BRANKAS_QRENCODE_ENCODE_MASK
// libqrencode's encoder for one given mask: exported by its shared library (Debian's symbols file
// lists it since 3.2.0) but not declared in qrencode.h. CMake checks that it links.
extern "C" QRcode *QRcode_encodeMask(QRinput *input, int mask);
#endif

namespace Brankas {

namespace {
using EncodedCode = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

Error tooLong(QByteArrayView bytes)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The address %1 is too long for a QR code."),
                 {QString::fromUtf8(bytes.data(), bytes.size())});
}

#if BRANKAS_QRENCODE_ENCODE_MASK
// The bytes at level M with mask 0, and the mask libqrencode would have chosen, chosen here (see
// QrMaskChoice); none for a symbol too wide for that, or if libqrencode refused.
std::optional<QrMaskChoice::Choice> encodeWithChosenMask(QByteArrayView bytes)
{
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input || QRinput_append(input.get(), QR_MODE_8, int(bytes.size()),
                                 reinterpret_cast<const unsigned char *>(bytes.data())) != 0) {
        return std::nullopt;
    }
    const EncodedCode probe(QRcode_encodeMask(input.get(), 0), &QRcode_free);
    if (!probe) {
        return std::nullopt;
    }
    return QrMaskChoice::choose(probe->data, probe->width, QrMaskChoice::Level::M);
}
#endif
} // namespace

Result<QrCode> QrCode::encode(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return tooLong(bytes);
    }
    QrCode code;
#if BRANKAS_QRENCODE_ENCODE_MASK
    if (std::optional<QrMaskChoice::Choice> chosen = encodeWithChosenMask(bytes)) {
        code.m_size = int(chosen->rows.size());
        code.m_modules.resize(size_t(code.m_size) * size_t(code.m_size));
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x) {
                code.m_modules[size_t(y) * size_t(code.m_size) + size_t(x)] = ((chosen->rows[size_t(y)] >> x) & 1) != 0;
            }
        }
        code.mergeRects();
        return code;
    }
#endif
    // Version 0 lets libqrencode pick the smallest symbol that holds the data.
    const EncodedCode encoded(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded) {
        return tooLong(bytes);
    }
    code.m_size = encoded->width;
    code.m_modules.resize(size_t(code.m_size) * size_t(code.m_size));
    for (size_t i = 0; i < code.m_modules.size(); ++i) {
        // Bit 0 of each byte is the module's colour; the other bits say what libqrencode used it for.
        code.m_modules[i] = (encoded->data[i] & 1) != 0;
    }
    code.mergeRects();
    return code;
}

void QrCode::mergeRects()
{
    // Each row's runs are in order, like those of the row above, so a run finds its match above by
    // walking both lists once (a std::map here cost more than painting the code's text).
    struct Run
    {
        int start;
        int end;
        size_t rect;
    };
    m_rects.clear();
    std::vector<Run> open;
    std::vector<Run> next;
    for (int row = 0; row <= m_size; ++row) {
        next.clear();
        size_t above = 0;
        for (int column = 0; row < m_size && column < m_size;) {
            if (!isDark(column, row)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_size && isDark(column, row)) {
                ++column;
            }
            while (above < open.size() && open[above].start < start) {
                ++above;
            }
            if (above < open.size() && open[above].start == start && open[above].end == column) {
                ++m_rects[open[above].rect].height;
                next.push_back(open[above]);
            } else {
                next.push_back(Run{start, column, m_rects.size()});
                m_rects.push_back(Rect{quint8(start), quint8(row), quint8(column - start), 1});
            }
        }
        std::swap(open, next);
    }
    m_rects.shrink_to_fit(); // a national list keeps 22,000 codes until its last page is painted
}

int QrCode::sizeFor(qsizetype length)
{
    // Data codewords of versions 1 to 40 at error correction level M.
    static constexpr int DataCodewords[] = {16,   28,   44,   64,   86,   108,  124,  154,  182,  216,
                                            254,  290,  334,  365,  415,  453,  507,  563,  627,  669,
                                            714,  782,  860,  914,  1000, 1062, 1128, 1193, 1267, 1373,
                                            1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102, 2216, 2334};
    if (length <= 0) {
        return 0;
    }
    for (int version = 1; version <= 40; ++version) {
        // The mode indicator (4 bits) and the byte count (8 bits below version 10, 16 from it).
        const qint64 bits = 4 + (version < 10 ? 8 : 16) + 8 * qint64(length);
        if (bits <= 8 * qint64(DataCodewords[version - 1])) {
            return 17 + 4 * version;
        }
    }
    return 0;
}

} // namespace Brankas
