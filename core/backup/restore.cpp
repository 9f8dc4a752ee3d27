// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore.h"

#include "../domain/role.h"
#include "../log/logactions.h"
#include "../storage/database.h"
#include "../storage/snapshot.h"
#include "progressphases.h"
#include "snapshotfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Brankas::Backup {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QStringList CompanionSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm")};

Error cancelled()
{
    return Error(ErrorCode::Cancelled,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The restore was cancelled; nothing was restored."));
}

// Shares of the bar, from the national vault's restore (docs/performance.md): scrypt of the recovery
// passphrase, the decryption, the sign-in's scrypt, and the archive log's full verification, which
// is most of it. After the verification the restore is recorded and renamed in without stopping.
constexpr qint64 Unlocked = 80;
constexpr qint64 Decrypted = 380;
constexpr qint64 Opened = 420;
constexpr qint64 SignedIn = 480;
constexpr qint64 Verified = RestoreCommitsAt;
constexpr qint64 Recorded = 980;

Error cannotMove(const QString &from, const QString &to)
{
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas could not rename %1 to %2, so the restored vault was not put in place. "
                                   "Nothing was changed."),
                 {shown(from), shown(to)});
}

// The old vault and the files SQLite keeps beside it move together: a -wal holds committed changes
// that belong to its main file and to no other.
Status moveAside(const QString &target, const QString &keptAs)
{
    if (!QFile::rename(target, keptAs)) {
        return cannotMove(target, keptAs);
    }
    for (const QString &suffix : CompanionSuffixes) {
        if (QFile::exists(target + suffix) && !QFile::rename(target + suffix, keptAs + suffix)) {
            // Put back what moved, so the old vault stays whole where it was.
            for (const QString &moved : CompanionSuffixes) {
                QFile::rename(keptAs + moved, target + moved);
            }
            QFile::rename(keptAs, target);
            return cannotMove(target + suffix, keptAs + suffix);
        }
    }
    return {};
}

void moveBack(const QString &keptAs, const QString &target)
{
    QFile::rename(keptAs, target);
    for (const QString &suffix : CompanionSuffixes) {
        QFile::rename(keptAs + suffix, target + suffix);
    }
}

// Decrypts, opens, checks and records the restore in the vault at `path` (not yet in place).
Result<Restored> prepare(BackupReader &backup, const RestoreRequest &request, const QString &path,
                         VaultEnvironment environment, ProgressPhases &phases)
{
    phases.reach(0);
    auto key = backup.unlock(request.recoveryPassphrase);
    if (!key) {
        return key.error();
    }
    if (!phases.reach(Unlocked)) {
        return cancelled();
    }
    QByteArray sha256;
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "Brankas could not write the restored vault: %1. Nothing was restored."),
                         {out.errorString()});
        }
        auto decrypted = backup.decryptTo(key.value(), out, phases.step(Unlocked, Decrypted));
        if (!decrypted) {
            return decrypted.error();
        }
        sha256 = decrypted.value();
        if (!out.flush()) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "Brankas could not write the restored vault: %1. Nothing was restored."),
                         {out.errorString()});
        }
    }
    {
        auto db = Storage::Database::open(path, Storage::Database::Mode::ReadWrite);
        if (!db) {
            return db.error();
        }
        if (Status status = Storage::useWriteAheadLog(*db.value()); !status) {
            return status.error();
        }
    }
    auto opened = Vault::open(path, Vault::Access::ReadWrite, environment);
    if (!opened) {
        return opened.error();
    }
    Vault &vault = *opened.value();
    if (vault.id() != backup.header().vaultId) {
        return damagedBackup(QFileInfo(backup.path()).fileName());
    }
    if (Status unlocked = vault.unlockWithKey(key.value().clone()); !unlocked) {
        return unlocked.error();
    }
    if (const auto &tampered = vault.logTampered()) {
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 The backup was not restored; use another backup."),
                     {tampered->summary()});
    }
    if (!phases.reach(Opened)) {
        return cancelled();
    }
    auto session = vault.signIn(request.officerName, request.officerPassphrase);
    if (!session) {
        return session.error();
    }
    if (!canManageOfficers(session.value().officer.role)) {
        return Error(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("Brankas::Error",
                              "Only an administrator of the backed-up vault can restore it, and %1 is not one. "
                              "Nothing was restored."),
            {session.value().officer.name});
    }
    if (!phases.reach(SignedIn)) {
        return cancelled();
    }
    auto verified = vault.verifyLog(&session.value(), phases.step(SignedIn, Verified), true);
    if (phases.cancelled()) {
        return cancelled();
    }
    if (!verified) {
        return verified.error();
    }
    if (!verified.value().intact()) {
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 The backup was not restored; use another backup."),
                     {verified.value().summary()});
    }
    Restored restored;
    restored.vaultId = vault.id();
    restored.log = verified.value();
    restored.keychain = environment.keyStore.writeKey(vault.id(), key.value());
    const bool replacing = QFileInfo::exists(request.targetPath);
    Status logged = vault.commitChange(session.value(), [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{
            {LogAction::vaultRestored(), QStringLiteral("vault"),
             QJsonObject{
                 {QStringLiteral("backup"), QFileInfo(backup.path()).fileName()},
                 {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                 {QStringLiteral("backupCreated"), backup.header().createdAt.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("replaced"), replacing},
                 {QStringLiteral("keychain"), restored.keychain ? environment.keyStore.backendName() : QString()}}}};
    });
    if (!logged) {
        return logged.error();
    }
    if (Status flushed = vault.database().checkpoint(); !flushed) {
        return flushed.error();
    }
    phases.reach(Recorded);
    return restored;
}
} // namespace

