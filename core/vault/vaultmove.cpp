// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultmove.h"

#include "../domain/role.h"
#include "../storage/migrations.h"
#include "../storage/vaultcopy.h"
#include "vaultdatabase.h"
#include "vaultlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Brankas {

namespace {
Status copyToServer(Storage::Database &source, const VaultAddress &address, KeyStore &keyStore)
{
    auto db = openEmptyServerDatabase(address, keyStore);
    if (!db) {
        return db.error();
    }
    // Schema and rows in one transaction (PostgreSQL's DDL is transactional): copyVault's own
    // BEGIN only draws a warning from the server, and its COMMIT or ROLLBACK ends everything.
    auto transaction = Storage::Transaction::begin(*db.value());
    if (!transaction) {
        return transaction.error();
    }
    if (Status status = Storage::migrateInCallersTransaction(*db.value(), 0); !status) {
        return status;
    }
    if (Status status = Storage::copyVault(source, *db.value()); !status) {
        return status;
    }
    return transaction.value()->commit();
}

Status copyToFile(Storage::Database &source, const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "There is already a file at %1; Brankas will not overwrite it. Choose another "
                                       "name, or open that vault."),
                     {QDir::toNativeSeparators(path)});
    }
    auto lock = VaultLock::acquire(path);
    if (!lock) {
        return lock.error();
    }
    // Built under a temporary name and renamed when complete, as a new vault is.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &leftover : {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")}) {
        QFile::remove(leftover);
    }
    {
        auto db = Storage::Database::open(partial, Storage::Database::Mode::Create);
        if (!db) {
            return db.error();
        }
        Status copied = Storage::migrate(*db.value(), 0);
        if (copied) {
            copied = Storage::copyVault(source, *db.value());
        }
        if (copied) {
            copied = db.value()->checkpoint();
        }
        if (!copied) {
            db.value().reset();
            QFile::remove(partial);
            return copied;
        }
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not save the new vault as %1."),
                     {QDir::toNativeSeparators(path)});
    }
    return {};
}
} // namespace

Result<MovedVault> moveVault(Vault &source, const Session &session, const QString &target, VaultEnvironment environment,
                             QByteArrayView recoveryPassphrase)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can move the vault."));
    }
    if (const auto &tampered = source.logTampered()) {
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 A vault whose log fails is not moved; nothing was "
                                                         "copied."),
                     {tampered->summary()});
    }
    auto address = VaultAddress::parse(target);
    if (!address) {
        return address.error();
    }
    const QString shown =
        address.value().isServer() ? address.value().toString() : QFileInfo(target).absoluteFilePath();
    if (shown == source.path()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault is already at %1; give another place to move "
                                                         "it to."),
                     {shown});
    }
    Status copied = address.value().isServer() ? copyToServer(source.database(), address.value(), environment.keyStore)
                                               : copyToFile(source.database(), shown);
    if (!copied) {
        return copied.error();
    }
    // The copy proves itself: its own archive log, every signature, under the vault key.
    auto opened = Vault::open(shown, Vault::Access::ReadOnly, environment);
    if (!opened) {
        return opened.error();
    }
    Vault &copy = *opened.value();
    Status unlocked = copy.unlockFromKeychain();
    if (!unlocked && !recoveryPassphrase.isEmpty()) {
        unlocked = copy.unlockWithRecovery(recoveryPassphrase, session.officer.name);
    }
    if (!unlocked) {
        return unlocked.error();
    }
    auto verified = copy.log().verify({}, true);
    if (!verified) {
        return verified.error();
    }
    if (!verified.value().intact()) {
        opened.value().reset();
        if (!address.value().isServer()) {
            QFile::remove(shown);
        }
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 The copy did not verify, so it was not kept; the vault stays where it was."),
                     {verified.value().summary()});
    }
    return MovedVault{shown, verified.value()};
}

} // namespace Brankas
