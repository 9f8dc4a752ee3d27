// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;

namespace Brankas {

class LanguageSwitcher;
class Workspace;
class WorkspaceView;

// The commands the pages lend to the menu bar while someone is signed in.
struct PageActions
{
    QList<QAction *> account;
    QList<QAction *> reports;
};

// Makes the page of every section for a signed-in officer and wires the pages to each other (a
// finding on Home opens its account).
PageActions populatePages(WorkspaceView &view, Workspace &workspace, LanguageSwitcher &language);

} // namespace Brankas
