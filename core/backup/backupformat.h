// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "../vault/keywrap.h"

#include <QDateTime>

class QIODevice;

// The one file a backup is. Everything after the header is AES-256-GCM; the header holds only what
// is needed to open it on a PC that has never seen the vault:
//
//   magic "BRNKBKUP" (8) | format version (u16, big-endian) | body length (u32) | body (JSON)
//   then chunks:  final flag (u8: 0 or 1) | sealed length (u32) | sealed (see Crypto::seal)
//
// Each chunk holds at most ChunkSize bytes of the SQLite snapshot and is sealed with associated
// data binding the SHA-256 of the whole header, its index and its final flag: a chunk moved,
// dropped, taken from another backup, or a file cut after any chunk, fails to open.
namespace Brankas::Backup {

constexpr quint16 FormatVersion = 1;
constexpr qsizetype ChunkSize = qsizetype(1) << 20;
constexpr qsizetype KeySaltSize = 32;

// What a backup file says about itself before it is opened.
struct BackupHeader
{
    quint16 formatVersion = FormatVersion;
    QString vaultId;
    QDateTime createdAt;
    int schemaVersion = 0;
    qint64 snapshotSize = 0; // bytes of the SQLite file inside
    QByteArray keySalt;      // for backupKeyFor()
    KeyWrap recoveryWrap;
    QString writtenBy; // Brankas version
};

// The exact bytes of the header.
QByteArray encodeHeader(const BackupHeader &header);
// Reads the header from the start of `file` (named `fileName` in messages). `raw` receives its exact
// bytes, which every chunk's associated data covers. Refuses a file that is not a Brankas backup, one
// of a newer format, and a damaged header.
Result<BackupHeader> readHeader(QIODevice &file, const QString &fileName, QByteArray &raw);

// The associated data of chunk `index`.
QByteArray chunkAssociatedData(QByteArrayView headerDigest, quint64 index, bool final);
// The frame written before each sealed chunk.
QByteArray chunkFrame(bool final, qsizetype sealedSize);
constexpr qsizetype ChunkFrameSize = 5;
// The largest sealed chunk a reader accepts (a hostile length must not make it allocate gigabytes).
constexpr qsizetype MaxSealedChunkSize = ChunkSize + 64;

// What files are named; automatic backups and the GUI's file dialogs use it.
QString fileSuffix();

// Messages shared by the reader and restore.
Error notABackup(const QString &fileName);
Error damagedBackup(const QString &fileName);
Error incompleteBackup(const QString &fileName);
Error damagedChunk(const QString &fileName, quint64 index);

} // namespace Brankas::Backup
