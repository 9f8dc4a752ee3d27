// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../log/logentry.h"
#include "../result.h"

#include <QDateTime>
#include <QList>

namespace Brankas {

namespace Storage {
class MetaStore;
class OfficerStore;
class SecretsWrapStore;
} // namespace Storage

// The secrets key encrypts every secret field (passwords, 2FA seeds, recovery codes, notes) and
// keys the tags that find reused passwords. It is not derived from the vault key: the vault key
// sits in the OS keychain, which anyone using the same OS login can read, so it opens the vault,
// the register and the log, but no secret. The secrets key is sealed to each operator's and
// administrator's X25519 key (whose private half only their passphrase opens) and to the recovery
// passphrase's; a viewer has no seal.
constexpr qsizetype SecretsKeySize = 32;

QString officerHolder(qint64 officerId);
QString recoveryHolder();

// Stored in the vault, so a key that opens some box but is not this vault's secrets key is refused.
Result<QString> secretsCheckValue(const SecretBytes &secretsKey, const QString &vaultId);

// The associated data binds the box to the vault, its holder and the entry from which the archive
// log is signed: moving that boundary (to pass off signed entries as older, unsigned ones) makes
// every operator's and administrator's box fail to open at their next sign-in.
Result<QByteArray> sealSecretsKey(const SecretBytes &secretsKey, const QByteArray &recipientBoxPublic,
                                  const QString &vaultId, const QString &holder, qint64 signedFrom);
Result<SecretBytes> openSecretsKey(const SecretBytes &boxPrivate, const QByteArray &box, const QString &vaultId,
                                   const QString &holder, qint64 signedFrom, const QString &expectedCheck);

// What the secrets key gives: the field-encryption key and the reuse-tag key.
struct SecretFieldKeys
{
    SecretBytes fieldKey;
    SecretBytes tagKey;
};
Result<SecretFieldKeys> secretFieldKeys(const SecretBytes &secretsKey, const QString &vaultId);
// The same two keys as vaults before format 5 derived them, from the vault key.
Result<SecretFieldKeys> legacyFieldKeys(const SecretBytes &vaultKey, const QString &vaultId);

// Makes the seals match who may see secrets now: every operator and administrator who is not
// disabled and has keys gets one, every other officer loses theirs, and the recovery passphrase has
// one. Runs inside the caller's transaction; adds one log event per change.
Status syncSecretsWraps(Storage::OfficerStore &officers, Storage::SecretsWrapStore &wraps, Storage::MetaStore &meta,
                        const SecretBytes &secretsKey, const QString &vaultId, const QDateTime &now,
                        QList<LogEvent> &events);

} // namespace Brankas
