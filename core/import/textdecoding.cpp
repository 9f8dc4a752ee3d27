// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QStringDecoder>

namespace Brankas {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes stay as the
// C1 controls Latin-1 gives them, which is what Windows itself does.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(Cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, bool &ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    ok = !decoder.hasError();
    return text;
}
} // namespace

QString decodeSpreadsheetText(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    bool ok = true;
    if (view.startsWith("\xEF\xBB\xBF")) {
        QString text = decodeStrict(QStringConverter::Utf8, view.sliced(3), ok);
        return ok ? text : fromWindows1252(view.sliced(3));
    }
    if (view.startsWith("\xFF\xFE")) {
        return decodeStrict(QStringConverter::Utf16LE, view.sliced(2), ok);
    }
    if (view.startsWith("\xFE\xFF")) {
        return decodeStrict(QStringConverter::Utf16BE, view.sliced(2), ok);
    }
    QString text = decodeStrict(QStringConverter::Utf8, view, ok);
    return ok ? text : fromWindows1252(view);
}

} // namespace Brankas
