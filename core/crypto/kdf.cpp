// SPDX-License-Identifier: GPL-3.0-or-later
#include "kdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <cstdint>
#include <memory>

namespace Brankas::Crypto {

namespace {

// Ceilings for parameters read from a vault file. A vault is opened on an ordinary office laptop,
// so anything needing more than about 1 GiB or more than ~64 times the default work is treated as
// damage or an attack rather than a setting someone chose.
constexpr quint64 MinScryptN = 2;
constexpr quint64 MaxScryptN = quint64(1) << 22;
constexpr quint64 MaxScryptRTimesP = quint64(1) << 30; // RFC 7914: r * p < 2^30
constexpr quint64 MaxScryptMemory = (quint64(1) << 30) + (quint64(1) << 20);
constexpr quint64 MaxScryptWork = quint64(1) << 26; // N * r * p; the default is 2^20

constexpr qsizetype MaxHkdfSha256Length = 255 * 32;

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};
using Kdf = std::unique_ptr<EVP_KDF, KdfDeleter>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter>;

// The same allocation OpenSSL checks against maxmem: B is 128*r*p bytes and V is 128*r*(N+2).
// Only meaningful for parameters whose products were already range-checked.
quint64 scryptMemory(const ScryptParams &params)
{
    return 128 * quint64(params.r) * (params.n + 2) + 128 * quint64(params.r) * params.p;
}

// OpenSSL's octet-string params take a non-const pointer but only read from it; an empty view may
// have a null data pointer, which some providers treat as "parameter absent", so point at a byte.
OSSL_PARAM octetParam(const char *key, QByteArrayView bytes)
{
    static char empty = 0;
    void *data = bytes.isEmpty() ? &empty : const_cast<char *>(bytes.data());
    return OSSL_PARAM_construct_octet_string(key, data, static_cast<size_t>(bytes.size()));
}

Error kdfFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The encryption library failed. Please restart Brankas and try "
                                                     "again; if it keeps happening, tell your technical support."));
}

Result<SecretBytes> derive(const char *algorithm, const OSSL_PARAM *params, qsizetype length)
{
    Kdf kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf) {
        return kdfFailure();
    }
    KdfCtx ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx) {
        return kdfFailure();
    }
    SecretBytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), static_cast<size_t>(length), params) != 1) {
        return kdfFailure();
    }
    return out;
}

} // namespace

bool ScryptParams::isAcceptable() const
{
    if (n < MinScryptN || n > MaxScryptN || (n & (n - 1)) != 0) {
        return false;
    }
    if (r == 0 || p == 0) {
        return false;
    }
    // Each factor is below 2^32, so the product cannot overflow; checking it first keeps the
    // following multiplications in range too.
    const quint64 rp = quint64(r) * p;
    if (rp >= MaxScryptRTimesP) {
        return false;
    }
    if (n * rp > MaxScryptWork) {
        return false;
    }
    return scryptMemory(*this) <= MaxScryptMemory;
}

Result<SecretBytes> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams &params, qsizetype length)
{
    if (!params.isAcceptable()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The passphrase protection settings are outside the range "
                                                         "Brankas accepts, so the file may be damaged."));
    }
    if (length <= 0) {
        return kdfFailure();
    }
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    // Exactly what this derivation needs: OpenSSL's default ceiling (32 MiB) is below the cost of
    // our default parameters, and a larger fixed ceiling would only hide a mistake.
    uint64_t maxMemory = scryptMemory(params) + 64 * 1024;
    const OSSL_PARAM osslParams[] = {
        octetParam(OSSL_KDF_PARAM_PASSWORD, passphrase),
        octetParam(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    return derive(OSSL_KDF_NAME_SCRYPT, osslParams, length);
}

Result<SecretBytes> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (length <= 0 || length > MaxHkdfSha256Length) {
        return kdfFailure();
    }
    char digest[] = "SHA256";
    OSSL_PARAM osslParams[5];
    OSSL_PARAM *param = osslParams;
    *param++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *param++ = octetParam(OSSL_KDF_PARAM_KEY, inputKey);
    // RFC 5869: an absent salt means HashLen zero bytes, which OpenSSL supplies when the
    // parameter is not given; the same goes for an empty info.
    if (!salt.isEmpty()) {
        *param++ = octetParam(OSSL_KDF_PARAM_SALT, salt);
    }
    if (!info.isEmpty()) {
        *param++ = octetParam(OSSL_KDF_PARAM_INFO, info);
    }
    *param = OSSL_PARAM_construct_end();
    return derive(OSSL_KDF_NAME_HKDF, osslParams, length);
}

} // namespace Brankas::Crypto
