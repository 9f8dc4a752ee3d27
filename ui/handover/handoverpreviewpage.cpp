// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverpreviewpage.h"

#include "handoverwizard.h"

#include <core/reports/reports.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/reports/reportpreviewpane.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

HandoverPreviewPage::HandoverPreviewPage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_note(Look::label(this, QStringLiteral("finaliseNote")))
    , m_pane(new ReportPreviewPane(wizard->workspace(), this))
{
    setCommitPage(true);
    m_note->setObjectName(QStringLiteral("lockNotice"));
    // A draft is checked here, not printed: paper comes from the last step once it is final.
    m_pane->setOutputCommandsVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_pane, 1);
    retranslateUi();
}

void HandoverPreviewPage::initializePage()
{
    Workspace &workspace = m_wizard->workspace();
    const qint64 id = m_wizard->handoverId();
    ReportSource source;
    source.build = [&workspace, id](const ReportOptions &options, bool) {
        return Reports(workspace.vault()).handover(workspace.session(), id, options, false);
    };
    m_pane->setSource(source);
    retranslateUi();
}

bool HandoverPreviewPage::validatePage()
{
    return m_wizard->finalizeHandover();
}

void HandoverPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverPreviewPage::retranslateUi()
{
    setTitle(tr("Check the record"));
    setSubTitle(tr("The berita acara as it will be printed. Go back to correct anything."));
    m_note->setText(tr("Finalising numbers the record, changes the status of its %n account(s) and writes the "
                       "archive log. A finalised handover cannot be edited afterwards.",
                       nullptr, int(m_wizard->handover().items.size())));
}

} // namespace Brankas
