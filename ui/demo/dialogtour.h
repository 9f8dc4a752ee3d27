// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/vault/vault.h>

class QWidget;

namespace Brankas {

class LanguageSwitcher;
class TourCamera;
class Workspace;

// The screenshot tour's dialogs and wizard steps, each opened as an officer would open it (with
// the demo's data), pictured and measured, then closed.
void tourDialogs(TourCamera &camera, Workspace &workspace, QWidget *parent);
// Every step of the first-run wizard, which makes no vault until its last step is confirmed.
void tourSetup(TourCamera &camera, const QString &newVaultPath, VaultEnvironment environment,
               LanguageSwitcher &language);
// A vault on a server: the address dialog (to open one, with a refused address, and to set one up)
// and the setup wizard's summary for a server. Nothing connects to a server.
void tourServerVault(TourCamera &camera, VaultEnvironment environment, LanguageSwitcher &language);

} // namespace Brankas
