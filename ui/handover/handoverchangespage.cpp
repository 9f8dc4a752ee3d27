// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverchangespage.h"

#include "handoveritemrow.h"
#include "handoverwizard.h"

#include <ui/app/messages.h>
#include <ui/look.h>

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Brankas {

HandoverChangesPage::HandoverChangesPage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(Look::label(this, QStringLiteral("changesIntro")))
    , m_summary(Look::label(this, QStringLiteral("changesSummary"), false))
    , m_scroll(new QScrollArea(this))
{
    auto *content = new QWidget(m_scroll);
    m_rowsLayout = new QVBoxLayout(content);
    m_rowsLayout->setContentsMargins(0, 0, 6, 0);
    m_rowsLayout->setSpacing(10);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    Look::setMuted(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);
    retranslateUi();
}

HandoverItemRow *HandoverChangesPage::row(qint64 accountId) const
{
    for (HandoverItemRow *row : m_rows) {
        if (row->accountId() == accountId) {
            return row;
        }
    }
    return nullptr;
}

void HandoverChangesPage::initializePage()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const Handover &handover = m_wizard->handover();
    for (const HandoverItem &item : handover.items) {
        auto *row = new HandoverItemRow(m_wizard->workspace(), handover.id, item, m_scroll->widget());
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        m_rows.append(row);
        connect(row, &HandoverItemRow::changed, this, &HandoverChangesPage::updateSummary);
    }
    retranslateUi();
}

void HandoverChangesPage::forgetPasswords()
{
    for (HandoverItemRow *row : std::as_const(m_rows)) {
        row->forgetPassword();
    }
}

void HandoverChangesPage::cleanupPage()
{
    forgetPasswords();
}

bool HandoverChangesPage::validatePage()
{
    forgetPasswords();
    if (Status read = m_wizard->refresh(); !read) {
        Messages::showError(this, read.error());
    }
    return true;
}

void HandoverChangesPage::updateSummary()
{
    int passwords = 0;
    int contacts = 0;
    for (const HandoverItemRow *row : std::as_const(m_rows)) {
        passwords += row->item().passwordChanged ? 1 : 0;
        contacts += row->item().recoveryChanged ? 1 : 0;
    }
    const int total = int(m_rows.size());
    m_summary->setText(tr("Passwords changed: %1 of %2. Recovery contacts changed: %3 of %2.")
                           .arg(passwords)
                           .arg(total)
                           .arg(contacts));
}

void HandoverChangesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverChangesPage::retranslateUi()
{
    setTitle(tr("Passwords and recovery contacts"));
    if (m_wizard->spec().kind == HandoverKind::Return) {
        setSubTitle(tr("At a return, give every account a new password and the office's own recovery e-mail and "
                       "phone, so the departing committee can no longer sign in."));
    } else {
        setSubTitle(tr("Optional for this kind of handover: change passwords and recovery contacts now if the "
                       "receiving party should start with new ones."));
    }
    m_intro->setText(tr("A new password is generated, stored with the password history and shown once: set it on "
                        "the platform straight away. The record notes each change."));
    updateSummary();
}

} // namespace Brankas
