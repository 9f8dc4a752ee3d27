// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanpage.h"

#include "../look.h"
#include "officepage.h"

#include <core/domain/referencedata.h>

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Brankas {

KecamatanPage::KecamatanPage(const ReferenceData &reference, const OfficePage &office, QWidget *parent)
    : SetupPage(QStringLiteral("kecamatanPage"), parent)
    , m_reference(reference)
    , m_office(office)
    , m_count(Look::label(this, QStringLiteral("kecamatanCount")))
    , m_list(new QTreeWidget(this))
    , m_note(Look::label(this, QStringLiteral("kecamatanNote")))
{
    Look::setFont(m_count, 1.1, QFont::DemiBold);
    m_list->setObjectName(QStringLiteral("kecamatanList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    // Read only, but reachable with Tab so the arrow keys can scroll a long list.
    m_list->setFocusPolicy(Qt::TabFocus);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    Look::setMuted(m_note);
    body()->addWidget(m_count);
    body()->addWidget(m_list, 1);
    body()->addWidget(m_note);
    retranslateUi();
}

void KecamatanPage::initializePage()
{
    m_list->clear();
    const Regency *regency = m_office.regency();
    if (!regency) {
        return;
    }
    for (const Kecamatan &kecamatan : m_reference.kecamatanOf(regency->code)) {
        new QTreeWidgetItem(m_list, {kecamatan.code, kecamatan.name});
    }
    retranslateUi();
}

int KecamatanPage::kecamatanCount() const
{
    return m_list->topLevelItemCount();
}

void KecamatanPage::retranslateUi()
{
    setHeading(tr("Kecamatan"), tr("The register starts with every kecamatan of your area; each Panwaslu "
                                   "Kecamatan's accounts are recorded under its kecamatan."));
    const Regency *regency = m_office.regency();
    m_count->setText(regency
                         ? tr("%1 has %n kecamatan. Brankas will create:", nullptr, kecamatanCount()).arg(regency->name)
                         : QString());
    m_list->setHeaderLabels({tr("Code"), tr("Kecamatan")});
    m_note->setText(tr("A kecamatan formed after this list was published can be added to the register later."));
}

} // namespace Brankas
