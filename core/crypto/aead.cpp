// SPDX-License-Identifier: GPL-3.0-or-later
#include "aead.h"

#include "random.h"
#include "wipe.h"

#include <openssl/evp.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace Brankas::Crypto {

namespace {

constexpr char SealVersion = 0x01;
constexpr qsizetype SealOverhead = 1 + GcmNonceSize + GcmTagSize;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

Error cryptoFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library failed. Please restart Brankas and try "
                                                     "again; if it keeps happening, tell your technical support."));
}

Error wrongKeySize()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "An encryption key has the wrong size, so Brankas cannot use it. "
                                                     "Please tell your technical support."));
}

Error damagedOrMoved()
{
    return Error(
        ErrorCode::DamagedOrMovedData,
        QT_TRANSLATE_NOOP("Brankas::Error", "The encrypted data is damaged or was moved from where it belongs."));
}

const EVP_CIPHER *cipherForKey(qsizetype keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

bool fitsInt(qsizetype size)
{
    return size >= 0 && size <= std::numeric_limits<int>::max();
}

// OpenSSL's GCM defaults to a 96-bit IV; setting the length every time keeps one code path for the
// KAT vectors with other IV lengths.
bool initGcm(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, bool encrypt, const unsigned char *key, QByteArrayView iv,
             QByteArrayView associatedData)
{
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, enc) != 1) {
        return false;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1) {
        return false;
    }
    if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key, bytes(iv), enc) != 1) {
        return false;
    }
    int ignored = 0;
    return associatedData.isEmpty() || EVP_CipherUpdate(ctx, nullptr, &ignored, bytes(associatedData),
                                                        static_cast<int>(associatedData.size())) == 1;
}

// Writes ciphertext || tag to `out`, which must hold plaintext.size() + tagLength bytes.
bool gcmEncryptInto(const EVP_CIPHER *cipher, const unsigned char *key, QByteArrayView iv, QByteArrayView plaintext,
                    QByteArrayView associatedData, int tagLength, unsigned char *out)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !initGcm(ctx.get(), cipher, true, key, iv, associatedData)) {
        return false;
    }
    int written = 0;
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), out, &written, bytes(plaintext), static_cast<int>(plaintext.size())) != 1) {
        return false;
    }
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), out + written, &finalWritten) != 1) {
        return false;
    }
    return EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagLength, out + written + finalWritten) == 1;
}

enum class DecryptOutcome { Ok, BadTag, LibraryFailure };

// Writes the plaintext to `out` (ciphertext.size() bytes) only as OpenSSL produces it; on a bad
// tag the caller must discard (and wipe) what was written.
DecryptOutcome gcmDecryptInto(const EVP_CIPHER *cipher, const unsigned char *key, QByteArrayView iv,
                              QByteArrayView ciphertext, QByteArrayView tag, QByteArrayView associatedData,
                              unsigned char *out)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !initGcm(ctx.get(), cipher, false, key, iv, associatedData)) {
        return DecryptOutcome::LibraryFailure;
    }
    int written = 0;
    if (!ciphertext.isEmpty() &&
        EVP_DecryptUpdate(ctx.get(), out, &written, bytes(ciphertext), static_cast<int>(ciphertext.size())) != 1) {
        return DecryptOutcome::LibraryFailure;
    }
    // OpenSSL's ctrl takes a non-const pointer although SET_TAG only reads from it.
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()),
                            const_cast<char *>(tag.data())) != 1) {
        return DecryptOutcome::LibraryFailure;
    }
    int finalWritten = 0;
    return EVP_DecryptFinal_ex(ctx.get(), out + written, &finalWritten) == 1 ? DecryptOutcome::Ok
                                                                             : DecryptOutcome::BadTag;
}

bool acceptableTagLength(int tagLength)
{
    // NIST SP 800-38D allows 128, 120, 112, 104, 96 bits (and 64/32 for special uses, which we
    // accept only because some CAVP vectors use them).
    return tagLength == 4 || tagLength == 8 || (tagLength >= 12 && tagLength <= GcmTagSize);
}

} // namespace

Result<QByteArray> seal(const SecretBytes &key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (key.size() != AesKeySize) {
        return wrongKeySize();
    }
    if (!fitsInt(plaintext.size() + SealOverhead) || !fitsInt(associatedData.size())) {
        return cryptoFailure();
    }
    Result<QByteArray> nonce = randomBytes(GcmNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    QByteArray sealed(SealOverhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = SealVersion;
    std::copy(nonce->cbegin(), nonce->cend(), sealed.begin() + 1);
    if (!gcmEncryptInto(EVP_aes_256_gcm(), key.data(), nonce.value(), plaintext, associatedData, GcmTagSize,
                        bytes(sealed) + 1 + GcmNonceSize)) {
        return cryptoFailure();
    }
    return sealed;
}

Result<SecretBytes> open(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (key.size() != AesKeySize) {
        return wrongKeySize();
    }
    if (sealed.size() < SealOverhead || sealed.at(0) != SealVersion) {
        return damagedOrMoved();
    }
    if (!fitsInt(sealed.size()) || !fitsInt(associatedData.size())) {
        return damagedOrMoved();
    }
    const QByteArrayView nonce = sealed.sliced(1, GcmNonceSize);
    const QByteArrayView ciphertext = sealed.sliced(1 + GcmNonceSize, sealed.size() - SealOverhead);
    const QByteArrayView tag = sealed.last(GcmTagSize);

    SecretBytes plaintext(ciphertext.size());
    switch (gcmDecryptInto(EVP_aes_256_gcm(), key.data(), nonce, ciphertext, tag, associatedData, plaintext.data())) {
    case DecryptOutcome::Ok:
        return plaintext;
    case DecryptOutcome::BadTag:
        return damagedOrMoved();
    case DecryptOutcome::LibraryFailure:
        break;
    }
    return cryptoFailure();
}

Result<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                                 QByteArrayView associatedData, int tagLength)
{
    const EVP_CIPHER *cipher = cipherForKey(key.size());
    if (!cipher) {
        return wrongKeySize();
    }
    if (iv.isEmpty() || !fitsInt(iv.size()) || !acceptableTagLength(tagLength) ||
        !fitsInt(plaintext.size() + tagLength) || !fitsInt(associatedData.size())) {
        return cryptoFailure();
    }
    QByteArray out(plaintext.size() + tagLength, Qt::Uninitialized);
    if (!gcmEncryptInto(cipher, bytes(key), iv, plaintext, associatedData, tagLength, bytes(out))) {
        return cryptoFailure();
    }
    return out;
}

Result<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertextAndTag,
                                 QByteArrayView associatedData, int tagLength)
{
    const EVP_CIPHER *cipher = cipherForKey(key.size());
    if (!cipher) {
        return wrongKeySize();
    }
    if (iv.isEmpty() || !fitsInt(iv.size()) || !acceptableTagLength(tagLength) || !fitsInt(associatedData.size())) {
        return cryptoFailure();
    }
    if (ciphertextAndTag.size() < tagLength || !fitsInt(ciphertextAndTag.size())) {
        return damagedOrMoved();
    }
    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - tagLength);
    const QByteArrayView tag = ciphertextAndTag.last(tagLength);
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    switch (gcmDecryptInto(cipher, bytes(key), iv, ciphertext, tag, associatedData, bytes(out))) {
    case DecryptOutcome::Ok:
        return out;
    case DecryptOutcome::BadTag:
        wipe(out);
        return damagedOrMoved();
    case DecryptOutcome::LibraryFailure:
        break;
    }
    wipe(out);
    return cryptoFailure();
}

} // namespace Brankas::Crypto
