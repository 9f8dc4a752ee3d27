// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/kdf.h"
#include "../crypto/secretbytes.h"
#include "../result.h"
#include "keywrap.h"

namespace Brankas {

constexpr qsizetype VaultKeySize = 32;

// A check value that tells whether a key from the keychain belongs to this vault, without
// revealing anything about the key: HMAC-SHA256(vault key, "brankas-key-check-v1" || vault id).
Result<QString> keyCheckValue(const SecretBytes &vaultKey, const QString &vaultId);

// Wraps the vault key under scrypt(passphrase), bound to the vault and the wrap's name.
Result<KeyWrap> wrapVaultKey(const SecretBytes &vaultKey, const SecretBytes &passphrase,
                             const Crypto::ScryptParams &params, const QString &vaultId, const QString &name);
// WrongPassphrase when the passphrase does not unwrap it.
Result<SecretBytes> unwrapVaultKey(const KeyWrap &wrap, const SecretBytes &passphrase, const QString &vaultId);

// The key that encrypts secret fields, separate from the key that signs the log.
Result<SecretBytes> fieldKeyFor(const SecretBytes &vaultKey, const QString &vaultId);

// The key that encrypts one backup of the vault: HKDF of the vault key with the backup's random
// salt, so no two backups share a key, and nothing else derived from the vault key opens one.
Result<SecretBytes> backupKeyFor(const SecretBytes &vaultKey, const QString &vaultId, QByteArrayView salt);

// scrypt verifier of an officer's passphrase.
Result<QByteArray> passphraseVerifier(const SecretBytes &passphrase, const QByteArray &salt,
                                      const Crypto::ScryptParams &params);

} // namespace Brankas
