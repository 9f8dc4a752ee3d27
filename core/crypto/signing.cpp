// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing.h"

#include "random.h"

#include <openssl/evp.h>

namespace Brankas::Crypto {

namespace {
struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error signingFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library could not sign the archive log entry. "
                                                     "Please restart Brankas and try again."));
}

Pkey privateKeyFrom(const SecretBytes &seed)
{
    if (seed.size() != Ed25519KeySize) {
        return nullptr;
    }
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), size_t(seed.size())));
}

Pkey publicKeyFrom(QByteArrayView publicKey)
{
    if (publicKey.size() != Ed25519KeySize) {
        return nullptr;
    }
    return Pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), size_t(publicKey.size())));
}

bool verifyWith(EVP_PKEY *key, QByteArrayView message, QByteArrayView signature)
{
    if (!key || signature.size() != Ed25519SignatureSize) {
        return false;
    }
    MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size())) == 1;
}
} // namespace

Result<SigningKeyPair> generateSigningKey()
{
    auto seed = randomSecret(Ed25519KeySize);
    if (!seed) {
        return seed.error();
    }
    auto publicKey = signingPublicKey(seed.value());
    if (!publicKey) {
        return publicKey.error();
    }
    return SigningKeyPair{std::move(seed).value(), publicKey.value()};
}

Result<QByteArray> signingPublicKey(const SecretBytes &seed)
{
    Pkey key = privateKeyFrom(seed);
    QByteArray publicKey(Ed25519KeySize, Qt::Uninitialized);
    size_t length = size_t(publicKey.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1 ||
        length != size_t(Ed25519KeySize)) {
        return signingFailure();
    }
    return publicKey;
}

Result<QByteArray> sign(const SecretBytes &seed, QByteArrayView message)
{
    Pkey key = privateKeyFrom(seed);
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(Ed25519SignatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes(message),
                       size_t(message.size())) != 1 ||
        length != size_t(Ed25519SignatureSize)) {
        return signingFailure();
    }
    return signature;
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    Pkey key = publicKeyFrom(publicKey);
    return verifyWith(key.get(), message, signature);
}

struct SignatureVerifier::State
{
    QHash<QByteArray, std::shared_ptr<EVP_PKEY>> keys;
    MdCtx ctx{EVP_MD_CTX_new()};
};

SignatureVerifier::SignatureVerifier()
    : m_state(std::make_unique<State>())
{}

SignatureVerifier::SignatureVerifier(SignatureVerifier &&) noexcept = default;
SignatureVerifier &SignatureVerifier::operator=(SignatureVerifier &&) noexcept = default;
SignatureVerifier::~SignatureVerifier() = default;

bool SignatureVerifier::verify(const QByteArray &publicKey, QByteArrayView message, QByteArrayView signature)
{
    auto found = m_state->keys.constFind(publicKey);
    if (found == m_state->keys.cend()) {
        Pkey key = publicKeyFrom(publicKey);
        found = m_state->keys.insert(publicKey, std::shared_ptr<EVP_PKEY>(key.release(), PkeyDeleter()));
    }
    EVP_PKEY *key = found.value().get();
    if (!key || signature.size() != Ed25519SignatureSize || !m_state->ctx) {
        return false;
    }
    EVP_MD_CTX_reset(m_state->ctx.get());
    return EVP_DigestVerifyInit(m_state->ctx.get(), nullptr, nullptr, nullptr, key) == 1 &&
           EVP_DigestVerify(m_state->ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size())) == 1;
}

} // namespace Brankas::Crypto
