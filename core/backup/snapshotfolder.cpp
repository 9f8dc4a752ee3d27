// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Brankas::Backup {

namespace {
const QString Prefix = QStringLiteral(".brankas-snapshot-");

Error workFolderError(const QString &folder)
{
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas cannot make its private working folder in %1 (it needs one beside the "
                                   "vault for a moment). Check that you may write to that folder and that the disk is "
                                   "not full."),
                 {QDir::toNativeSeparators(folder)});
}
} // namespace

SnapshotFolder::SnapshotFolder(const QString &pattern)
    : m_dir(pattern)
{}

Error SnapshotFolder::cannotCreate() const
{
    return workFolderError(QFileInfo(m_dir.path()).absolutePath());
}

Result<std::unique_ptr<SnapshotFolder>> SnapshotFolder::create(const QString &vaultPath)
{
    const QFileInfo vault(vaultPath);
    const QDir folder = vault.absoluteDir();
    const QString prefix = Prefix + vault.fileName() + QLatin1Char('-');
    for (const QString &stale : folder.entryList({prefix + QStringLiteral("??????")}, QDir::Dirs | QDir::Hidden)) {
        QDir(folder.filePath(stale)).removeRecursively();
    }
    std::unique_ptr<SnapshotFolder> created(new SnapshotFolder(folder.filePath(prefix + QStringLiteral("XXXXXX"))));
    if (!created->m_dir.isValid()) {
        return workFolderError(folder.absolutePath());
    }
    // QTemporaryDir makes it 0700 already; say so rather than rely on it.
    QFile::setPermissions(created->m_dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return created;
}

QString SnapshotFolder::newFile()
{
    const QString path = m_dir.filePath(QStringLiteral("vault-%1.brankas").arg(++m_files));
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || !file.setPermissions(ownerOnly)) {
        return {};
    }
    return path;
}

} // namespace Brankas::Backup
