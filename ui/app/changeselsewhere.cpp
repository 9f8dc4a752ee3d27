// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeselsewhere.h"

#include "workspace.h"

#include <core/vault/vault.h>

#include <QAbstractItemView>
#include <QApplication>

namespace Brankas {

ChangesElsewhere::ChangesElsewhere(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_watcher(workspace.vault())
{
    m_timer.setSingleShot(true);
    connect(&m_watcher, &VaultWatcher::changedElsewhere, this, &ChangesElsewhere::arrived);
    connect(&m_timer, &QTimer::timeout, this, &ChangesElsewhere::reloadWhenFree);
}

void ChangesElsewhere::arrived()
{
    // Not restarted by every change: other PCs writing all the time still show, every SettleMs.
    if (!m_timer.isActive()) {
        m_timer.start(SettleMs);
    }
}

void ChangesElsewhere::reloadWhenFree()
{
    // Locked meanwhile: the pages are on their way out, and sign-in reads everything afresh.
    if (!m_workspace.vault().isUnlocked()) {
        return;
    }
    if (officerIsBusy()) {
        m_timer.start(RetryMs);
        return;
    }
    m_workspace.notifyChangedElsewhere();
}

bool ChangesElsewhere::officerIsBusy()
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        return true;
    }
    // A cell being edited (the evaluation grid) is lost when its table reloads under it. Its editor
    // lives in the table's viewport, where the focus is while the officer types.
    for (QWidget *widget = QApplication::focusWidget(); widget && widget->parentWidget();
         widget = widget->parentWidget()) {
        auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()->parentWidget());
        if (view && widget->parentWidget() == view->viewport()) {
            return true;
        }
    }
    return false;
}

} // namespace Brankas
