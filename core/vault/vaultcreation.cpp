// SPDX-License-Identifier: GPL-3.0-or-later
// Vault::create lives apart from the rest of Vault: it is the one place a vault key is born.
#include "vault.h"

#include "../crypto/random.h"
#include "../crypto/sealedbox.h"
#include "../domain/referencedata.h"
#include "../log/logactions.h"
#include "../register/registerseed.h"
#include "../storage/database.h"
#include "../storage/logstore.h"
#include "../storage/metastore.h"
#include "../storage/migrations.h"
#include "../storage/officerstore.h"
#include "../storage/secretswrapstore.h"
#include "change.h"
#include "passphrase.h"
#include "vaultdatabase.h"
#include "vaultkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace Brankas {

namespace {
// Everything that makes a new vault, written into a file that is not yet at its final path.
Status populate(Storage::Database &db, const NewVault &spec, const ReferenceData &reference, const Regency &regency,
                const Province &province, const QString &vaultId, const SecretBytes &key, VaultEnvironment environment,
                bool inCallersTransaction = false)
{
    if (Status status = inCallersTransaction ? Storage::migrateInCallersTransaction(db, 0) : Storage::migrate(db, 0);
        !status) {
        return status;
    }
    const QDateTime now = environment.clock.nowUtc();
    auto keyCheck = keyCheckValue(key, vaultId);
    if (!keyCheck) {
        return keyCheck.error();
    }
    auto wrap = wrapVaultKey(key, normalizedPassphrase(spec.recoveryPassphrase, PassphraseKind::Recovery),
                             environment.kdf, vaultId, QStringLiteral("recovery"));
    if (!wrap) {
        return wrap.error();
    }
    wrap.value().createdAt = now;
    auto admin =
        Officers::makeRecord(spec.adminName, Role::Administrator, spec.adminPassphrase, environment.kdf, now, vaultId);
    if (!admin) {
        return admin.error();
    }
    // The recovery passphrase's own X25519 key, so the secrets key can be sealed to it by whoever
    // holds the secrets key later, without the passphrase.
    auto recoveryBox = Crypto::generateBoxKey();
    if (!recoveryBox) {
        return recoveryBox.error();
    }
    auto recoveryBoxWrap = wrapVaultKey(recoveryBox.value().privateKey,
                                        normalizedPassphrase(spec.recoveryPassphrase, PassphraseKind::Recovery),
                                        environment.kdf, vaultId, QStringLiteral("recovery-box"));
    if (!recoveryBoxWrap) {
        return recoveryBoxWrap.error();
    }
    recoveryBoxWrap.value().createdAt = now;
    auto secretsKey = Crypto::randomSecret(SecretsKeySize);
    if (!secretsKey) {
        return secretsKey.error();
    }
    auto secretsCheck = secretsCheckValue(secretsKey.value(), vaultId);
    if (!secretsCheck) {
        return secretsCheck.error();
    }
    auto chain = LogChain::create(key, vaultId);
    if (!chain) {
        return chain.error();
    }

    Storage::MetaStore meta(db);
    Storage::KeyWrapStore wraps(db);
    Storage::OfficerStore officers(db);
    Storage::LogStore logStore(db);
    Storage::SecretsWrapStore secretsWraps(db);
    ArchiveLog log(logStore, meta, environment.clock);
    log.setChain(std::move(chain).value());

    const QString officeName = officeNameFor(regency);
    const LogSigner signer{admin.value().keys.signSeed, admin.value().keys.signPublic};
    return commitChange(
        db, log, admin.value().record.officer.name,
        [&]() -> Result<QList<LogEvent>> {
            const QList<std::pair<QString, QString>> values{
                {QStringLiteral("format"), QStringLiteral("brankas")},
                {QStringLiteral("vault_id"), vaultId},
                {QStringLiteral("created_at"), now.toString(Qt::ISODateWithMs)},
                {QStringLiteral("created_by_version"), QStringLiteral(BRANKAS_VERSION)},
                {QStringLiteral("key_check"), keyCheck.value()},
                {QStringLiteral("regency_code"), regency.code},
                {QStringLiteral("regency_name"), regency.name},
                {QStringLiteral("province_code"), province.code},
                {QStringLiteral("province_name"), province.name},
                {QStringLiteral("office_name"), officeName},
                {QStringLiteral("secrets_check"), secretsCheck.value()},
                {QStringLiteral("recovery_box_public"), QString::fromLatin1(recoveryBox.value().publicKey.toHex())},
            };
            for (const auto &[name, value] : values) {
                if (Status status = meta.setValue(name, value); !status) {
                    return status.error();
                }
            }
            if (Status status = wraps.put(wrap.value()); !status) {
                return status.error();
            }
            if (Status status = wraps.put(recoveryBoxWrap.value()); !status) {
                return status.error();
            }
            if (auto id = officers.insert(admin.value().record); !id) {
                return id.error();
            }
            if (Status status = seedRegister(db, regency, officeName, reference, now); !status) {
                return status.error();
            }
            QList<LogEvent> events{
                {LogAction::vaultCreated(), QStringLiteral("vault"),
                 QJsonObject{{QStringLiteral("office"), officeName},
                             {QStringLiteral("regency"), regency.code},
                             {QStringLiteral("schema"), Storage::latestSchemaVersion(db)},
                             {QStringLiteral("kecamatan"), reference.kecamatanOf(regency.code).size()}}},
                {LogAction::officerAdded(), QStringLiteral("officer:") + admin.value().record.officer.name,
                 admin.value().registration()},
            };
            if (Status status =
                    syncSecretsWraps(officers, secretsWraps, meta, secretsKey.value(), vaultId, now, events);
                !status) {
                return status.error();
            }
            return events;
        },
        &signer);
}

// A server vault is made in its (empty) database in one transaction, schema included: an
// interrupted creation leaves the database as empty as it was, as the ".partial" file does for a file.
Result<Vault::Created> createOnServer(const VaultAddress &address, const NewVault &spec, const ReferenceData &reference,
                                      const Regency &regency, const Province &province, VaultEnvironment environment)
{
    const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto key = Crypto::randomSecret(VaultKeySize);
    if (!key) {
        return key.error();
    }
    {
        auto db = openEmptyServerDatabase(address, environment.keyStore);
        if (!db) {
            return db.error();
        }
        auto transaction = Storage::Transaction::begin(*db.value());
        if (!transaction) {
            return transaction.error();
        }
        // populate's own change runs inside this transaction: PostgreSQL only warns about the inner
        // BEGIN, and its COMMIT or ROLLBACK ends the whole creation, tables included.
        if (Status status =
                populate(*db.value(), spec, reference, regency, province, vaultId, key.value(), environment, true);
            !status) {
            return status.error();
        }
        if (Status status = transaction.value()->commit(); !status) {
            return status.error();
        }
    }
    Status keychain = environment.keyStore.writeKey(vaultId, key.value());
    auto vault = Vault::open(address.toString(), Vault::Access::ReadWrite, environment);
    if (!vault) {
        return vault.error();
    }
    if (Status status = vault.value()->unlockWithKey(std::move(key).value()); !status) {
        return status.error();
    }
    return Vault::Created{std::move(vault).value(), keychain};
}
} // namespace

