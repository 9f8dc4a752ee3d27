// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace Brankas {

Result<QrCode> QrCode::encode(QByteArrayView bytes)
{
    // Version 0 lets libqrencode pick the smallest symbol that holds the data.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded || bytes.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The address %1 is too long for a QR code."),
                     {QString::fromUtf8(bytes.data(), bytes.size())});
    }
    QrCode code;
    code.m_size = encoded->width;
    code.m_modules.resize(size_t(code.m_size) * size_t(code.m_size));
    for (size_t i = 0; i < code.m_modules.size(); ++i) {
        // Bit 0 of each byte is the module's colour; the other bits say what libqrencode used it for.
        code.m_modules[i] = (encoded->data[i] & 1) != 0;
    }
    return code;
}

} // namespace Brankas
