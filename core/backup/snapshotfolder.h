// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Brankas::Backup {

// A private folder (0700) for plaintext that must touch the disk for a moment: a snapshot being
// encrypted into a backup, a vault being restored before it is renamed into place. Removed with all
// it holds when destroyed. Creating one removes folders that a crashed earlier run left in the same
// place for the same vault (the caller holds that vault's lock, so no other run can be using them).
class SnapshotFolder
{
public:
    static Result<std::unique_ptr<SnapshotFolder>> create(const QString &vaultPath);

    // The path of a new empty file in the folder, readable by its owner only (0600), or empty.
    QString newFile();
    QString path() const { return m_dir.path(); }
    Error cannotCreate() const;

private:
    explicit SnapshotFolder(const QString &pattern);
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace Brankas::Backup
