// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"

#include "../crypto/aead.h"
#include "../crypto/digest.h"
#include "../crypto/mac.h"
#include "../crypto/random.h"
#include "../crypto/wipe.h"
#include "../io/outputfile.h"
#include "../log/logactions.h"
#include "../storage/database.h"
#include "../storage/snapshot.h"
#include "../vault/vault.h"
#include "../vault/vaultaddress.h"
#include "backupformat.h"
#include "progressphases.h"
#include "snapshotfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Brankas::Backup {

namespace {
Error cancelled()
{
    return Error(ErrorCode::Cancelled,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The backup was cancelled; no backup file was written."));
}

// Encrypts the snapshot into `out`, hashing every byte written.
Status encryptSnapshot(QFile &snapshot, const BackupHeader &header, const SecretBytes &key, OutputFile &out,
                       Crypto::Sha256Stream &hash, qint64 &bytesWritten, const Progress &progress)
{
    const QByteArray rawHeader = encodeHeader(header);
    const QByteArray headerDigest = Crypto::sha256(rawHeader);
    auto write = [&](const QByteArray &bytes) {
        hash.add(bytes);
        bytesWritten += bytes.size();
        return out.device().write(bytes) == bytes.size();
    };
    if (!write(rawHeader)) {
        return OutputFile::cannotWrite(out.path(), out.device().errorString());
    }
    qint64 done = 0;
    quint64 index = 0;
    QByteArray plain(ChunkSize, Qt::Uninitialized);
    Status status;
    while (status) {
        const qint64 read = snapshot.read(plain.data(), ChunkSize);
        if (read < 0) {
            status = OutputFile::cannotWrite(out.path(), snapshot.errorString());
            break;
        }
        done += read;
        const bool final = done >= header.snapshotSize;
        if ((read < ChunkSize && !final) || done > header.snapshotSize) {
            // The snapshot changed size under us: nothing else writes it, so the disk failed.
            status = OutputFile::cannotWrite(out.path(), snapshot.errorString());
            break;
        }
        auto sealed =
            Crypto::seal(key, QByteArrayView(plain.constData(), read), chunkAssociatedData(headerDigest, index, final));
        if (!sealed) {
            status = sealed.error();
            break;
        }
        if (!write(chunkFrame(final, sealed.value().size())) || !write(sealed.value())) {
            status = OutputFile::cannotWrite(out.path(), out.device().errorString());
            break;
        }
        ++index;
        if (progress && !progress(done, header.snapshotSize)) {
            status = cancelled();
            break;
        }
        if (final) {
            break;
        }
    }
    Crypto::wipe(plain);
    return status;
}
} // namespace

Result<Written> writeBackup(Vault &vault, const Session &session, const QString &outPath, const Progress &progress)
{
    if (!vault.isUnlocked()) {
        return vaultLockedError();
    }
    if (const auto &tampered = vault.logTampered()) {
        return Error(ErrorCode::LogTampered,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 A backup of this vault would not restore; none was "
                                                         "written."),
                     {tampered->summary()});
    }
    if (vault.isReadOnly()) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault is open read-only, so the backup cannot be recorded in its archive "
                                       "log; none was written."));
    }
    if (Status allowed = checkOutputPath(outPath); !allowed) {
        return allowed.error();
    }
    // Its copy and its log entry could not run inside a read that is still open (an automatic
    // backup due while the window verifies the log): asked now, before any work is done.
    if (Status quiet = vault.database().refuseWhileReading(); !quiet) {
        return quiet.error();
    }
    auto wrap = vault.recoveryWrap();
    auto salt = Crypto::randomBytes(KeySaltSize);
    auto hash = Crypto::Sha256Stream::create();
    auto counts = vault.counts();
    if (!wrap || !salt || !hash || !counts) {
        return !wrap ? wrap.error() : !salt ? salt.error() : !hash ? hash.error() : counts.error();
    }
    auto key = vault.backupKey(salt.value());
    if (!key) {
        return key.error();
    }

    // A server vault has no folder of its own on this PC: the plaintext snapshot is made beside the
    // backup instead, in the same private folder, and is gone before the backup appears.
    const auto address = VaultAddress::parse(vault.path());
    const bool onServer = address && address.value().isServer();
    auto folder = SnapshotFolder::create(onServer ? QFileInfo(outPath).absoluteFilePath() : vault.path());
    if (!folder) {
        return folder.error();
    }
    const QString snapshotPath = folder.value()->newFile();
    if (snapshotPath.isEmpty()) {
        return folder.value()->cannotCreate();
    }
    // SQLite's copy is about two thirds of a backup's time on the national vault (see
    // docs/performance.md), the encryption most of the rest.
    ProgressPhases phases(progress);
    const Progress encrypting = phases.step(650, 990);
    if (progress) {
        const Progress copying = phases.step(0, 650);
        Status written = Storage::writeSnapshot(vault.database(), snapshotPath,
                                                [&copying](qint64 done, qint64 total) { copying(done, total); });
        if (!written) {
            return written.error();
        }
        if (phases.cancelled()) {
            return cancelled();
        }
    } else if (Status written = Storage::writeSnapshot(vault.database(), snapshotPath); !written) {
        return written.error();
    }

    BackupHeader header;
    header.vaultId = vault.id();
    header.createdAt = vault.clock().nowUtc();
    header.schemaVersion = vault.schemaVersion();
    header.snapshotSize = QFileInfo(snapshotPath).size();
    header.keySalt = salt.value();
    header.recoveryWrap = wrap.value();
    header.writtenBy = QStringLiteral(BRANKAS_VERSION);

    auto out = OutputFile::open(outPath, OutputFile::Access::OwnerOnly);
    if (!out) {
        return out.error();
    }
    qint64 size = 0;
    {
        QFile snapshot(snapshotPath);
        if (!snapshot.open(QIODevice::ReadOnly)) {
            out.value()->cancel();
            return OutputFile::cannotWrite(outPath, snapshot.errorString());
        }
        Status encrypted = encryptSnapshot(snapshot, header, key.value(), *out.value(), hash.value(), size, encrypting);
        if (!encrypted) {
            out.value()->cancel();
            return encrypted.error();
        }
    }
    // The plaintext goes before the backup appears, so a crash from here on leaves none of it.
    folder.value().reset();
    if (Status committed = out.value()->commit(); !committed) {
        return committed.error();
    }

    Written written{QFileInfo(outPath).absoluteFilePath(), hash.value().finish(), size, header.createdAt,
                    counts.value().logEntries};
    Status logged = vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{{LogAction::vaultBackedUp(), QStringLiteral("vault"),
                                QJsonObject{{QStringLiteral("file"), QFileInfo(outPath).fileName()},
                                            {QStringLiteral("sha256"), QString::fromLatin1(written.sha256.toHex())},
                                            {QStringLiteral("bytes"), written.size},
                                            {QStringLiteral("entries"), written.logEntries}}}};
    });
    if (!logged) {
        QFile::remove(outPath);
        return logged.error();
    }
    // The file is written and logged: too late to cancel, so the answer does not matter.
    phases.reach(ProgressTotal);
    return written;
}

} // namespace Brankas::Backup
