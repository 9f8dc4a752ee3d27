// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Brankas {

class Workspace;

// "Import from spreadsheet…" for the Account menu: opens the import wizard. Only for officers who
// may change the register (operators and administrators); it retranslates with its parent
// widget and goes with it.
class ImportAction : public QAction
{
    Q_OBJECT

public:
    ImportAction(Workspace &workspace, QWidget *parent);

    void openWizard();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    Workspace &m_workspace;
    QWidget *m_parent;
};

// The actions to lend the Account menu: the import for operators and administrators, none for viewers.
QList<QAction *> importActions(Workspace &workspace, QWidget *parent);

} // namespace Brankas
