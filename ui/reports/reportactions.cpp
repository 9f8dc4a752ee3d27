// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include <ui/app/workspace.h>

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace Brankas {

ReportActions::ReportActions(Workspace &workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(&workspace)
    , m_parent(parent)
{
    add(ReportKind::Register);
    add(ReportKind::Health);
    add(ReportKind::LogExtract);
    add(ReportKind::Evaluation);
    add(ReportKind::PublicList);
    if (workspace.isAdministrator()) {
        add(ReportKind::RecoverySheet);
    }
    parent->installEventFilter(this);
    // The workspace ends at lock or sign-out while the menus stay: its report commands go with it.
    connect(&workspace, &QObject::destroyed, this, [this]() {
        m_workspace = nullptr;
        for (QAction *action : std::as_const(m_actions)) {
            action->setEnabled(false);
        }
        deleteLater();
    });
    retranslateUi();
}

void ReportActions::add(ReportKind kind)
{
    auto *action = new QAction(this);
    action->setData(int(kind));
    connect(action, &QAction::triggered, this, [this, kind]() {
        if (m_workspace) {
            openReport(m_parent, *m_workspace, kind);
        }
    });
    m_actions.append(action);
}

QAction *ReportActions::action(ReportKind kind) const
{
    for (QAction *action : m_actions) {
        if (action->data().toInt() == int(kind)) {
            return action;
        }
    }
    return nullptr;
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslateUi()
{
    for (QAction *action : std::as_const(m_actions)) {
        switch (ReportKind(action->data().toInt())) {
        case ReportKind::Register:
            action->setText(tr("Account &register…"));
            action->setStatusTip(tr("Print or save the register of accounts, filtered as you choose"));
            action->setObjectName(QStringLiteral("reportRegister"));
            break;
        case ReportKind::Health:
            action->setText(tr("&Health report…"));
            action->setStatusTip(tr("Print or save what needs action, grouped by severity"));
            action->setObjectName(QStringLiteral("reportHealth"));
            break;
        case ReportKind::LogExtract:
            action->setText(tr("Archive &log extract…"));
            action->setStatusTip(tr("Print or save the archive log of a date range, with its verification"));
            action->setObjectName(QStringLiteral("reportLog"));
            break;
        case ReportKind::Evaluation:
            action->setText(tr("&Evaluation report…"));
            action->setStatusTip(tr("Print or save the yearly evaluation of the accounts, with its charts"));
            action->setObjectName(QStringLiteral("reportEvaluation"));
            break;
        case ReportKind::PublicList:
            action->setText(tr("&Public list of official accounts…"));
            action->setStatusTip(tr("Write the accounts active today as a web page, CSV, JSON and a PDF with QR "
                                    "codes for the office's website"));
            action->setObjectName(QStringLiteral("reportPublicList"));
            break;
        case ReportKind::RecoverySheet:
            action->setText(tr("Re&covery sheet…"));
            action->setStatusTip(tr("Print the sheet that keeps the recovery passphrase in the office safe"));
            action->setObjectName(QStringLiteral("reportRecovery"));
            break;
        }
    }
}

QList<QAction *> reportActions(Workspace &workspace, QWidget *parent)
{
    return (new ReportActions(workspace, parent))->actions();
}

} // namespace Brankas
