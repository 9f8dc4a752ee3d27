// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include "mac.h"

#include <openssl/evp.h>

namespace Brankas::Crypto {

struct Sha256Stream::State
{
    struct Deleter
    {
        void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
    };
    std::unique_ptr<EVP_MD_CTX, Deleter> ctx;
    bool failed = false;
};

Sha256Stream::Sha256Stream(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

Sha256Stream::Sha256Stream(Sha256Stream &&) noexcept = default;
Sha256Stream &Sha256Stream::operator=(Sha256Stream &&) noexcept = default;
Sha256Stream::~Sha256Stream() = default;

Result<Sha256Stream> Sha256Stream::create()
{
    auto state = std::make_unique<State>();
    state->ctx.reset(EVP_MD_CTX_new());
    if (!state->ctx || EVP_DigestInit_ex(state->ctx.get(), EVP_sha256(), nullptr) != 1) {
        return Error(ErrorCode::Crypto,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library failed. Please restart Brankas and "
                                                         "try again; if it keeps happening, tell your technical "
                                                         "support."));
    }
    return Sha256Stream(std::move(state));
}

void Sha256Stream::add(QByteArrayView data)
{
    if (!m_state->failed && !data.isEmpty() &&
        EVP_DigestUpdate(m_state->ctx.get(), data.data(), static_cast<size_t>(data.size())) != 1) {
        m_state->failed = true;
    }
}

QByteArray Sha256Stream::finish()
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int written = 0;
    if (m_state->failed ||
        EVP_DigestFinal_ex(m_state->ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written) != 1 ||
        written != static_cast<unsigned int>(Sha256Size)) {
        return {};
    }
    m_state->failed = true; // finished: nothing more can be added
    return out;
}

} // namespace Brankas::Crypto
