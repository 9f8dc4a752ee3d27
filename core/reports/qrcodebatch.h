// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "qrcode.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Brankas {

// QR codes encoded on the other cores while the report that shows them is laid out and painted,
// instead of all of them before: the national public list's 22,000 codes take 1.8 s of CPU, which
// then overlaps the painting of its pages. The layout needs only each code's size, which
// QrCode::sizeFor() gives without encoding; the painter takes the codes in order with at().
// (Debian's libqrencode is built thread-safe and shares nothing between two encodings; most of its
// time goes into choosing the best of its eight masks.)
class QrCodeBatch
{
public:
    // Starts encoding at once. Check the texts with QrCode::sizeFor() first: too long is refused.
    explicit QrCodeBatch(QList<QByteArray> texts);
    ~QrCodeBatch();
    QrCodeBatch(const QrCodeBatch &) = delete;
    QrCodeBatch &operator=(const QrCodeBatch &) = delete;

    qsizetype size() const { return m_texts.size(); }
    // The code of the index-th text: encoded here if no thread has taken it yet (the painter then
    // helps instead of waiting), else waited for.
    const Result<QrCode> &at(qsizetype index);
    // The first code that could not be encoded, once all are (for a caller that painted them).
    std::optional<Error> firstError();

private:
    bool encodeNext();

    QList<QByteArray> m_texts;
    std::vector<std::optional<Result<QrCode>>> m_codes;
    std::unique_ptr<std::atomic<bool>[]> m_done;
    std::atomic<qsizetype> m_next{0};
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_encoded;
    std::vector<std::thread> m_threads;
};

} // namespace Brankas
