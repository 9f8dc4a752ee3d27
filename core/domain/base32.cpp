// SPDX-License-Identifier: GPL-3.0-or-later
#include "base32.h"

namespace Brankas {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int symbolValue(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a';
    }
    if (c >= '2' && c <= '7') {
        return c - '2' + 26;
    }
    return -1;
}

// Bytes taken by the separator starting at `at`, or 0 when there is none there. Besides ASCII
// blanks and hyphens this accepts the UTF-8 no-break space, which browsers put into keys copied
// from a web page that shows them in groups.
qsizetype separatorLength(QByteArrayView text, qsizetype at)
{
    switch (text[at]) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case '-':
        return 1;
    case '\xc2':
        return at + 1 < text.size() && text[at + 1] == '\xa0' ? 2 : 0;
    default:
        return 0;
    }
}

// The whole UTF-8 character starting at `at`, so the message shows "é" rather than half of it.
QString characterAt(QByteArrayView text, qsizetype at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    qsizetype length = 1;
    if (lead >= 0xf0) {
        length = 4;
    } else if (lead >= 0xe0) {
        length = 3;
    } else if (lead >= 0xc0) {
        length = 2;
    }
    return QString::fromUtf8(text.sliced(at, qMin(length, text.size() - at)));
}

Error badCharacter(QByteArrayView text, qsizetype at, qsizetype position)
{
    const char c = text[at];
    const QString where = QString::number(position);
    // The digits base32 leaves out are the ones people mistake for letters when retyping a key.
    const char *letter = nullptr;
    switch (c) {
    case '0':
        letter = "O";
        break;
    case '1':
        letter = "I";
        break;
    case '8':
        letter = "B";
        break;
    default:
        break;
    }
    if (letter) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Setup keys never contain the digit %1, but there is one at "
                                                         "position %2. It is probably the letter %3."),
                     {QString(QLatin1Char(c)), where, QString::fromLatin1(letter)});
    }
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The setup key contains an invisible character at position "
                                                         "%1. Please type the key again instead of pasting it."),
                     {where});
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The setup key contains \"%1\" at position %2. Setup keys "
                                                     "use only the letters A to Z and the digits 2 to 7."),
                 {characterAt(text, at), where});
}

} // namespace

QByteArray base32Encode(QByteArrayView data, Base32Padding padding)
{
    QByteArray out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(Alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0) {
        out.append(Alphabet[(buffer << (5 - bits)) & 0x1f]);
    }
    if (padding == Base32Padding::Include) {
        while (out.size() % 8 != 0) {
            out.append('=');
        }
    }
    return out;
}

Result<SecretBytes> base32Decode(QByteArrayView text)
{
    // First pass: validate and count, so the secret is written once into a buffer of its exact size.
    qsizetype symbols = 0;
    qsizetype position = 0; // in characters as the officer sees them, counted from 1
    bool padded = false;
    for (qsizetype at = 0; at < text.size();) {
        ++position;
        if (const qsizetype length = separatorLength(text, at)) {
            at += length;
            continue;
        }
        if (text[at] == '=') {
            padded = true;
            ++at;
            continue;
        }
        if (symbolValue(text[at]) < 0) {
            return badCharacter(text, at, position);
        }
        if (padded) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The setup key has an \"=\" sign in the middle. "
                                                             "The \"=\" sign may only appear at the end."));
        }
        ++symbols;
        ++at;
    }
    // Eight symbols carry five bytes; a group cut after 1, 3 or 6 symbols cannot end on a whole
    // byte, which means a character was lost or added when the key was copied.
    const qsizetype rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The setup key is incomplete or has a character too "
                                                         "many. Check that it was copied completely."));
    }

    SecretBytes out(symbols * 5 / 8);
    qsizetype written = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = symbolValue(c);
        if (value < 0) {
            continue; // a separator or padding, validated above
        }
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[written++] = static_cast<unsigned char>(buffer >> bits);
        }
    }
    // Trailing bits below a whole byte are ignored, as authenticator apps do, so a key they accept
    // is accepted here too.
    return out;
}

} // namespace Brankas
