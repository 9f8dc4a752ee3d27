// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedbox.h"

#include "aead.h"
#include "kdf.h"
#include "random.h"

#include <openssl/evp.h>

namespace Brankas::Crypto {

namespace {
struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

Error boxFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library failed. Please restart Brankas and try "
                                                     "again; if it keeps happening, tell your technical support."));
}

Error damagedOrMoved()
{
    return Error(
        ErrorCode::DamagedOrMovedData,
        QT_TRANSLATE_NOOP("Brankas::Error", "The encrypted data is damaged or was moved from where it belongs."));
}

Result<SecretBytes> boxKey(const SecretBytes &shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic)
{
    QByteArray salt;
    salt.append(ephemeralPublic.data(), ephemeralPublic.size());
    salt.append(recipientPublic.data(), recipientPublic.size());
    return hkdfSha256(shared.view(), salt, "brankas sealed box v1", AesKeySize);
}
} // namespace

Result<SecretBytes> x25519(const SecretBytes &privateKey, QByteArrayView peerPublicKey)
{
    if (privateKey.size() != X25519KeySize || peerPublicKey.size() != X25519KeySize) {
        return damagedOrMoved();
    }
    Pkey own(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), size_t(privateKey.size())));
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(peerPublicKey.data()),
                                          size_t(peerPublicKey.size())));
    if (!own || !peer) {
        return damagedOrMoved();
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(own.get(), nullptr));
    SecretBytes shared(X25519KeySize);
    size_t length = size_t(shared.size());
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != size_t(X25519KeySize)) {
        // OpenSSL refuses an all-zero shared secret (a small-order peer key): treat it as a bad box.
        return damagedOrMoved();
    }
    return shared;
}

Result<QByteArray> boxPublicKey(const SecretBytes &privateKey)
{
    if (privateKey.size() != X25519KeySize) {
        return boxFailure();
    }
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), size_t(privateKey.size())));
    QByteArray publicKey(X25519KeySize, Qt::Uninitialized);
    size_t length = size_t(publicKey.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1 ||
        length != size_t(X25519KeySize)) {
        return boxFailure();
    }
    return publicKey;
}

Result<BoxKeyPair> generateBoxKey()
{
    auto privateKey = randomSecret(X25519KeySize);
    if (!privateKey) {
        return privateKey.error();
    }
    auto publicKey = boxPublicKey(privateKey.value());
    if (!publicKey) {
        return publicKey.error();
    }
    return BoxKeyPair{std::move(privateKey).value(), publicKey.value()};
}

Result<QByteArray> sealTo(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView associatedData)
{
    auto ephemeral = generateBoxKey();
    if (!ephemeral) {
        return ephemeral.error();
    }
    auto shared = x25519(ephemeral.value().privateKey, recipientPublicKey);
    if (!shared) {
        return shared.error();
    }
    auto key = boxKey(shared.value(), ephemeral.value().publicKey, recipientPublicKey);
    if (!key) {
        return key.error();
    }
    auto sealed = seal(key.value(), plaintext, associatedData);
    if (!sealed) {
        return sealed.error();
    }
    return ephemeral.value().publicKey + sealed.value();
}

Result<SecretBytes> openBox(const SecretBytes &recipientPrivateKey, QByteArrayView box, QByteArrayView associatedData)
{
    if (box.size() <= X25519KeySize) {
        return damagedOrMoved();
    }
    auto recipientPublic = boxPublicKey(recipientPrivateKey);
    if (!recipientPublic) {
        return recipientPublic.error();
    }
    const QByteArrayView ephemeralPublic = box.first(X25519KeySize);
    auto shared = x25519(recipientPrivateKey, ephemeralPublic);
    if (!shared) {
        return shared.error();
    }
    auto key = boxKey(shared.value(), ephemeralPublic, recipientPublic.value());
    if (!key) {
        return key.error();
    }
    return open(key.value(), box.sliced(X25519KeySize), associatedData);
}

} // namespace Brankas::Crypto
