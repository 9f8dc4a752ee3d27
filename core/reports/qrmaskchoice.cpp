// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrmaskchoice.h"

#include <array>
#include <bit>
#include <cstdlib>
#include <limits>
#include <memory>
#include <mutex>

namespace Brankas::QrMaskChoice {

namespace {

constexpr int MaskCount = 8;
constexpr int Versions = (MaxWidth - 17) / 4;

// Demerit points of the four rules (JIS X 0510:2004 8.8.2, as libqrencode weighs them).
constexpr int RunPoints = 3;      // N1: a run of five or more modules of one colour
constexpr int BlockPoints = 3;    // N2: a 2 x 2 block of one colour
constexpr int FinderPoints = 40;  // N3: 1:1:3:1:1 beside four light modules
constexpr int BalancePoints = 10; // N4: per 5 % the dark modules are off half

// Whether mask `mask` flips the data module at (x, y).
bool flips(int mask, int x, int y)
{
    switch (mask) {
    case 0:
        return (x + y) % 2 == 0;
    case 1:
        return y % 2 == 0;
    case 2:
        return x % 3 == 0;
    case 3:
        return (x + y) % 3 == 0;
    case 4:
        return (y / 2 + x / 3) % 2 == 0;
    case 5:
        return (x * y) % 2 + (x * y) % 3 == 0;
    case 6:
        return ((x * y) % 2 + (x * y) % 3) % 2 == 0;
    default:
        return ((x * y) % 3 + (x + y) % 2) % 2 == 0;
    }
}

using Lines = std::array<quint64, 64>;

// Each mask's pattern as row and column bit sets, for one width: the same for every symbol of a
// version, so made once per version.
struct Patterns
{
    std::array<Lines, MaskCount> rows{};
    std::array<Lines, MaskCount> columns{};
};

const Patterns &patternsFor(int width)
{
    static std::array<std::once_flag, Versions> made;
    static std::array<std::unique_ptr<Patterns>, Versions> patterns;
    const int index = (width - 21) / 4;
    std::call_once(made[size_t(index)], [&] {
        auto built = std::make_unique<Patterns>();
        for (int mask = 0; mask < MaskCount; ++mask) {
            for (int y = 0; y < width; ++y) {
                for (int x = 0; x < width; ++x) {
                    if (flips(mask, x, y)) {
                        built->rows[size_t(mask)][size_t(y)] |= quint64(1) << x;
                        built->columns[size_t(mask)][size_t(x)] |= quint64(1) << y;
                    }
                }
            }
        }
        patterns[size_t(index)] = std::move(built);
    });
    return *patterns[size_t(index)];
}

// Where bit `bit` of the format information goes: it is written twice, beside two finder patterns.
std::array<std::pair<int, int>, 2> formatPositions(int bit, int width)
{
    if (bit < 8) {
        return {{{width - 1 - bit, 8}, {8, bit < 6 ? bit : bit + 1}}};
    }
    const int i = bit - 8;
    return {{{8, width - 7 + i}, {i == 0 ? 7 : 6 - i, 8}}};
}

// N1 and N3 over one line's runs of one colour, in order. A line starting dark is given a light run
// of length -1 first, so dark runs always have odd indexes, as in libqrencode.
int runDemerits(const int *runs, int count)
{
    int demerits = 0;
    for (int i = 0; i < count; ++i) {
        if (runs[i] >= 5) {
            demerits += RunPoints + runs[i] - 5;
        }
        // A dark run three times as long as the runs either side of it: 1:1:3:1:1, and a light run
        // of at least four units (or the symbol's edge) before or after it.
        if ((i & 1) != 0 && i >= 3 && i < count - 2 && runs[i] % 3 == 0) {
            const int unit = runs[i] / 3;
            if (runs[i - 2] == unit && runs[i - 1] == unit && runs[i + 1] == unit && runs[i + 2] == unit &&
                (i == 3 || runs[i - 3] >= 4 * unit || i + 4 >= count || runs[i + 3] >= 4 * unit)) {
                demerits += FinderPoints;
            }
        }
    }
    return demerits;
}

int lineDemerits(quint64 line, int width)
{
    int runs[MaxWidth + 2];
    int count = 0;
    if ((line & 1) != 0) {
        runs[count++] = -1;
    }
    // Bit x of the changes: the module at x differs from the one after it.
    quint64 changes = (line ^ (line >> 1)) & ((quint64(1) << (width - 1)) - 1);
    int start = 0;
    while (changes != 0) {
        const int end = std::countr_zero(changes) + 1;
        runs[count++] = end - start;
        start = end;
        changes &= changes - 1;
    }
    runs[count++] = width - start;
    return runDemerits(runs, count);
}

int demerits(const Lines &rows, const Lines &columns, int width)
{
    const quint64 pairs = (quint64(1) << (width - 1)) - 1; // a module and the one right of it
    int darks = 0;
    int blocks = 0;
    int total = 0;
    for (int y = 0; y < width; ++y) {
        darks += std::popcount(rows[size_t(y)]);
        total += lineDemerits(rows[size_t(y)], width) + lineDemerits(columns[size_t(y)], width);
        if (y > 0) {
            const quint64 row = rows[size_t(y)];
            const quint64 same = ~(row ^ rows[size_t(y - 1)]); // as the module above
            blocks += std::popcount(same & (same >> 1) & ~(row ^ (row >> 1)) & pairs);
        }
    }
    const int modules = width * width;
    const int percent = (200 * darks + modules) / modules / 2; // rounded, as libqrencode does
    return total + BlockPoints * blocks + std::abs(percent - 50) / 5 * BalancePoints;
}

} // namespace

quint32 formatInformation(Level level, int mask)
{
    const quint32 data = (quint32(level) << 3) | quint32(mask);
    quint32 remainder = data << 10;
    for (int bit = 14; bit >= 10; --bit) {
        if ((remainder & (1U << bit)) != 0) {
            remainder ^= 0x537U << (bit - 10); // the generator x^10 + x^8 + x^5 + x^4 + x^2 + x + 1
        }
    }
    return ((data << 10) | remainder) ^ 0x5412U;
}

std::optional<Choice> choose(const unsigned char *modules, int width, Level level)
{
    if (width < 21 || width > MaxWidth || (width - 17) % 4 != 0) {
        return std::nullopt;
    }
    const Patterns &patterns = patternsFor(width);
    // The symbol without its mask: data modules with mask 0 undone, the others as they are.
    Lines plainRows{};
    Lines plainColumns{};
    Lines dataRows{};
    Lines dataColumns{};
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            const unsigned char module = modules[y * width + x];
            const quint64 atX = quint64(1) << x;
            const quint64 atY = quint64(1) << y;
            bool dark = (module & 0x01) != 0;
            if ((module & 0x80) == 0) {
                dataRows[size_t(y)] |= atX;
                dataColumns[size_t(x)] |= atY;
                dark = dark != flips(0, x, y);
            } else if ((module & 0x04) != 0) {
                dark = false; // format information: written for each mask below
            }
            if (dark) {
                plainRows[size_t(y)] |= atX;
                plainColumns[size_t(x)] |= atY;
            }
        }
    }
    Choice best;
    int fewest = std::numeric_limits<int>::max();
    Lines rows{};
    Lines columns{};
    for (int mask = 0; mask < MaskCount; ++mask) {
        for (int i = 0; i < width; ++i) {
            rows[size_t(i)] = plainRows[size_t(i)] ^ (dataRows[size_t(i)] & patterns.rows[size_t(mask)][size_t(i)]);
            columns[size_t(i)] =
                plainColumns[size_t(i)] ^ (dataColumns[size_t(i)] & patterns.columns[size_t(mask)][size_t(i)]);
        }
        const quint32 format = formatInformation(level, mask);
        for (int bit = 0; bit < 15; ++bit) {
            if ((format & (1U << bit)) != 0) {
                for (const auto &[x, y] : formatPositions(bit, width)) {
                    rows[size_t(y)] |= quint64(1) << x;
                    columns[size_t(x)] |= quint64(1) << y;
                }
            }
        }
        // The first of equally good masks wins, as in libqrencode.
        if (const int score = demerits(rows, columns, width); score < fewest) {
            fewest = score;
            best.mask = mask;
            best.rows.assign(rows.begin(), rows.begin() + width);
        }
    }
    return best;
}

} // namespace Brankas::QrMaskChoice
