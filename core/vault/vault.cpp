// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault.h"

#include "../crypto/aead.h"
#include "../crypto/binding.h"
#include "../crypto/kdf.h"
#include "../crypto/mac.h"
#include "../domain/referencedata.h"
#include "../log/logactions.h"
#include "../register/registerseed.h"
#include "../storage/database.h"
#include "../storage/logstore.h"
#include "../storage/metastore.h"
#include "../storage/migrations.h"
#include "../storage/officerstore.h"
#include "../storage/officestore.h"
#include "../storage/readsnapshot.h"
#include "../storage/secretswrapstore.h"
#include "../storage/vaultfile.h"
#include "change.h"
#include "passphrase.h"
#include "vaultdatabase.h"
#include "vaultkey.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Brankas {

namespace {

Error damaged()
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The vault file is damaged. Open a backup copy, or restore the "
                                                     "vault from a backup with the recovery passphrase."));
}
} // namespace

QString defaultVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/brankas/vault.brankas");
}

Vault::Vault(QString path, Access access, VaultEnvironment environment)
    : m_path(std::move(path))
    , m_access(access)
    , m_env(environment)
{}

int Vault::latestSchemaVersion()
{
    return Storage::latestSchemaVersion();
}

Vault::~Vault()
{
    lock();
    // Services refer to the stores and the stores to the database: tear down in that order.
    m_officers.reset();
    m_secretsWraps.reset();
    m_log.reset();
    m_logStore.reset();
    m_officerStore.reset();
    m_keyWraps.reset();
    m_meta.reset();
    m_db.reset();
    m_lock.reset();
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, Access access, VaultEnvironment environment)
{
    // A vault on a server has no file to inspect and no file lock: several PCs write at once, and
    // the archive log's head lock orders their entries (LogStore::lockHead).
    if (auto address = VaultAddress::parse(path); address && address.value().isServer()) {
        std::unique_ptr<Vault> vault(new Vault(address.value().toString(), access, environment));
        if (Status status = vault->load(); !status) {
            return status.error();
        }
        return vault;
    } else if (!address && path.contains(QLatin1String("://"))) {
        return address.error();
    }
    const int newest = Storage::latestSchemaVersion();
    auto header = Storage::inspectVaultFile(path, newest);
    if (!header) {
        return header.error();
    }
    std::unique_ptr<Vault> vault(new Vault(QFileInfo(path).absoluteFilePath(), access, environment));
    if (access == Access::ReadWrite) {
        auto lock = VaultLock::acquire(vault->m_path);
        if (!lock) {
            return lock.error();
        }
        vault->m_lock = std::move(lock).value();
    }
    if (Status status = vault->load(); !status) {
        return status.error();
    }
    return vault;
}

Status Vault::load()
{
    auto address = VaultAddress::parse(m_path);
    if (!address) {
        return address.error();
    }
    auto db = openVaultDatabase(address.value(),
                                m_access == Access::ReadOnly ? Storage::Database::Mode::ReadOnly
                                                             : Storage::Database::Mode::ReadWrite,
                                m_env.keyStore);
    if (!db) {
        return db.error();
    }
    m_db = std::move(db).value();
    // The header said this was a vault; ask SQLite too (the header may lag behind the WAL).
    auto version = m_db->userVersion();
    auto applicationId = m_db->applicationId();
    if (!version || !applicationId) {
        return version ? applicationId.error() : version.error();
    }
    if (applicationId.value() != Storage::VaultApplicationId) {
        if (address.value().isServer() && applicationId.value() == 0) {
            return Error(ErrorCode::NotAVault,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The database %1 on the server holds no Brankas vault. Create one there "
                                           "with brankas-cli init --server ADDRESS, or check the address."),
                         {m_path});
        }
        return damaged();
    }
    const int newest = Storage::latestSchemaVersion(*m_db);
    if (version.value() > newest) {
        return Error(ErrorCode::VaultTooNew,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This vault was saved by a newer version of Brankas (vault format %1; this "
                                       "version reads up to %2). Install the newer Brankas to open it."),
                     {QString::number(version.value()), QString::number(newest)});
    }
    m_meta = std::make_unique<Storage::MetaStore>(*m_db);
    m_keyWraps = std::make_unique<Storage::KeyWrapStore>(*m_db);
    m_officerStore = std::make_unique<Storage::OfficerStore>(*m_db);
    m_logStore = std::make_unique<Storage::LogStore>(*m_db);
    m_log = std::make_unique<ArchiveLog>(*m_logStore, *m_meta, m_env.clock);
    m_secretsWraps = std::make_unique<Storage::SecretsWrapStore>(*m_db);
    m_officers = std::make_unique<Officers>(*m_db, Officers::Stores{*m_officerStore, *m_secretsWraps, *m_meta}, *m_log,
                                            m_keyring, m_id, m_env.clock, m_env.kdf);

    if (version.value() < newest) {
        if (m_access == Access::ReadOnly) {
            return Error(ErrorCode::VaultNeedsUpgrade,
                         QT_TRANSLATE_NOOP("Brankas::Error", "This vault must be upgraded to the current format "
                                                             "first: open it once with write access."));
        }
        // Keep the file as it was before the upgrade, beside it, in case the officer needs to go back.
        // (A server's migration runs in one transaction each; its copies are the server's backups.)
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(version.value());
        if (Status flushed = m_db->checkpoint(); !flushed) {
            return flushed;
        }
        if (!address.value().isServer() && !QFile::exists(backup) && !QFile::copy(m_path, backup)) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "Brankas could not keep a copy of the vault before upgrading "
                                           "it (%1). Nothing was changed."),
                         {QDir::toNativeSeparators(backup)});
        }
        // The upgrade's entry waits for the key (pending) but is written with the upgrade itself.
        const auto logged = [&] {
            return m_log->recordPending(QString(), LogEvent{LogAction::vaultMigrated(), QStringLiteral("vault"),
                                                            QJsonObject{{QStringLiteral("from"), version.value()},
                                                                        {QStringLiteral("to"), newest}}});
        };
        if (Status status = Storage::migrate(*m_db, version.value(), logged); !status) {
            return status;
        }
    }
    m_schemaVersion = newest;
    auto meta = m_meta->all();
    if (!meta) {
        return meta.error();
    }
    m_metaValues = meta.value();
    m_id = m_metaValues.value(QStringLiteral("vault_id"));
    if (m_metaValues.value(QStringLiteral("format")) != QLatin1String("brankas") || m_id.isEmpty() ||
        !m_metaValues.contains(QStringLiteral("key_check"))) {
        return damaged();
    }
    return m_access == Access::ReadWrite ? seedIfUpgraded() : Status();
}

