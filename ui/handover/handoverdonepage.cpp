// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverdonepage.h"

#include "handoverwizard.h"

#include <core/reports/reports.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/accounttablemodel.h>
#include <ui/reports/openreport.h>
#include <ui/reports/reportoutput.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Brankas {

HandoverDonePage::HandoverDonePage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(Look::label(this, QStringLiteral("doneHeadline")))
    , m_text(Look::label(this, QStringLiteral("doneText")))
    , m_statuses(new QTreeWidget(this))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_preview(new QPushButton(this))
{
    Look::setFont(m_headline, 1.2, QFont::DemiBold);
    m_statuses->setObjectName(QStringLiteral("finalStatuses"));
    m_statuses->setRootIsDecorated(false);
    m_statuses->setColumnCount(3);
    m_statuses->setIconSize(QSize(18, 18));
    m_statuses->header()->resizeSection(0, fontMetrics().averageCharWidth() * 40);
    m_statuses->header()->resizeSection(1, fontMetrics().averageCharWidth() * 18);
    m_print->setObjectName(QStringLiteral("printFinal"));
    m_save->setObjectName(QStringLiteral("saveFinal"));
    m_preview->setObjectName(QStringLiteral("previewFinal"));
    m_print->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    layout->addWidget(m_statuses, 1);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &HandoverDonePage::print);
    connect(m_save, &QPushButton::clicked, this, &HandoverDonePage::save);
    connect(m_preview, &QPushButton::clicked, this,
            [this]() { openHandoverReport(this, m_wizard->workspace(), m_wizard->handoverId()); });
    retranslateUi();
}

void HandoverDonePage::initializePage()
{
    m_statuses->clear();
    for (const HandoverItem &item : m_wizard->handover().items) {
        auto *row = new QTreeWidgetItem(m_statuses);
        row->setIcon(0, AccountIcons::platform(item.account.platform));
        row->setText(0, AccountTableModel::platformText(item.account) + QStringLiteral("  ") +
                            AccountTableModel::handleText(item.account));
        if (item.statusBefore) {
            row->setIcon(1, AccountIcons::status(*item.statusBefore));
            row->setText(1, statusDisplayName(*item.statusBefore));
        }
        if (item.statusAfter) {
            row->setIcon(2, AccountIcons::status(*item.statusAfter));
            row->setText(2, statusDisplayName(*item.statusAfter));
        }
    }
    retranslateUi();
}

bool HandoverDonePage::saveTo(const QString &path)
{
    Workspace &workspace = m_wizard->workspace();
    auto document = Reports(workspace.vault())
                        .handover(workspace.session(), m_wizard->handoverId(), defaultReportOptions(workspace));
    if (!document) {
        Messages::showError(this, document.error());
        return false;
    }
    return ReportOutput::savePdf(this, document.value(), path);
}

void HandoverDonePage::save()
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = tr("handover") + QLatin1Char('-') + m_wizard->handover().number;
    const QString path = ReportOutput::askPdfPath(this, name.replace(unsafe, QStringLiteral("-")));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

void HandoverDonePage::print()
{
    Workspace &workspace = m_wizard->workspace();
    auto document = Reports(workspace.vault())
                        .handover(workspace.session(), m_wizard->handoverId(), defaultReportOptions(workspace));
    if (!document) {
        Messages::showError(this, document.error());
        return;
    }
    ReportOutput::print(this, document.value());
}

void HandoverDonePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverDonePage::retranslateUi()
{
    const Handover &handover = m_wizard->handover();
    setTitle(tr("Handover finalised"));
    setSubTitle(tr("Print the record for signing, or save it as PDF."));
    m_headline->setText(tr("Handover %1 is final.").arg(handover.number));
    m_text->setText(tr("The accounts below now have their new status, and the archive log records the handover. "
                       "Print the berita acara in %n copy(ies) for the parties to sign. The full preview offers the "
                       "sealed-envelope annex with the passwords.",
                       nullptr, handover.copies));
    m_statuses->setHeaderLabels({tr("Account"), tr("Status before"), tr("Status now")});
    m_print->setText(tr("Print…"));
    m_save->setText(tr("Save as PDF…"));
    m_preview->setText(tr("Full preview…"));
}

} // namespace Brankas
