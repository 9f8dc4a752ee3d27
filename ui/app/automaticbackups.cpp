// SPDX-License-Identifier: GPL-3.0-or-later
#include "automaticbackups.h"

#include "preferences.h"
#include "workspace.h"

#include <core/backup/autobackup.h>
#include <core/vault/vault.h>

#include <QApplication>

namespace Brankas {

AutomaticBackups::AutomaticBackups(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutomaticBackups::backUpNow);
    connect(&m_workspace, &Workspace::registerChanged, this, &AutomaticBackups::changed);
}

std::optional<QDateTime> AutomaticBackups::lastBackup()
{
    // Read from the log once; afterwards this object knows of every backup it writes itself.
    if (!m_lastKnown) {
        auto last = Backup::lastBackupTime(m_workspace.vault());
        m_last = last ? last.value() : std::nullopt;
        m_lastKnown = bool(last);
    }
    return m_last;
}

void AutomaticBackups::changed()
{
    // The PC that made a change backs it up; a window that only shows it has nothing to add.
    if (m_workspace.isChangeFromElsewhere()) {
        return;
    }
    m_changed = true;
    if (m_workspace.preferences().backupFolder().isEmpty() ||
        !Backup::backupDueAfterChange(lastBackup(), m_workspace.clock().nowUtc())) {
        return;
    }
    m_timer.start(); // restarted by each change: a burst of changes makes one backup
}

bool AutomaticBackups::backUpIfChanged()
{
    m_timer.stop();
    return m_changed && backUpNow();
}

bool AutomaticBackups::backUpNow()
{
    const QString folder = m_workspace.preferences().backupFolder();
    if (folder.isEmpty()) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto written = Backup::writeAutomaticBackup(m_workspace.vault(), m_workspace.session(), folder,
                                                m_workspace.preferences().backupsKept());
    QApplication::restoreOverrideCursor();
    if (!written) {
        // The window is still verifying the log: the backup is only put off, not failed.
        if (written.error().code() == ErrorCode::Busy) {
            m_timer.start();
            return false;
        }
        Q_EMIT attempted(written.error());
        return false;
    }
    m_changed = false;
    m_last = written.value().written.createdAt;
    m_lastKnown = true;
    Q_EMIT attempted(Error());
    return true;
}

} // namespace Brankas
