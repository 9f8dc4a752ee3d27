// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <memory>

namespace Brankas::Crypto {

// SHA-256 of data that arrives in pieces (a backup of hundreds of megabytes is hashed as it is
// written, never held whole in memory).
class Sha256Stream
{
public:
    static Result<Sha256Stream> create();

    Sha256Stream(Sha256Stream &&) noexcept;
    Sha256Stream &operator=(Sha256Stream &&) noexcept;
    ~Sha256Stream();

    void add(QByteArrayView data);
    // The digest of everything added; the stream cannot be used afterwards. Empty if OpenSSL failed.
    QByteArray finish();

private:
    struct State;
    explicit Sha256Stream(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace Brankas::Crypto
