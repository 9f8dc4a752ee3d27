// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverpartiespage.h"

#include "handoverwizard.h"
#include "partyfields.h"

#include <core/register/kecamatanregister.h>
#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Brankas {

HandoverPartiesPage::HandoverPartiesPage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_from(new PartyFields(this))
    , m_to(new PartyFields(this))
    , m_witness(new PartyFields(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_placeLabel(new QLabel(this))
    , m_place(new QLineEdit(this))
    , m_copiesLabel(new QLabel(this))
    , m_copies(new QSpinBox(this))
    , m_hint(Look::label(this, QStringLiteral("partiesHint")))
{
    m_from->setObjectName(QStringLiteral("fromParty"));
    m_to->setObjectName(QStringLiteral("toParty"));
    m_witness->setObjectName(QStringLiteral("witnessParty"));
    m_date->setObjectName(QStringLiteral("handoverDate"));
    m_place->setObjectName(QStringLiteral("handoverPlace"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_copies->setRange(1, 10);
    m_dateLabel->setBuddy(m_date);
    m_placeLabel->setBuddy(m_place);
    m_copiesLabel->setBuddy(m_copies);
    Look::setMuted(m_hint);

    auto *when = new QFormLayout;
    when->addRow(m_dateLabel, m_date);
    when->addRow(m_placeLabel, m_place);
    when->addRow(m_copiesLabel, m_copies);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    grid->addWidget(m_from, 0, 0);
    grid->addWidget(m_to, 0, 1);
    grid->addWidget(m_witness, 1, 0);
    grid->addLayout(when, 1, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_from, &PartyFields::changed, this, &QWizardPage::completeChanged);
    connect(m_to, &PartyFields::changed, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void HandoverPartiesPage::initializePage()
{
    const NewHandover &spec = m_wizard->spec();
    const OfficeDetails &office = m_wizard->office();
    const Workspace &workspace = m_wizard->workspace();
    QString kecamatan = spec.kecamatanCode;
    if (auto record = KecamatanRegister(workspace.vault()).find(spec.kecamatanCode)) {
        kecamatan = record->name;
    }
    // The office's side is the signed-in officer; the committee's its chair, whose name is typed.
    const HandoverParty officeSide{workspace.session().officer.name, office.officerTitle, QString()};
    const HandoverParty committeeSide{QString(), QStringLiteral("Ketua Panwaslu Kecamatan ") + kecamatan, QString()};
    const QString committeeOffice = QStringLiteral("Panwaslu Kecamatan ") + kecamatan;

    const bool officeGives = spec.kind == HandoverKind::Activation;
    const bool officeTakes = spec.kind == HandoverKind::Return;
    m_from->setOfficePlaceholder(officeGives ? office.name : committeeOffice);
    m_to->setOfficePlaceholder(officeTakes ? office.name : committeeOffice);
    m_from->setParty(spec.from.name.isEmpty() && spec.from.position.isEmpty()
                         ? (officeGives ? officeSide : committeeSide)
                         : spec.from);
    m_to->setParty(spec.to.name.isEmpty() && spec.to.position.isEmpty() ? (officeTakes ? officeSide : committeeSide)
                                                                        : spec.to);
    m_witness->setParty(spec.witness.value_or(HandoverParty{office.headName, office.headTitle, QString()}));
    m_witness->setOfficePlaceholder(office.name);
    m_date->setDate(spec.date.isValid() ? spec.date : workspace.clock().nowUtc().toLocalTime().date());
    m_place->setText(spec.place.isEmpty() ? office.city : spec.place);
    m_copies->setValue(spec.copies);
    Q_EMIT completeChanged();
}

bool HandoverPartiesPage::isComplete() const
{
    return !m_from->party().name.isEmpty() && !m_to->party().name.isEmpty() && m_date->date().isValid();
}

bool HandoverPartiesPage::validatePage()
{
    NewHandover &spec = m_wizard->spec();
    spec.from = m_from->party();
    spec.to = m_to->party();
    const HandoverParty witness = m_witness->party();
    spec.witness = witness.name.isEmpty() ? std::nullopt : std::optional<HandoverParty>(witness);
    spec.date = m_date->date();
    spec.place = m_place->text().simplified();
    spec.copies = m_copies->value();
    return m_wizard->save().ok();
}

void HandoverPartiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverPartiesPage::retranslateUi()
{
    setTitle(tr("Parties"));
    setSubTitle(tr("Who hands the accounts over, who receives them, and who witnesses it, as the record will "
                   "print them."));
    m_from->setTitle(tr("Handing over (first party)"));
    m_to->setTitle(tr("Receiving (second party)"));
    m_witness->setTitle(tr("Witness (Mengetahui)"));
    m_dateLabel->setText(tr("&Date:"));
    m_placeLabel->setText(tr("&Place:"));
    m_copiesLabel->setText(tr("&Copies:"));
    m_hint->setText(tr("An empty office field takes the party's office (the Bawaslu office or the Panwaslu "
                       "Kecamatan). Going on saves the handover as a draft: you can close this window and "
                       "continue it later."));
}

} // namespace Brankas
