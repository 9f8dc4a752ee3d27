// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretskey.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/kdf.h"
#include "../crypto/mac.h"
#include "../crypto/sealedbox.h"
#include "../domain/role.h"
#include "../log/logactions.h"
#include "../storage/metastore.h"
#include "../storage/officerstore.h"
#include "../storage/secretswrapstore.h"

#include <QJsonObject>

namespace Brankas {

namespace {
QByteArray bindingOf(const QString &vaultId, const QString &holder, qint64 signedFrom)
{
    return Crypto::bindingFor(vaultId, QStringLiteral("secrets_wrap"), signedFrom, holder);
}

Error noSecretsAccess()
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Your access to the passwords in this vault does not open: the vault file was "
                                   "altered. Ask an administrator to check the archive log and restore a backup."));
}
} // namespace

QString officerHolder(qint64 officerId)
{
    return QStringLiteral("officer:%1").arg(officerId);
}

QString recoveryHolder()
{
    return QStringLiteral("recovery");
}

Result<QString> secretsCheckValue(const SecretBytes &secretsKey, const QString &vaultId)
{
    auto mac = Crypto::hmacSha256(secretsKey.view(), QByteArray("brankas-secrets-check-v1") + vaultId.toUtf8());
    if (!mac) {
        return mac.error();
    }
    return QString::fromLatin1(mac.value().toHex());
}

Result<QByteArray> sealSecretsKey(const SecretBytes &secretsKey, const QByteArray &recipientBoxPublic,
                                  const QString &vaultId, const QString &holder, qint64 signedFrom)
{
    return Crypto::sealTo(recipientBoxPublic, secretsKey.view(), bindingOf(vaultId, holder, signedFrom));
}

Result<SecretBytes> openSecretsKey(const SecretBytes &boxPrivate, const QByteArray &box, const QString &vaultId,
                                   const QString &holder, qint64 signedFrom, const QString &expectedCheck)
{
    auto key = Crypto::openBox(boxPrivate, box, bindingOf(vaultId, holder, signedFrom));
    if (!key || key.value().size() != SecretsKeySize) {
        return noSecretsAccess();
    }
    auto check = secretsCheckValue(key.value(), vaultId);
    if (!check || check.value() != expectedCheck) {
        return noSecretsAccess();
    }
    return std::move(key).value();
}

Result<SecretFieldKeys> secretFieldKeys(const SecretBytes &secretsKey, const QString &vaultId)
{
    auto field =
        Crypto::hkdfSha256(secretsKey.view(), vaultId.toUtf8(), "brankas field encryption v2", Crypto::AesKeySize);
    auto tag = Crypto::hkdfSha256(secretsKey.view(), vaultId.toUtf8(), "brankas password reuse v2", 32);
    if (!field || !tag) {
        return !field ? field.error() : tag.error();
    }
    return SecretFieldKeys{std::move(field).value(), std::move(tag).value()};
}

Result<SecretFieldKeys> legacyFieldKeys(const SecretBytes &vaultKey, const QString &vaultId)
{
    auto field =
        Crypto::hkdfSha256(vaultKey.view(), vaultId.toUtf8(), "brankas field encryption v1", Crypto::AesKeySize);
    auto tag = Crypto::hkdfSha256(vaultKey.view(), vaultId.toUtf8(), "brankas password reuse v1", 32);
    if (!field || !tag) {
        return !field ? field.error() : tag.error();
    }
    return SecretFieldKeys{std::move(field).value(), std::move(tag).value()};
}

Status syncSecretsWraps(Storage::OfficerStore &officers, Storage::SecretsWrapStore &wraps, Storage::MetaStore &meta,
                        const SecretBytes &secretsKey, const QString &vaultId, const QDateTime &now,
                        QList<LogEvent> &events)
{
    auto records = officers.records();
    auto existing = wraps.all();
    auto signedFrom = meta.value(QStringLiteral("log_signed_from"));
    if (!records || !existing || !signedFrom) {
        return !records ? records.error() : !existing ? existing.error() : signedFrom.error();
    }
    const qint64 boundary = signedFrom.value().toLongLong();
    QMap<QString, QByteArray> remaining = existing.value();
    for (const OfficerRecord &record : records.value()) {
        const QString holder = officerHolder(record.officer.id);
        const bool entitled = canRevealSecrets(record.officer.role) && !record.officer.disabled;
        const QString target = QStringLiteral("officer:") + record.officer.name;
        if (entitled && record.hasKeys() && !remaining.contains(holder)) {
            auto box = sealSecretsKey(secretsKey, record.boxPublic, vaultId, holder, boundary);
            if (!box) {
                return box.error();
            }
            if (Status status = wraps.put(holder, box.value(), now); !status) {
                return status;
            }
            events.append({LogAction::secretsAccessGranted(), target, {}});
        } else if (!entitled && remaining.contains(holder)) {
            if (Status status = wraps.remove(holder); !status) {
                return status;
            }
            events.append({LogAction::secretsAccessRevoked(), target,
                           QJsonObject{{QStringLiteral("role"), roleId(record.officer.role)},
                                       {QStringLiteral("disabled"), record.officer.disabled}}});
        }
        remaining.remove(holder);
    }
    remaining.remove(recoveryHolder());
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it) {
        // A seal for an officer who no longer exists.
        if (Status status = wraps.remove(it.key()); !status) {
            return status;
        }
    }
    auto recoveryPublic = meta.value(QStringLiteral("recovery_box_public"));
    if (recoveryPublic && !existing.value().contains(recoveryHolder())) {
        auto box = sealSecretsKey(secretsKey, QByteArray::fromHex(recoveryPublic.value().toLatin1()), vaultId,
                                  recoveryHolder(), boundary);
        if (!box) {
            return box.error();
        }
        if (Status status = wraps.put(recoveryHolder(), box.value(), now); !status) {
            return status;
        }
        events.append({LogAction::secretsAccessGranted(), QStringLiteral("recovery"), {}});
    }
    return {};
}

} // namespace Brankas
