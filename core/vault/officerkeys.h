// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/kdf.h"
#include "../crypto/secretbytes.h"
#include "../result.h"

#include <QByteArray>
#include <QString>

namespace Brankas {

// What an officer's passphrase gives: the verifier that is stored (scrypt's first 32 bytes, as in
// every vault before format 5) and a key-encryption key that is never stored (the next 32 bytes of
// the same scrypt run, so signing in still costs one scrypt).
struct PassphraseKeys
{
    QByteArray verifier;
    SecretBytes kek;
};
Result<PassphraseKeys> passphraseKeys(const SecretBytes &passphrase, const QByteArray &salt,
                                      const Crypto::ScryptParams &params);

// An officer's two key pairs: Ed25519 signs their log entries, X25519 receives the secrets key.
// Both private halves are sealed together under the passphrase's key-encryption key, bound to the
// vault and to the public keys beside them.
struct OfficerKeyPairs
{
    SecretBytes signSeed;
    SecretBytes boxPrivate;
    QByteArray signPublic;
    QByteArray boxPublic;
    QByteArray wrapped;
};
Result<OfficerKeyPairs> makeOfficerKeys(const SecretBytes &kek, const QString &vaultId);
// The same key pairs sealed under another key-encryption key (a new passphrase): the public keys,
// and so the officer's registered signing key, stay as they are.
Result<QByteArray> wrapOfficerKeys(const SecretBytes &kek, const QString &vaultId, const SecretBytes &signSeed,
                                   const SecretBytes &boxPrivate, const QByteArray &signPublic,
                                   const QByteArray &boxPublic);
// Fails with VaultDamaged when the wrap does not open or the stored public keys are not the ones
// the private keys give (someone replaced them in the file).
Result<OfficerKeyPairs> openOfficerKeys(const SecretBytes &kek, const QString &vaultId, const QByteArray &signPublic,
                                        const QByteArray &boxPublic, const QByteArray &wrapped);

} // namespace Brankas
