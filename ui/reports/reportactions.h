// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openreport.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Brankas {

class Workspace;

// The Reports menu of the main window: "Account register…", "Health report…", "Archive log
// extract…", "Evaluation report…", "Public list…", and for administrators "Recovery sheet…". The actions retranslate
// with their parent widget and are deleted with it, or as soon as the workspace ends (lock, sign-out).
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Workspace &workspace, QWidget *parent);

    QList<QAction *> actions() const { return m_actions; }
    // nullptr for the recovery sheet when the officer is not an administrator.
    QAction *action(ReportKind kind) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add(ReportKind kind);
    void retranslateUi();

    Workspace *m_workspace;
    QWidget *m_parent;
    QList<QAction *> m_actions;
};

// Convenience for the menu bar: the actions of a new ReportActions owned by `parent`.
QList<QAction *> reportActions(Workspace &workspace, QWidget *parent);

} // namespace Brankas
