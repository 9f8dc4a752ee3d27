// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <qrencode.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <thread>

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

std::vector<Result<QrCode>> QrCode::encodeAll(const QList<QByteArray> &texts)
{
    // Below this many codes a thread costs more than it saves.
    constexpr qsizetype PerThread = 256;
    const auto count = size_t(texts.size());
    std::vector<std::optional<Result<QrCode>>> encoded(count);
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < count; i = next++) {
            encoded[i].emplace(encode(texts[qsizetype(i)]));
        }
    };
    const size_t helpers =
        std::min<size_t>(std::max(1U, std::thread::hardware_concurrency()) - 1, size_t(texts.size() / PerThread));
    std::vector<std::jthread> threads;
    threads.reserve(helpers);
    for (size_t i = 0; i < helpers; ++i) {
        threads.emplace_back(work);
    }
    work();
    threads.clear(); // joins
    std::vector<Result<QrCode>> result;
    result.reserve(count);
    for (auto &code : encoded) {
        result.push_back(std::move(*code));
    }
    return result;
}

} // namespace Brankas
