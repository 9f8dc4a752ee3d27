// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace Brankas {

// Chooses a QR symbol's mask as libqrencode does, several times faster. A symbol's data modules are
// flipped by one of eight patterns, the one whose result looks least like a finder pattern, a
// large block or a long run (ISO/IEC 18004, 7.8.3). libqrencode scores the eight masked symbols
// module by module and a national public list spends most of its QR time there (22,000 codes,
// 2 s); here a symbol's rows and columns are bit sets of at most 64 modules, scored by the same
// rules with shifts and counts. The result is the symbol libqrencode would give, module for module
// (tests/reports/tst_qrmaskchoice.cpp holds it against libqrencode's own choice).
namespace QrMaskChoice {

// The widest symbol scored here: version 11, 61 modules (profile addresses need version 3 to 7).
constexpr int MaxWidth = 61;

// The error correction level's two bits in the format information (L 1, M 0, Q 3, H 2).
enum class Level { L = 1, M = 0, Q = 3, H = 2 };

struct Choice
{
    int mask = 0;
    std::vector<quint64> rows; // bit x of rows[y]: the module at (x, y) is dark
};

// `modules` is a symbol of `width` as libqrencode gives it with mask 0 (its bytes: bit 0 dark,
// bit 2 format information, bit 7 a module outside the data). None when the symbol is wider than
// MaxWidth.
std::optional<Choice> choose(const unsigned char *modules, int width, Level level);

// The 15 bits of format information for a level and mask, BCH-coded and masked (ISO/IEC 18004, 7.9).
quint32 formatInformation(Level level, int mask);

} // namespace QrMaskChoice

} // namespace Brankas
