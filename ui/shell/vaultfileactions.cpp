// SPDX-License-Identifier: GPL-3.0-or-later
// The Vault menu's actions on files: open another vault file, back up now, restore a backup, and
// the About box. Kept apart from appwindow.cpp, which signs in, locks and switches vaults.
#include "appwindow.h"

#include "../app/automaticbackups.h"
#include "../app/idlewatcher.h"
#include "../app/preferences.h"
#include "../app/vaultplace.h"
#include "../app/workspace.h"
#include "../backup/backupdialog.h"
#include "../backup/restoredialog.h"
#include "about.h"
#include "appmenus.h"

#include <core/vault/vault.h>

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>

namespace Brankas {

void AppWindow::chooseVaultFile()
{
    const QString folder = QFileInfo(VaultPlace::isServer(m_path) ? defaultVaultPath() : m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a vault file"), folder,
                                                      tr("Brankas vaults (*.brankas);;All files (*)"));
    if (!path.isEmpty()) {
        openVault(path);
    }
}

void AppWindow::backUpNow()
{
    if (!m_workspace) {
        return;
    }
    // The bar lets events through while the vault is being read: no lock (Ctrl+L, idle minutes) and
    // no automatic backup may start in the middle.
    m_idle->stop();
    m_menus->lockAction()->setEnabled(false);
    m_backups->cancelPending();
    BackupDialog dialog(*m_workspace, this);
    dialog.exec();
    m_menus->lockAction()->setEnabled(true);
    m_idle->start();
}

void AppWindow::restoreFromBackup()
{
    const bool signedIn = m_workspace != nullptr;
    if (signedIn) {
        m_idle->stop();
        m_menus->lockAction()->setEnabled(false);
    }
    RestoreDialog dialog(m_environment, m_path, m_preferences.backupFolder(), this);
    const bool open = dialog.exec() == QDialog::Accepted && dialog.openRequested();
    if (signedIn) {
        m_menus->lockAction()->setEnabled(true);
        m_idle->start();
    }
    if (open) {
        openVault(dialog.restoredPath());
    }
}

void AppWindow::showAbout()
{
    Brankas::showAbout(this);
}

} // namespace Brankas
