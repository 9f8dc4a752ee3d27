// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverkindpage.h"

#include "handoverwizard.h"

#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/kecamatanlistmodel.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Brankas {

HandoverKindPage::HandoverKindPage(HandoverWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_kecamatanLabel(Look::label(this, QStringLiteral("kecamatanLabel"), false))
    , m_kecamatan(new QComboBox(this))
    , m_kindLabel(Look::label(this, QStringLiteral("kindLabel"), false))
    , m_kinds(new QButtonGroup(this))
{
    if (Status loaded = m_kecamatanModel->load(wizard->workspace().vault(), false); !loaded) {
        Messages::showError(wizard, loaded.error());
    }
    m_kecamatan->setObjectName(QStringLiteral("handoverKecamatan"));
    m_kecamatan->setModel(m_kecamatanModel);
    m_kecamatan->setMaxVisibleItems(16);
    m_kecamatan->setMinimumWidth(320);
    m_kecamatanLabel->setBuddy(m_kecamatan);
    Look::setFont(m_kecamatanLabel, 1.0, QFont::DemiBold);
    Look::setFont(m_kindLabel, 1.0, QFont::DemiBold);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_kecamatanLabel);
    layout->addWidget(m_kecamatan, 0, Qt::AlignLeft);
    layout->addSpacing(14);
    layout->addWidget(m_kindLabel);
    for (HandoverKind kind : allHandoverKinds()) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("kind-") + handoverKindId(kind));
        auto *hint = Look::label(this, QStringLiteral("kindHint"));
        Look::setMuted(hint);
        hint->setContentsMargins(24, 0, 0, 6);
        m_kinds->addButton(button, int(kind));
        m_kindButtons.append(button);
        m_kindHints.append(hint);
        layout->addWidget(button);
        layout->addWidget(hint);
    }
    layout->addStretch(1);

    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_kinds, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void HandoverKindPage::setKecamatan(const QString &code)
{
    m_kecamatan->setCurrentIndex(m_kecamatanModel->rowOfCode(code));
}

void HandoverKindPage::setKind(HandoverKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    Q_EMIT completeChanged();
}

QString HandoverKindPage::kecamatanCode() const
{
    return m_kecamatan->currentData(KecamatanListModel::CodeRole).toString();
}

HandoverKind HandoverKindPage::kind() const
{
    return HandoverKind(qMax(0, m_kinds->checkedId()));
}

void HandoverKindPage::initializePage()
{
    const NewHandover &spec = m_wizard->spec();
    if (!spec.kecamatanCode.isEmpty()) {
        setKecamatan(spec.kecamatanCode);
    }
    setKind(spec.kind);
}

bool HandoverKindPage::isComplete() const
{
    return !kecamatanCode().isEmpty() && m_kinds->checkedId() >= 0;
}

bool HandoverKindPage::validatePage()
{
    NewHandover &spec = m_wizard->spec();
    if (spec.kecamatanCode != kecamatanCode() || spec.kind != kind()) {
        // Other accounts qualify: the next step proposes them all again.
        spec.accountIds.clear();
        if (spec.kind != kind()) {
            // Who hands over to whom turns around with the kind.
            spec.from = {};
            spec.to = {};
        }
    }
    spec.kecamatanCode = kecamatanCode();
    spec.kind = kind();
    return true;
}

void HandoverKindPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void HandoverKindPage::retranslateUi()
{
    setTitle(tr("Kecamatan and kind of handover"));
    setSubTitle(tr("Choose whose accounts change hands, and why."));
    m_kecamatanLabel->setText(tr("&Kecamatan"));
    m_kindLabel->setText(tr("Kind of handover"));
    for (int i = 0; i < m_kindButtons.size(); ++i) {
        switch (HandoverKind(m_kinds->id(m_kindButtons.at(i)))) {
        case HandoverKind::Activation:
            m_kindButtons.at(i)->setText(tr("&Activation: the office hands the accounts to a committee"));
            m_kindHints.at(i)->setText(tr("At the start of a term. The accounts become active for the committee."));
            break;
        case HandoverKind::Return:
            m_kindButtons.at(i)->setText(tr("&Return: a committee gives the accounts back to the office"));
            m_kindHints.at(i)->setText(tr("At the end of a term. Change the passwords and recovery contacts as part "
                                          "of it; term-bound accounts are deactivated, permanent ones held by the "
                                          "office."));
            break;
        case HandoverKind::Transfer:
            m_kindButtons.at(i)->setText(tr("&Transfer: the accounts pass to the next committee"));
            m_kindHints.at(i)->setText(tr("For permanent accounts that stay in use from one term to the next."));
            break;
        }
    }
    m_kecamatanModel->retranslate();
}

} // namespace Brankas