QString keptAsPath(const QString &targetPath)
{
    return targetPath + QStringLiteral(".before-restore");
}

Status checkRestoreTarget(const QString &targetPath, bool replace)
{
    if (targetPath.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the path where the restored vault should be."));
    }
    if (auto address = VaultAddress::parse(targetPath); !address || address.value().isServer()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "A backup restores into a vault file. To have it on a server, restore it to a "
                                       "file first, then: brankas-cli --vault FILE vault move --to %1"),
                     {address ? address.value().toString() : QStringLiteral("postgresql://USER@HOST/DATABASE")});
    }
    const QFileInfo info(targetPath);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a folder, a device or a link, not a vault file; give the path of the "
                                       "vault file to restore (for example vault.brankas)."),
                     {shown(targetPath)});
    }
    if (!info.exists()) {
        return {};
    }
    if (!replace) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "There is already a file at %1; a restore never overwrites it. Choose another "
                                       "place, or choose to replace it (the old file is then kept as %2)."),
                     {shown(targetPath), shown(keptAsPath(targetPath))});
    }
    if (QFileInfo::exists(keptAsPath(targetPath))) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is still there from an earlier restore. Move it somewhere safe first, so "
                                       "that replacing the vault loses nothing."),
                     {shown(keptAsPath(targetPath))});
    }
    return {};
}

Result<Restored> restoreBackup(BackupReader &backup, const RestoreRequest &request, VaultEnvironment environment,
                               const Progress &progress)
{
    ProgressPhases phases(progress);
    const QString target = QFileInfo(request.targetPath).absoluteFilePath();
    if (Status allowed = checkRestoreTarget(target, request.replace); !allowed) {
        return allowed.error();
    }
    const QDir folder = QFileInfo(target).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas cannot create the folder %1."),
                     {shown(folder.absolutePath())});
    }
    // Held to the end: nobody opens the old vault, or makes a new one there, while it is replaced.
    auto lock = VaultLock::acquire(target);
    if (!lock) {
        return lock.error();
    }
    auto work = SnapshotFolder::create(target);
    if (!work) {
        return work.error();
    }
    const QString staged = work.value()->newFile();
    if (staged.isEmpty()) {
        return work.value()->cannotCreate();
    }
    auto restored = prepare(backup,
                            RestoreRequest{target, request.officerName, request.officerPassphrase,
                                           request.recoveryPassphrase, request.replace},
                            staged, environment, phases);
    if (!restored) {
        return restored.error();
    }
    const bool replacing = QFileInfo::exists(target);
    const QString keptAs = keptAsPath(target);
    if (replacing) {
        if (Status moved = moveAside(target, keptAs); !moved) {
            return moved.error();
        }
    }
    if (!QFile::rename(staged, target)) {
        if (replacing) {
            moveBack(keptAs, target);
        }
        return cannotMove(staged, target);
    }
    restored.value().path = target;
    restored.value().keptAs = replacing ? keptAs : QString();
    phases.reach(ProgressTotal);
    return restored;
}

} // namespace Brankas::Backup
