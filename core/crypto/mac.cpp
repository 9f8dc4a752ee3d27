// SPDX-License-Identifier: GPL-3.0-or-later
#include "mac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <mutex>

namespace Brankas::Crypto {

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};
struct MacCtxDeleter
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};
using Mac = std::unique_ptr<EVP_MAC, MacDeleter>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter>;

Error macFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library failed. Please restart Brankas and try "
                                                     "again; if it keeps happening, tell your technical support."));
}

// An HMAC context keyed with `key` for the named OpenSSL digest, ready for updates.
Result<MacCtx> keyedHmac(const char *digestName, QByteArrayView key)
{
    Mac mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!mac) {
        return macFailure();
    }
    MacCtx ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx) {
        return macFailure();
    }
    // OSSL_PARAM wants a non-const pointer although it only reads the name.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digestName), 0),
        OSSL_PARAM_construct_end(),
    };
    // A null key would mean "keep the previous key" to OpenSSL, and there is none yet; an empty key
    // is a valid (if useless) HMAC key, so hand over a real pointer either way.
    static const unsigned char emptyKey = 0;
    const auto *keyBytes = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    if (EVP_MAC_init(ctx.get(), keyBytes, static_cast<size_t>(key.size()), params) != 1) {
        return macFailure();
    }
    return ctx;
}

const char *digestName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return nullptr;
}

} // namespace

struct HmacSha256::State
{
    // Keyed once, so the inner and outer pads are hashed once. Each mac() re-initialises it with
    // a null key, which OpenSSL takes as "restart from the stored pads": about twice as fast as
    // duplicating the context, which matters when the archive log verifies a million entries.
    // The mutex keeps mac() safe to call from several threads, as a const member should be; it is
    // uncontended in practice and costs far less than the hashing.
    MacCtx ctx;
    std::mutex lock;
};

Result<HmacSha256> HmacSha256::create(QByteArrayView key)
{
    Result<MacCtx> ctx = keyedHmac("SHA256", key);
    if (!ctx) {
        return ctx.error();
    }
    auto state = std::make_unique<State>();
    state->ctx = std::move(ctx).value();
    return HmacSha256(std::move(state));
}

HmacSha256::HmacSha256(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

HmacSha256::HmacSha256(HmacSha256 &&) noexcept = default;
HmacSha256 &HmacSha256::operator=(HmacSha256 &&) noexcept = default;
// EVP_MAC_CTX_free cleanses the key and the pads it derived.
HmacSha256::~HmacSha256() = default;

QByteArray HmacSha256::mac(std::initializer_list<QByteArrayView> parts) const
{
    // An empty result never equals a real MAC, so callers comparing MACs fail closed if OpenSSL
    // fails or this object was moved from.
    if (!m_state) {
        return {};
    }
    const std::lock_guard guard(m_state->lock);
    EVP_MAC_CTX *ctx = m_state->ctx.get();
    if (EVP_MAC_init(ctx, nullptr, 0, nullptr) != 1) {
        return {};
    }
    for (QByteArrayView part : parts) {
        if (!part.isEmpty() && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(part.data()),
                                              static_cast<size_t>(part.size())) != 1) {
            return {};
        }
    }
    QByteArray out(Sha256Size, Qt::Uninitialized);
    size_t written = 0;
    const int finished =
        EVP_MAC_final(ctx, reinterpret_cast<unsigned char *>(out.data()), &written, static_cast<size_t>(out.size()));
    if (finished != 1 || written != static_cast<size_t>(Sha256Size)) {
        return {};
    }
    return out;
}

Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data)
{
    Result<HmacSha256> hmac = HmacSha256::create(key);
    if (!hmac) {
        return hmac.error();
    }
    QByteArray out = hmac->mac(data);
    if (out.isEmpty()) {
        return macFailure();
    }
    return out;
}

Result<QByteArray> hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    const char *name = digestName(algorithm);
    if (!name) {
        return macFailure();
    }
    Result<MacCtx> ctx = keyedHmac(name, key);
    if (!ctx) {
        return ctx.error();
    }
    if (!data.isEmpty() && EVP_MAC_update(ctx->get(), reinterpret_cast<const unsigned char *>(data.data()),
                                          static_cast<size_t>(data.size())) != 1) {
        return macFailure();
    }
    const size_t size = EVP_MAC_CTX_get_mac_size(ctx->get());
    if (size == 0) {
        return macFailure();
    }
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    size_t written = 0;
    if (EVP_MAC_final(ctx->get(), reinterpret_cast<unsigned char *>(out.data()), &written, size) != 1 ||
        written != size) {
        return macFailure();
    }
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int written = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &written, EVP_sha256(), nullptr) != 1 ||
        written != static_cast<unsigned int>(Sha256Size)) {
        // Only an allocation failure inside OpenSSL gets here; an empty digest never matches one.
        return {};
    }
    return out;
}

} // namespace Brankas::Crypto