Status Vault::seedIfUpgraded()
{
    // A vault made before the register existed (format 1) gets its office and kecamatan the first
    // time it is opened for writing.
    auto office = Storage::OfficeStore(*m_db).get();
    if (office || office.error().code() != ErrorCode::NotFound) {
        return office ? Status() : Status(office.error());
    }
    auto reference = ReferenceData::load();
    if (!reference) {
        return reference.error();
    }
    const Regency home = regency();
    if (!reference.value().regency(home.code)) {
        return damaged();
    }
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction) {
        return transaction.error();
    }
    if (Status status = seedRegister(*m_db, home, officeName(), reference.value(), m_env.clock.nowUtc()); !status) {
        return status;
    }
    return transaction.value()->commit();
}

QString Vault::officeName() const
{
    return m_metaValues.value(QStringLiteral("office_name"));
}

Regency Vault::regency() const
{
    return Regency{m_metaValues.value(QStringLiteral("regency_code")),
                   m_metaValues.value(QStringLiteral("province_code")),
                   m_metaValues.value(QStringLiteral("regency_name"))};
}

QString Vault::provinceName() const
{
    return m_metaValues.value(QStringLiteral("province_name"));
}

QDateTime Vault::createdAt() const
{
    return QDateTime::fromString(m_metaValues.value(QStringLiteral("created_at")), Qt::ISODateWithMs);
}

Result<VaultCounts> Vault::counts()
{
    auto officers = m_officerStore->count();
    auto entries = m_logStore->count();
    if (!officers) {
        return officers.error();
    }
    if (!entries) {
        return entries.error();
    }
    return VaultCounts{officers.value(), entries.value()};
}

Status Vault::acceptKey(SecretBytes key)
{
    auto check = keyCheckValue(key, m_id);
    if (!check) {
        return check.error();
    }
    if (check.value() != m_metaValues.value(QStringLiteral("key_check"))) {
        return Error(ErrorCode::KeychainMismatch,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The key in this computer's keychain does not open this vault (it may belong to "
                                       "an older copy). Open the vault with the recovery passphrase."));
    }
    auto legacy = legacyFieldKeys(key, m_id);
    auto chain = LogChain::create(key, m_id);
    if (!legacy) {
        return legacy.error();
    }
    if (!chain) {
        return chain.error();
    }
    m_legacyKeys = std::move(legacy).value();
    m_log->setChain(std::move(chain).value());
    m_key = std::move(key);
    // The log's end is checked before anything is appended, so nothing is ever chained and sealed
    // over a cut: a tampered log stays tampered for every command that opens it. Its reads share one
    // snapshot: another PC committing an entry and its sealed head between them would look like a cut.
    auto end = [this]() -> Result<LogVerification> {
        auto snapshot = Storage::ReadSnapshot::begin(*m_db);
        if (!snapshot) {
            return snapshot.error();
        }
        return m_log->checkEnd();
    }();
    if (!end) {
        return end.error();
    }
    if (!isReadOnly() && end.value().intact()) {
        auto transaction = Storage::Transaction::begin(*m_db);
        if (!transaction) {
            return transaction.error();
        }
        // Almost always there is nothing pending. Events folded in move the sealed head, which tells
        // the other PCs (the server's trigger, format 8).
        if (Status status = m_log->absorbPending(); !status) {
            return status;
        }
        return transaction.value()->commit();
    }
    return {};
}

Status Vault::unlockFromKeychain()
{
    auto key = m_env.keyStore.readKey(m_id);
    if (!key) {
        return key.error();
    }
    return acceptKey(std::move(key).value());
}

void Vault::lock()
{
    if (m_log) {
        m_log->setChain(std::nullopt);
    }
    m_key.reset();
    m_legacyKeys.reset();
    m_recoverySecretsKey.reset();
    m_keyring.clear();
}

Status Vault::commitChange(const Session &session, const std::function<Result<QList<LogEvent>>()> &change,
                           HeadLock headLock)
{
    if (isReadOnly()) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault is open read-only; nothing can be changed."));
    }
    const SignedInKeys *keys = m_keyring.find(session);
    if (!keys) {
        return vaultLockedError();
    }
    const LogSigner signer = keys->signer();
    return Brankas::commitChange(*m_db, *m_log, session.officer.name, change, &signer, headLock);
}

std::optional<LogSigner> Vault::signerFor(const Session &session) const
{
    const SignedInKeys *keys = m_keyring.find(session);
    return keys ? std::optional<LogSigner>(keys->signer()) : std::nullopt;
}

} // namespace Brankas
