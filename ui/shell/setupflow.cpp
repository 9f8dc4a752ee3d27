// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a new vault from the window: the wizard, then straight into the register.
#include "appwindow.h"

#include "../app/messages.h"
#include "../app/preferences.h"
#include "../app/vaultplace.h"
#include "../setup/setupwizard.h"
#include "workspaceview.h"

#include <core/domain/referencedata.h>

#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace Brankas {

void AppWindow::setUp()
{
    if (m_workspace) {
        // Setting up another vault signs the current officer out; say so before doing it.
        if (!Messages::confirm(this, tr("Set up a new vault"), tr("Setting up a new vault locks this one. Go on?"),
                               tr("Lock and set up"))) {
            return;
        }
        lock(false);
    }
    // A new file goes beside the current one; after a vault on a server, where this PC keeps its vault.
    QString path = m_path.isEmpty() || VaultPlace::isServer(m_path) ? defaultVaultPath() : m_path;
    if (QFileInfo::exists(path)) {
        // Never over an existing vault: the wizard gets a path next to it and the officer may change it.
        path = QFileInfo(path).absolutePath() + QStringLiteral("/brankas-new.brankas");
    }
    runSetup(path);
}

void AppWindow::runSetup(const QString &place)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        Messages::showError(this, reference.error());
        return;
    }
    SetupWizard wizard(place, m_environment, reference.value(), m_language, this);
    connect(&wizard, &SetupWizard::languageChosen, this, &AppWindow::switchLanguage);
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    if (std::unique_ptr<Vault> vault = wizard.takeVault()) {
        adoptVault(std::move(vault), wizard.session());
    }
}

void AppWindow::setUpIfNoVault()
{
    if (m_vault || VaultPlace::isServer(m_path) || QFileInfo::exists(m_path)) {
        return; // a server that did not answer is no reason to make a new vault here
    }
    // Queued: the wizard is modal and runs its own loop, which must not start before the window
    // has painted behind it (nor inside main() before the event loop runs).
    QTimer::singleShot(0, this, &AppWindow::setUp);
}

} // namespace Brankas
