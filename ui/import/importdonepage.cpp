// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdonepage.h"

#include "importwizard.h"

#include <ui/look.h>

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace Brankas {

ImportDonePage::ImportDonePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(Look::label(this, QStringLiteral("importDoneHeadline")))
    , m_skipped(Look::label(this, QStringLiteral("importSkipped")))
    , m_warningIcon(Look::icon(this, QStyle::SP_MessageBoxWarning, 32))
    , m_warning(Look::label(this, QStringLiteral("importPasswordWarning")))
{
    setFinalPage(true);
    Look::setFont(m_headline, 1.2, QFont::DemiBold);
    Look::setFont(m_warning, 1.0, QFont::DemiBold);
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *warning = new QHBoxLayout;
    warning->setSpacing(12);
    warning->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warning->addWidget(m_warning, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_headline);
    layout->addWidget(m_skipped);
    layout->addSpacing(8);
    layout->addLayout(warning);
    layout->addStretch(1);
    retranslateUi();
}

QString ImportDonePage::headlineText() const
{
    return m_headline->text();
}

QString ImportDonePage::skippedText() const
{
    return m_skipped->isHidden() ? QString() : m_skipped->text();
}

QString ImportDonePage::passwordWarningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ImportDonePage::initializePage()
{
    retranslateUi();
}

void ImportDonePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportDonePage::retranslateUi()
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The accounts are in the register, and the archive log records the import with the file's "
                   "fingerprint."));
    const auto &preview = m_wizard->preview();
    m_headline->setText(tr("%n account(s) recorded.", nullptr, m_wizard->recordedCount()));

    QList<int> rows;
    if (preview && m_wizard->skippedInvalid()) {
        QSet<int> seen;
        for (const ImportProblem &problem : preview->problems) {
            if (!seen.contains(problem.row)) {
                seen.insert(problem.row);
                rows << problem.row;
            }
        }
        std::sort(rows.begin(), rows.end());
    }
    QStringList numbers;
    for (int row : std::as_const(rows)) {
        numbers << QString::number(row);
    }
    m_skipped->setText(tr("Skipped %n row(s) with problems: %1. Correct them in the sheet and import them again.",
                          nullptr, int(rows.size()))
                           .arg(numbers.join(QStringLiteral(", "))));
    m_skipped->setVisible(!rows.isEmpty());

    const bool passwords = preview && preview->hasPasswords && m_wizard->recordedCount() > 0;
    m_warning->setText(tr("The passwords are now encrypted in the vault, but %1 still holds them in the clear. "
                          "Destroy the file and every copy of it (e-mail attachments, USB sticks, the recycle bin).")
                           .arg(QFileInfo(m_wizard->path()).fileName()));
    m_warning->setVisible(passwords);
    m_warningIcon->setVisible(passwords);
}

} // namespace Brankas
