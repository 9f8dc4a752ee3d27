// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultkey.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/mac.h"
#include "../crypto/random.h"

namespace Brankas {

namespace {
constexpr qsizetype SaltSize = 16;

Error damagedKdfParameters()
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The vault is damaged: its key protection settings are not valid. Open a backup "
                                   "copy."));
}
} // namespace

Result<QString> keyCheckValue(const SecretBytes &vaultKey, const QString &vaultId)
{
    auto mac = Crypto::hmacSha256(vaultKey.view(), QByteArray("brankas-key-check-v1") + vaultId.toUtf8());
    if (!mac) {
        return mac.error();
    }
    return QString::fromLatin1(mac.value().toHex());
}

Result<KeyWrap> wrapVaultKey(const SecretBytes &vaultKey, const SecretBytes &passphrase,
                             const Crypto::ScryptParams &params, const QString &vaultId, const QString &name)
{
    auto salt = Crypto::randomBytes(SaltSize);
    if (!salt) {
        return salt.error();
    }
    auto wrappingKey = Crypto::scrypt(passphrase.view(), salt.value(), params, Crypto::AesKeySize);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    auto wrapped = Crypto::seal(wrappingKey.value(), vaultKey.view(),
                                Crypto::bindingFor(vaultId, QStringLiteral("key_wrap"), 0, name));
    if (!wrapped) {
        return wrapped.error();
    }
    KeyWrap wrap;
    wrap.name = name;
    wrap.salt = salt.value();
    wrap.params = params;
    wrap.wrapped = wrapped.value();
    return wrap;
}

Result<SecretBytes> unwrapVaultKey(const KeyWrap &wrap, const SecretBytes &passphrase, const QString &vaultId)
{
    if (!wrap.params.isAcceptable()) {
        return damagedKdfParameters();
    }
    auto wrappingKey = Crypto::scrypt(passphrase.view(), wrap.salt, wrap.params, Crypto::AesKeySize);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    auto key = Crypto::open(wrappingKey.value(), wrap.wrapped,
                            Crypto::bindingFor(vaultId, QStringLiteral("key_wrap"), 0, wrap.name));
    if (!key) {
        return Error(ErrorCode::WrongPassphrase,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The recovery passphrase is not right. Check it against the recovery sheet "
                                       "(capital letters count); nothing was changed."));
    }
    return std::move(key).value();
}

Result<SecretBytes> fieldKeyFor(const SecretBytes &vaultKey, const QString &vaultId)
{
    return Crypto::hkdfSha256(vaultKey.view(), vaultId.toUtf8(), "brankas field encryption v1", Crypto::AesKeySize);
}

Result<SecretBytes> backupKeyFor(const SecretBytes &vaultKey, const QString &vaultId, QByteArrayView salt)
{
    return Crypto::hkdfSha256(vaultKey.view(), salt, QByteArray("brankas backup v1 ") + vaultId.toUtf8(),
                              Crypto::AesKeySize);
}

Result<QByteArray> passphraseVerifier(const SecretBytes &passphrase, const QByteArray &salt,
                                      const Crypto::ScryptParams &params)
{
    if (!params.isAcceptable()) {
        return damagedKdfParameters();
    }
    auto derived = Crypto::scrypt(passphrase.view(), salt, params, 32);
    if (!derived) {
        return derived.error();
    }
    return derived.value().toByteArrayUnsafe(); // a verifier, not a key: safe to keep as plain bytes
}

} // namespace Brankas
