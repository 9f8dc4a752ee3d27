// SPDX-License-Identifier: GPL-3.0-or-later
#include "setuppage.h"

#include "../look.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

SetupPage::SetupPage(const QString &objectName, QWidget *parent)
    : QWizardPage(parent)
    , m_heading(Look::label(this, QStringLiteral("pageHeading")))
    , m_explanation(Look::label(this, QStringLiteral("pageExplanation")))
    , m_body(new QVBoxLayout)
{
    setObjectName(objectName);
    Look::setFont(m_heading, 1.6, QFont::DemiBold);
    Look::setMuted(m_explanation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(14);
    m_body->setSpacing(10);
    layout->addLayout(m_body, 1);
}

QString SetupPage::heading() const
{
    return m_heading->text();
}

QString SetupPage::explanation() const
{
    return m_explanation->text();
}

void SetupPage::setHeading(const QString &heading, const QString &explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

} // namespace Brankas
