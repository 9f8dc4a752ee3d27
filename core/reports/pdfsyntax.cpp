// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsyntax.h"

#include <algorithm>
#include <cmath>

namespace Brankas::PdfSyntax {

namespace {
constexpr qint64 Scale[] = {1, 10, 100, 1000, 10000};

// Writes the digits of `value`, at least `minimum` of them, ending at `end`; returns where they start.
char *digitsBefore(char *end, quint64 value, int minimum)
{
    do {
        *--end = char('0' + value % 10);
        value /= 10;
        --minimum;
    } while (value != 0 || minimum > 0);
    return end;
}
} // namespace

void appendNumber(QByteArray &out, double value, int decimals)
{
    // Whole numbers (a QR code's rectangles are in modules) skip the rounding.
    if (std::abs(value) < 1e9 && value == double(qint32(value))) {
        appendInteger(out, qint32(value));
        return;
    }
    decimals = std::clamp(decimals, 0, 4);
    const qint64 scaled = std::llround(value * double(Scale[decimals]));
    const quint64 magnitude = quint64(scaled < 0 ? -scaled : scaled);
    quint64 whole = magnitude / quint64(Scale[decimals]);
    quint64 fraction = magnitude % quint64(Scale[decimals]);
    // Built backwards in a buffer and appended once: this runs millions of times per national list.
    char buffer[48];
    char *end = buffer + sizeof buffer;
    *--end = ' ';
    char *start = end;
    if (fraction != 0) {
        int places = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --places;
        }
        start = digitsBefore(start, fraction, places);
        *--start = '.';
    }
    start = digitsBefore(start, whole, 1);
    if (scaled < 0) {
        *--start = '-';
    }
    out.append(start, qsizetype(end + 1 - start));
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[32];
    char *end = buffer + sizeof buffer - 1;
    *end = ' ';
    char *start = digitsBefore(end, quint64(value < 0 ? -value : value), 1);
    if (value < 0) {
        *--start = '-';
    }
    out.append(start, qsizetype(end + 1 - start));
}

void appendHex4(QByteArray &out, quint16 value)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    const char digits[4] = {Hex[(value >> 12) & 0xF], Hex[(value >> 8) & 0xF], Hex[(value >> 4) & 0xF],
                            Hex[value & 0xF]};
    out.append(digits, 4);
}

QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar c : text) {
        appendHex4(out, c.unicode());
    }
    out.append('>');
    return out;
}

} // namespace Brankas::PdfSyntax
