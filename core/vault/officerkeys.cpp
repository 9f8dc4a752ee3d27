// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerkeys.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/sealedbox.h"
#include "../crypto/signing.h"

namespace Brankas {

namespace {
constexpr qsizetype KeysSize = Crypto::Ed25519KeySize + Crypto::X25519KeySize;

QByteArray bindingOf(const QString &vaultId, const QByteArray &signPublic, const QByteArray &boxPublic)
{
    return Crypto::bindingFor(vaultId, QStringLiteral("officer_keys"), 0,
                              QString::fromLatin1(signPublic.toHex() + '/' + boxPublic.toHex()));
}

Result<SecretBytes> wrappingKey(const SecretBytes &kek, const QString &vaultId)
{
    return Crypto::hkdfSha256(kek.view(), vaultId.toUtf8(), "brankas officer keys v1", Crypto::AesKeySize);
}

Error keysDamaged()
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Your signing keys in this vault do not match your passphrase: the vault file was "
                                   "altered. Ask an administrator to check the archive log and restore a backup."));
}
} // namespace

Result<PassphraseKeys> passphraseKeys(const SecretBytes &passphrase, const QByteArray &salt,
                                      const Crypto::ScryptParams &params)
{
    if (!params.isAcceptable()) {
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault is damaged: its key protection settings are not "
                                                         "valid. Open a backup copy."));
    }
    auto derived = Crypto::scrypt(passphrase.view(), salt, params, 64);
    if (!derived) {
        return derived.error();
    }
    return PassphraseKeys{QByteArray(derived.value().constData(), 32),
                          SecretBytes::fromView(derived.value().view().sliced(32))};
}

Result<QByteArray> wrapOfficerKeys(const SecretBytes &kek, const QString &vaultId, const SecretBytes &signSeed,
                                   const SecretBytes &boxPrivate, const QByteArray &signPublic,
                                   const QByteArray &boxPublic)
{
    if (signSeed.size() != Crypto::Ed25519KeySize || boxPrivate.size() != Crypto::X25519KeySize) {
        return keysDamaged();
    }
    auto key = wrappingKey(kek, vaultId);
    if (!key) {
        return key.error();
    }
    SecretBytes both(KeysSize);
    std::copy_n(signSeed.data(), Crypto::Ed25519KeySize, both.data());
    std::copy_n(boxPrivate.data(), Crypto::X25519KeySize, both.data() + Crypto::Ed25519KeySize);
    return Crypto::seal(key.value(), both.view(), bindingOf(vaultId, signPublic, boxPublic));
}

Result<OfficerKeyPairs> makeOfficerKeys(const SecretBytes &kek, const QString &vaultId)
{
    auto signing = Crypto::generateSigningKey();
    auto box = Crypto::generateBoxKey();
    if (!signing || !box) {
        return !signing ? signing.error() : box.error();
    }
    auto wrapped = wrapOfficerKeys(kek, vaultId, signing.value().seed, box.value().privateKey,
                                   signing.value().publicKey, box.value().publicKey);
    if (!wrapped) {
        return wrapped.error();
    }
    return OfficerKeyPairs{std::move(signing.value().seed), std::move(box.value().privateKey),
                           signing.value().publicKey, box.value().publicKey, wrapped.value()};
}

Result<OfficerKeyPairs> openOfficerKeys(const SecretBytes &kek, const QString &vaultId, const QByteArray &signPublic,
                                        const QByteArray &boxPublic, const QByteArray &wrapped)
{
    auto key = wrappingKey(kek, vaultId);
    if (!key) {
        return key.error();
    }
    auto both = Crypto::open(key.value(), wrapped, bindingOf(vaultId, signPublic, boxPublic));
    if (!both || both.value().size() != KeysSize) {
        return keysDamaged();
    }
    OfficerKeyPairs keys{SecretBytes::fromView(both.value().view().first(Crypto::Ed25519KeySize)),
                         SecretBytes::fromView(both.value().view().sliced(Crypto::Ed25519KeySize)), signPublic,
                         boxPublic, wrapped};
    auto derivedSign = Crypto::signingPublicKey(keys.signSeed);
    auto derivedBox = Crypto::boxPublicKey(keys.boxPrivate);
    if (!derivedSign || !derivedBox || derivedSign.value() != signPublic || derivedBox.value() != boxPublic) {
        return keysDamaged();
    }
    return keys;
}

} // namespace Brankas