Result<Vault::Created> Vault::create(const QString &path, const NewVault &spec, const ReferenceData &reference,
                                     VaultEnvironment environment)
{
    auto address = VaultAddress::parse(path);
    const bool onServer = address && address.value().isServer();
    if (!address && path.contains(QLatin1String("://"))) {
        return address.error();
    }
    const QString absolutePath = onServer ? address.value().toString() : QFileInfo(path).absoluteFilePath();
    if (!onServer && QFileInfo::exists(absolutePath)) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "There is already a file at %1; Brankas will not overwrite it. Choose another "
                                       "name, or open that vault."),
                     {QDir::toNativeSeparators(absolutePath)});
    }
    auto regency = reference.findRegency(spec.regencyCode);
    if (!regency) {
        return regency.error();
    }
    const Province *province = reference.province(regency.value().provinceCode);
    if (!province) {
        return reference.findRegency(QString()).error();
    }
    if (Status status = Officers::checkName(spec.adminName); !status) {
        return status.error();
    }
    if (Status status = checkNewPassphrase(spec.adminPassphrase, PassphraseKind::Officer, spec.adminName); !status) {
        return status.error();
    }
    if (Status status = checkNewPassphrase(spec.recoveryPassphrase, PassphraseKind::Recovery); !status) {
        return status.error();
    }
    if (normalizedPassphrase(spec.recoveryPassphrase, PassphraseKind::Recovery) ==
        normalizedPassphrase(spec.adminPassphrase, PassphraseKind::Recovery)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The recovery passphrase must differ from the administrator's "
                                                         "passphrase: it is kept on paper in the office safe."));
    }
    if (onServer) {
        return createOnServer(address.value(), spec, reference, regency.value(), *province, environment);
    }
    const QDir folder = QFileInfo(absolutePath).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas cannot create the folder %1."),
                     {QDir::toNativeSeparators(folder.absolutePath())});
    }
    // Hold the vault's lock while it is being made, so two setups cannot race for one path.
    auto creationLock = VaultLock::acquire(absolutePath);
    if (!creationLock) {
        return creationLock.error();
    }

    const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto key = Crypto::randomSecret(VaultKeySize);
    if (!key) {
        return key.error();
    }
    // Built under a temporary name and renamed when complete: an interrupted setup leaves no
    // half-made vault at the real path.
    const QString partialPath = absolutePath + QStringLiteral(".partial");
    for (const QString &leftover :
         {partialPath, partialPath + QStringLiteral("-wal"), partialPath + QStringLiteral("-shm")}) {
        QFile::remove(leftover);
    }
    {
        auto db = Storage::Database::open(partialPath, Storage::Database::Mode::Create);
        if (!db) {
            return db.error();
        }
        Status status =
            populate(*db.value(), spec, reference, regency.value(), *province, vaultId, key.value(), environment);
        if (!status) {
            db.value().reset();
            QFile::remove(partialPath);
            return status.error();
        }
    }
    if (!QFile::rename(partialPath, absolutePath)) {
        QFile::remove(partialPath);
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not save the new vault as %1."),
                     {QDir::toNativeSeparators(absolutePath)});
    }
    creationLock.value().reset();

    Status keychain = environment.keyStore.writeKey(vaultId, key.value());
    auto vault = Vault::open(absolutePath, Access::ReadWrite, environment);
    if (!vault) {
        return vault.error();
    }
    if (Status status = vault.value()->acceptKey(std::move(key).value()); !status) {
        return status.error();
    }
    return Created{std::move(vault).value(), keychain};
}

} // namespace Brankas
