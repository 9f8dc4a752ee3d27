// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Brankas::PdfSyntax {

// The small pieces of PDF syntax the compact PDF writer repeats millions of times (the national
// public list has about 7 million numbers): written straight into the stream, with no QString or
// printf on the way.

// `value` rounded to `decimals` places, without trailing zeros, and a space after it.
void appendNumber(QByteArray &out, double value, int decimals = 2);
void appendInteger(QByteArray &out, qint64 value);
// Four hex digits, as a glyph id in a text string.
void appendHex4(QByteArray &out, quint16 value);
// A text string in the document's metadata (title, creator): UTF-16BE with its byte-order mark.
QByteArray textString(const QString &text);

} // namespace Brankas::PdfSyntax
