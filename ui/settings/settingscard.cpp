// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscard.h"

#include "../look.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

SettingsCard::SettingsCard(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_title(Look::label(this, objectName + QStringLiteral("Title")))
    , m_explanation(Look::label(this, objectName + QStringLiteral("Explanation")))
    , m_body(new QVBoxLayout)
{
    // Every card is "card" for the shared style sheet; the caller's name goes on the title.
    setObjectName(QStringLiteral("card"));
    setProperty("section", objectName);
    Look::setFont(m_title, 1.3, QFont::DemiBold);
    Look::setMuted(m_explanation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 20);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(10);
    m_body->setSpacing(10);
    layout->addLayout(m_body);
}

void SettingsCard::setTitle(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
}

} // namespace Brankas
