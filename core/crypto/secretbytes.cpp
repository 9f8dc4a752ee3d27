// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbytes.h"

#include "wipe.h"

#include <cstring>
#include <utility>

namespace Brankas {

SecretBytes::SecretBytes(qsizetype size)
    : m_data(size > 0 ? std::make_unique<unsigned char[]>(static_cast<size_t>(size)) : nullptr)
    , m_size(size > 0 ? size : 0)
{}

SecretBytes SecretBytes::fromView(QByteArrayView bytes)
{
    SecretBytes secret(bytes.size());
    if (!bytes.isEmpty()) {
        std::memcpy(secret.data(), bytes.data(), static_cast<size_t>(bytes.size()));
    }
    return secret;
}

SecretBytes SecretBytes::takeFrom(QByteArray &bytes)
{
    SecretBytes secret = fromView(bytes);
    Crypto::wipe(bytes);
    bytes.clear();
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data) {
        Crypto::wipe(m_data.get(), static_cast<size_t>(m_size));
    }
    m_data.reset();
    m_size = 0;
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    return Crypto::constantTimeEqual(a.view(), b.view());
}

} // namespace Brankas
