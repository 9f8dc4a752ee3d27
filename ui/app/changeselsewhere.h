// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/vault/vaultwatcher.h>

#include <QObject>
#include <QTimer>

namespace Brankas {

class Workspace;

// Keeps a signed-in window current with a server vault that other PCs change: when one of them
// commits a change, the pages read the vault again (each keeps its selection as after a change made
// here). Never under the officer's hands: while a dialog, a menu or a table cell being edited is
// open, the reload waits until it has closed (a change decided on what the window showed before is
// then refused by core as made on a stale view). A burst of changes makes one reload. A vault file
// has no other writers, and nothing happens.
class ChangesElsewhere : public QObject
{
    Q_OBJECT

public:
    explicit ChangesElsewhere(Workspace &workspace, QObject *parent = nullptr);

    bool isLive() const { return m_watcher.isLive(); }
    // How long after the first change of a burst the pages reload, and how often a reload held
    // back by an open dialog looks again.
    static constexpr int SettleMs = 500;
    static constexpr int RetryMs = 1000;

private:
    void arrived();
    void reloadWhenFree();
    static bool officerIsBusy();

    Workspace &m_workspace;
    VaultWatcher m_watcher;
    QTimer m_timer;
};

} // namespace Brankas
