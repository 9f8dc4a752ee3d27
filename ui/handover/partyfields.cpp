// SPDX-License-Identifier: GPL-3.0-or-later
#include "partyfields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Brankas {

PartyFields::PartyFields(QWidget *parent)
    : QGroupBox(parent)
    , m_nameLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_officeLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_office(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("partyName"));
    m_position->setObjectName(QStringLiteral("partyPosition"));
    m_office->setObjectName(QStringLiteral("partyOffice"));
    for (QLineEdit *edit : {m_name, m_position, m_office}) {
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textChanged, this, &PartyFields::changed);
    }
    m_nameLabel->setBuddy(m_name);
    m_positionLabel->setBuddy(m_position);
    m_officeLabel->setBuddy(m_office);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_positionLabel, m_position);
    form->addRow(m_officeLabel, m_office);
    retranslateUi();
}

HandoverParty PartyFields::party() const
{
    return {m_name->text().simplified(), m_position->text().simplified(), m_office->text().simplified()};
}

void PartyFields::setParty(const HandoverParty &party)
{
    m_name->setText(party.name);
    m_position->setText(party.position);
    m_office->setText(party.office);
}

void PartyFields::setOfficePlaceholder(const QString &text)
{
    m_office->setPlaceholderText(text);
}

void PartyFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void PartyFields::retranslateUi()
{
    m_nameLabel->setText(tr("Name:"));
    m_positionLabel->setText(tr("Position:"));
    m_officeLabel->setText(tr("Office:"));
}

} // namespace Brankas
