// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultlock.h"

#include <QDir>
#include <QFileInfo>

namespace Brankas {

VaultLock::VaultLock(const QString &lockPath)
    : m_lock(lockPath)
{
    // A vault stays open for hours; Qt's default would call a 30-second-old lock stale and let a
    // second writer in. A lock left by a crashed process on this PC is still detected by its pid.
    m_lock.setStaleLockTime(0);
}

QString VaultLock::lockPathFor(const QString &vaultPath)
{
    // One lock per file, however it is reached: a symbolic link, a "..", or a relative path to
    // the same vault must meet the same lock. A vault not yet created has no canonical path; its
    // folder has.
    const QFileInfo info(vaultPath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        const QString folder = info.absoluteDir().canonicalPath();
        canonical = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
    return canonical + QStringLiteral(".lock");
}

Result<std::unique_ptr<VaultLock>> VaultLock::acquire(const QString &vaultPath)
{
    std::unique_ptr<VaultLock> lock(new VaultLock(lockPathFor(vaultPath)));
    if (lock->m_lock.tryLock(0)) {
        return lock;
    }
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_lock.getLockInfo(&pid, &host, &application);
        return Error(ErrorCode::VaultInUse,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault is in use by %1 (process %2 on computer %3). Close it there first, "
                                       "then try again."),
                     {application.isEmpty() ? QStringLiteral("Brankas") : application, QString::number(pid),
                      host.isEmpty() ? QStringLiteral("?") : host});
    }
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas cannot create its lock file beside the vault (%1). Check that you may "
                                   "write to that folder."),
                 {QDir::toNativeSeparators(lockPathFor(vaultPath))});
}

} // namespace Brankas
