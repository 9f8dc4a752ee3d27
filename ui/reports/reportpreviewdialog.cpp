// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreviewdialog.h"

#include "reportpreviewpane.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Brankas {

ReportPreviewDialog::ReportPreviewDialog(Workspace &workspace, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_pane(new ReportPreviewPane(workspace, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_pane, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 0);
    buttons->addWidget(m_buttons);
    layout->addLayout(buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Tall enough for a page at a readable size on a 1366x768 office laptop.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(qMin(960, screen.width() - 40), qMin(900, screen.height() - 40));
    retranslateUi();
}

void ReportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ReportPreviewDialog::retranslateUi()
{
    setWindowTitle(m_title.isEmpty() ? tr("Report") : m_title);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace Brankas
