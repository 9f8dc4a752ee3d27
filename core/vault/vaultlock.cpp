// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

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

namespace {
// A process killed between creating the lock file and writing its pid into it leaves an empty file
// that Qt never calls stale (the stale time is 0 above) and nobody could open the vault again. Qt
// holds a flock on the file from just after creating it for as long as it owns it, and the system
// drops that flock when the process dies: an empty lock file that nobody holds, and that is older
// than the moment between a live owner's create and flock, is such a leftover. (On Windows a dead
// process's file is simply deleted by Qt.)
bool abandonedEmptyLock(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != 0 ||
        QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime()) < 100) {
        return false;
    }
    if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0) {
        return false;
    }
    ::flock(file.handle(), LOCK_UN);
    return true;
#else
    Q_UNUSED(path)
    return false;
#endif
}
} // namespace

Result<std::unique_ptr<VaultLock>> VaultLock::acquire(const QString &vaultPath)
{
    std::unique_ptr<VaultLock> lock(new VaultLock(lockPathFor(vaultPath)));
    if (lock->m_lock.tryLock(0)) {
        return lock;
    }
    const QString path = lockPathFor(vaultPath);
    for (int wait = 0; wait < 4 && lock->m_lock.error() == QLockFile::LockFailedError; ++wait) {
        if (QFile::exists(path) && QFileInfo(path).size() == 0) {
            QThread::msleep(wait == 0 ? 0 : 50); // a lock file just made gets its moment to age
            if (abandonedEmptyLock(path) && lock->m_lock.removeStaleLockFile() && lock->m_lock.tryLock(0)) {
                return lock;
            }
        }
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
