// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Brankas::Storage {

namespace {
constexpr qsizetype HeaderSize = 100;
constexpr qsizetype UserVersionOffset = 60;
constexpr qsizetype ApplicationIdOffset = 68;
constexpr qsizetype PageSizeOffset = 16;

Error notAVault(const QString &path)
{
    return Error(ErrorCode::NotAVault,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "\"%1\" is not a Brankas vault. Choose the vault file (it ends in .brankas)."),
                 {QFileInfo(path).fileName()});
}

bool hasVaultHeader(const QString &path)
{
    // Only regular files: opening a FIFO to read its "header" would block.
    if (!QFileInfo(path).isFile()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    return qFromBigEndian<qint32>(bytes + ApplicationIdOffset) == VaultApplicationId;
}
} // namespace

bool isVaultOrCompanion(const QString &path)
{
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (hasVaultHeader(target)) {
        return true;
    }
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal"), QLatin1String(".lock")}) {
        if (target.endsWith(suffix) && hasVaultHeader(target.chopped(suffix.size()))) {
            return true;
        }
    }
    return false;
}

Result<VaultFileHeader> inspectVaultFile(const QString &path, int newestKnownSchema)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorCode::NoVault, QT_TRANSLATE_NOOP("Brankas::Error", "There is no vault at %1."),
                     {QDir::toNativeSeparators(path)});
    }
    if (info.isDir()) {
        return notAVault(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The vault file %1 cannot be read: %2"),
                     {QDir::toNativeSeparators(path), file.errorString()});
    }
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return notAVault(path);
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint64 applicationId = qFromBigEndian<qint32>(bytes + ApplicationIdOffset);
    const int userVersion = qFromBigEndian<qint32>(bytes + UserVersionOffset);
    const quint16 pageSize = qFromBigEndian<quint16>(bytes + PageSizeOffset);
    if (applicationId != VaultApplicationId) {
        return notAVault(path);
    }
    // A valid page size is a power of two from 512 to 32768, or 1 meaning 65536.
    const bool pageSizeValid = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
    if (!pageSizeValid || userVersion < 1 || info.size() % (pageSize == 1 ? 65536 : pageSize) != 0) {
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault file %1 is damaged. Open a backup copy, or restore the vault "
                                       "from a backup with the recovery passphrase."),
                     {QFileInfo(path).fileName()});
    }
    if (userVersion > newestKnownSchema) {
        return Error(ErrorCode::VaultTooNew,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This vault was saved by a newer version of Brankas (vault format %1; this "
                                       "version reads up to %2). Install the newer Brankas to open it."),
                     {QString::number(userVersion), QString::number(newestKnownSchema)});
    }
    return VaultFileHeader{userVersion};
}

} // namespace Brankas::Storage
