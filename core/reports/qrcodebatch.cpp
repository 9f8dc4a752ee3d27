// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodebatch.h"

namespace Brankas {

QrCodeBatch::QrCodeBatch(QList<QByteArray> texts)
    : m_texts(std::move(texts))
    , m_codes(size_t(m_texts.size()))
    , m_done(std::make_unique<std::atomic<bool>[]>(size_t(m_texts.size())))
{
    // The calling thread lays out and paints; the other cores encode (at least one thread, so the
    // codes come ahead of the painter even on a single core).
    const unsigned cores = std::max(2U, std::thread::hardware_concurrency());
    const auto helpers = std::min<qsizetype>(qsizetype(cores - 1), std::max<qsizetype>(1, m_texts.size() / 256));
    for (qsizetype i = 0; i < helpers && !m_texts.isEmpty(); ++i) {
        m_threads.emplace_back([this] {
            while (!m_stopping && encodeNext()) {
            }
        });
    }
}

QrCodeBatch::~QrCodeBatch()
{
    m_stopping = true;
    for (std::thread &thread : m_threads) {
        thread.join();
    }
}

bool QrCodeBatch::encodeNext()
{
    const qsizetype index = m_next++;
    if (index >= m_texts.size()) {
        return false;
    }
    m_codes[size_t(index)].emplace(QrCode::encode(m_texts[index]));
    {
        std::lock_guard lock(m_mutex);
        m_done[size_t(index)] = true;
    }
    m_encoded.notify_all();
    return true;
}

const Result<QrCode> &QrCodeBatch::at(qsizetype index)
{
    Q_ASSERT(index >= 0 && index < m_texts.size());
    while (!m_done[size_t(index)]) {
        if (m_next < m_texts.size() && m_next <= index) {
            encodeNext(); // the painter has caught up: it encodes the next code instead of waiting
            continue;
        }
        std::unique_lock lock(m_mutex);
        m_encoded.wait(lock, [&] { return m_done[size_t(index)].load(); });
    }
    return *m_codes[size_t(index)];
}

std::optional<Error> QrCodeBatch::firstError()
{
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        if (const Result<QrCode> &code = at(i); !code) {
            return code.error();
        }
    }
    return std::nullopt;
}

} // namespace Brankas
