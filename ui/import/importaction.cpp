// SPDX-License-Identifier: GPL-3.0-or-later
#include "importaction.h"

#include "importwizard.h"

#include <ui/app/workspace.h>

#include <QEvent>
#include <QWidget>

namespace Brankas {

ImportAction::ImportAction(Workspace &workspace, QWidget *parent)
    : QAction(parent)
    , m_workspace(workspace)
    , m_parent(parent)
{
    setObjectName(QStringLiteral("importAccounts"));
    connect(this, &QAction::triggered, this, &ImportAction::openWizard);
    parent->installEventFilter(this);
    retranslateUi();
}

void ImportAction::openWizard()
{
    if (!m_workspace.canChangeRegister()) {
        return;
    }
    ImportWizard wizard(m_workspace, m_parent);
    wizard.exec();
}

bool ImportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QAction::eventFilter(watched, event);
}

void ImportAction::retranslateUi()
{
    setText(tr("&Import from spreadsheet…"));
    setToolTip(tr("Bring the office's accounts in from an Excel workbook or a CSV file"));
}

QList<QAction *> importActions(Workspace &workspace, QWidget *parent)
{
    if (!workspace.canChangeRegister()) {
        return {};
    }
    return {new ImportAction(workspace, parent)};
}

} // namespace Brankas
