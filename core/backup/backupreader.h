// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "backupformat.h"
#include "backupwriter.h"

#include <QFile>

#include <memory>

namespace Brankas::Backup {

// Opens a backup file: its header first (so a file that is not a backup, or of a newer format, is
// refused before any passphrase is asked for), then the vault key with the recovery passphrase,
// then every chunk in order into a device. Nothing it refuses leaves a byte of plaintext behind in
// the device's file: the caller writes into a file it deletes on failure.
class BackupReader
{
public:
    static Result<std::unique_ptr<BackupReader>> open(const QString &path);

    const BackupHeader &header() const { return m_header; }
    const QString &path() const { return m_path; }

    // The vault key, from the recovery passphrase as it was when the backup was written.
    Result<SecretBytes> unlock(QByteArrayView recoveryPassphrase) const;
    // Decrypts every chunk into `out`, checking each, their order, the last one and that nothing
    // follows it. Returns the SHA-256 of the whole backup file.
    Result<QByteArray> decryptTo(const SecretBytes &vaultKey, QIODevice &out, const Progress &progress = {});

private:
    explicit BackupReader(const QString &path);
    QString m_path;
    QString m_fileName;
    QFile m_file;
    BackupHeader m_header;
    QByteArray m_rawHeader;
};

} // namespace Brankas::Backup
