// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupreader.h"

#include "../crypto/aead.h"
#include "../crypto/digest.h"
#include "../crypto/mac.h"
#include "../vault/passphrase.h"
#include "../vault/vaultkey.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

namespace Brankas::Backup {

BackupReader::BackupReader(const QString &path)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_file(path)
{}

Result<std::unique_ptr<BackupReader>> BackupReader::open(const QString &path)
{
    std::unique_ptr<BackupReader> reader(new BackupReader(path));
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "There is no backup file at %1."),
                     {QDir::toNativeSeparators(path)});
    }
    if (!info.isFile()) {
        return notABackup(reader->m_fileName);
    }
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "The backup %1 cannot be read: %2"),
                     {QDir::toNativeSeparators(path), reader->m_file.errorString()});
    }
    auto header = readHeader(reader->m_file, reader->m_fileName, reader->m_rawHeader);
    if (!header) {
        return header.error();
    }
    reader->m_header = std::move(header).value();
    return reader;
}

Result<SecretBytes> BackupReader::unlock(QByteArrayView recoveryPassphrase) const
{
    auto key = unwrapVaultKey(m_header.recoveryWrap, normalizedPassphrase(recoveryPassphrase, PassphraseKind::Recovery),
                              m_header.vaultId);
    if (!key && key.error().code() == ErrorCode::WrongPassphrase) {
        return Error(ErrorCode::WrongPassphrase,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The recovery passphrase does not open the backup \"%1\". Check it against the "
                                       "recovery sheet that was in use on %2, when the backup was made (capital "
                                       "letters count). Nothing was restored."),
                     {m_fileName, m_header.createdAt.toUTC().date().toString(Qt::ISODate)});
    }
    return key;
}

Result<QByteArray> BackupReader::decryptTo(const SecretBytes &vaultKey, QIODevice &out, const Progress &progress)
{
    auto key = backupKeyFor(vaultKey, m_header.vaultId, m_header.keySalt);
    auto hash = Crypto::Sha256Stream::create();
    if (!key || !hash) {
        return !key ? key.error() : hash.error();
    }
    hash.value().add(m_rawHeader);
    const QByteArray headerDigest = Crypto::sha256(m_rawHeader);
    const qint64 expected = m_header.snapshotSize;
    qint64 done = 0;
    for (quint64 index = 0;; ++index) {
        const QByteArray frame = m_file.read(ChunkFrameSize);
        if (frame.size() < ChunkFrameSize) {
            return incompleteBackup(m_fileName);
        }
        hash.value().add(frame);
        const char flag = frame.at(0);
        const quint32 sealedSize = qFromBigEndian<quint32>(frame.constData() + 1);
        if ((flag != 0 && flag != 1) || sealedSize > quint32(MaxSealedChunkSize)) {
            return damagedChunk(m_fileName, index);
        }
        const bool final = flag == 1;
        const QByteArray sealed = m_file.read(sealedSize);
        if (sealed.size() < qsizetype(sealedSize)) {
            return incompleteBackup(m_fileName);
        }
        hash.value().add(sealed);
        auto plain = Crypto::open(key.value(), sealed, chunkAssociatedData(headerDigest, index, final));
        if (!plain) {
            return plain.error().code() == ErrorCode::DamagedOrMovedData ? damagedChunk(m_fileName, index)
                                                                         : plain.error();
        }
        done += plain.value().size();
        // Authentic chunks that do not add up to the size the (authenticated) header gives can only
        // come from a writer fault; refuse them all the same.
        if (done > expected || (final && done != expected) || (!final && plain.value().size() != ChunkSize)) {
            return damagedChunk(m_fileName, index);
        }
        if (out.write(plain.value().constData(), plain.value().size()) != plain.value().size()) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "Brankas could not write the restored vault: %1. Nothing was restored."),
                         {out.errorString()});
        }
        if (progress && !progress(done, expected)) {
            return Error(ErrorCode::Cancelled,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The restore was cancelled; nothing was restored."));
        }
        if (final) {
            break;
        }
    }
    if (!m_file.atEnd() || !m_file.read(1).isEmpty()) {
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The backup \"%1\" is damaged: something was added after its last part. "
                                       "Nothing was restored; use another backup."),
                     {m_fileName});
    }
    return hash.value().finish();
}

} // namespace Brankas::Backup
