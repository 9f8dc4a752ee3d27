// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Brankas::Storage {

bool isNetworkFileSystemType(const QByteArray &type)
{
    // Linux names: the kernel's own network filesystems, and FUSE ones that reach another machine.
    static const QByteArrayList network = {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.s3fs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
    };
    return network.contains(type.toLower());
}

namespace {
bool isUncPath(const QString &path)
{
    return path.startsWith(QStringLiteral("\\\\")) || path.startsWith(QStringLiteral("//"));
}

// The folder that holds the vault (the file itself may not exist yet when a vault is created).
QString existingFolderOf(const QString &vaultPath)
{
    QFileInfo info(vaultPath);
    QDir folder = info.absoluteDir();
    while (!folder.exists() && !folder.isRoot()) {
        if (!folder.cdUp()) {
            break;
        }
    }
    return folder.absolutePath();
}

#ifdef Q_OS_WIN
bool isWindowsNetworkDrive(const QString &folder)
{
    const QString root = QDir::toNativeSeparators(QStorageInfo(folder).rootPath());
    if (root.isEmpty()) {
        return false;
    }
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE;
}
#endif
} // namespace

Status refuseNetworkFolder(const QString &vaultPath)
{
    const QString folder = existingFolderOf(vaultPath);
    bool network = isUncPath(vaultPath) || isUncPath(folder);
    QString kind = QStringLiteral("SMB");
#ifdef Q_OS_WIN
    network = network || isWindowsNetworkDrive(folder);
#else
    if (!network) {
        const QByteArray type = QStorageInfo(folder).fileSystemType();
        network = isNetworkFileSystemType(type);
        kind = QString::fromLatin1(type);
    }
#endif
    if (!network) {
        return {};
    }
    return Error(
        ErrorCode::Storage,
        QT_TRANSLATE_NOOP(
            "Brankas::Error",
            "The vault %1 is on a network folder (%2). A vault file there gets damaged when "
            "two PCs write to it at once, so Brankas does not write to a vault there. Keep the vault on this PC, "
            "or keep it on a PostgreSQL server of the office, where several PCs can work on it at once."),
        {QDir::toNativeSeparators(vaultPath), kind});
}

} // namespace Brankas::Storage
