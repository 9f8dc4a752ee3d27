// SPDX-License-Identifier: GPL-3.0-or-later
// Vaults on a PostgreSQL server, and what the window derives from where a vault is (its title,
// the recent list): kept apart from appwindow.cpp, which deals with any vault alike.
#include "appwindow.h"

#include "../app/preferences.h"
#include "../app/vaultplace.h"
#include "../app/workspace.h"
#include "../signin/servervaultdialog.h"
#include "../signin/welcomepage.h"
#include "appmenus.h"
#include "gatescreen.h"

#include <core/vault/vaultaddress.h>

#include <algorithm>

namespace Brankas {

void AppWindow::connectServerVaults()
{
    connect(m_menus, &AppMenus::openServerRequested, this, &AppWindow::openServerVault);
    connect(m_menus, &AppMenus::setUpServerRequested, this, &AppWindow::setUpOnServer);
    connect(m_menus, &AppMenus::recentRequested, this, &AppWindow::openVault);
    connect(m_gate, &GateScreen::openServerRequested, this, &AppWindow::openServerVault);
    connect(m_gate->welcomePage(), &WelcomePage::setUpServerRequested, this, &AppWindow::setUpOnServer);
    m_menus->setRecentVaults(m_preferences.recentVaults());
}

void AppWindow::openServerVault()
{
    ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, m_environment, this);
    // The server last opened here is the likeliest one again.
    const QStringList recent = m_preferences.recentVaults();
    const auto server = std::find_if(recent.begin(), recent.end(), VaultPlace::isServer);
    if (server != recent.end()) {
        dialog.setAddress(*server);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    tearDownWorkspace();
    closeVault();
    m_path = dialog.address();
    // The window goes on as for a file: the key from the keychain, or on a PC that never opened
    // this vault the recovery card, which enrols the PC exactly as `brankas-cli recover` does.
    showOpenedVault(dialog.takeVault());
}

void AppWindow::setUpOnServer()
{
    if (m_workspace) {
        lock(false); // as setUp(): a new vault is never made while another is signed in here
    }
    ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, m_environment, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    runSetup(dialog.address());
}

void AppWindow::rememberVault()
{
    m_preferences.rememberVault(m_path);
    m_menus->setRecentVaults(m_preferences.recentVaults());
}

QString AppWindow::windowTitleFor(const Vault &vault) const
{
    // Officers at several PCs see at a glance that theirs is the shared vault on the server.
    if (const auto address = VaultAddress::parse(vault.path()); address && address.value().isServer()) {
        return tr("%1 (server %2) - Brankas").arg(vault.officeName(), address.value().host());
    }
    return tr("%1 - Brankas").arg(vault.officeName());
}

} // namespace Brankas
