// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Brankas {

// Key material and plaintext secrets. Move-only, never implicitly shared, and wiped when
// destroyed, so a secret has exactly one copy whose lifetime the code can see.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);
    static SecretBytes fromView(QByteArrayView bytes);
    // Takes the bytes and wipes the source array (a QByteArray that still shares its data with
    // another array is detached first by the write, so only this copy is wiped).
    static SecretBytes takeFrom(QByteArray &bytes);

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    SecretBytes clone() const { return fromView(view()); }
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char *constData() const { return reinterpret_cast<const char *>(m_data.get()); }
    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    QByteArrayView view() const { return QByteArrayView(constData(), m_size); }

    // Only for handing a secret to an API that takes QByteArray (QtKeychain, the clipboard); the
    // caller owns wiping the copy.
    QByteArray toByteArrayUnsafe() const { return QByteArray(constData(), m_size); }

    friend bool operator==(const SecretBytes &a, const SecretBytes &b);

private:
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace Brankas
