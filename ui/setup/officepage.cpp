// SPDX-License-Identifier: GPL-3.0-or-later
#include "officepage.h"

#include "../look.h"

#include <core/domain/referencedata.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>

namespace Brankas {

namespace {
constexpr int CodeRole = Qt::UserRole;
}

OfficePage::OfficePage(const ReferenceData &reference, QWidget *parent)
    : SetupPage(QStringLiteral("officePage"), parent)
    , m_reference(reference)
    , m_regionCaption(Look::label(this, QStringLiteral("regionCaption")))
    , m_province(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_regencies(new QListWidget(this))
    , m_noMatch(Look::label(this, QStringLiteral("noRegencyMatch")))
    , m_nameCaption(Look::label(this, QStringLiteral("nameCaption"), false))
    , m_name(new QLineEdit(this))
    , m_addressCaption(Look::label(this, QStringLiteral("addressCaption"), false))
    , m_address(new QLineEdit(this))
    , m_headCaption(Look::label(this, QStringLiteral("headCaption"), false))
    , m_head(new QLineEdit(this))
{
    m_province->setObjectName(QStringLiteral("province"));
    m_search->setObjectName(QStringLiteral("regencySearch"));
    m_search->setClearButtonEnabled(true);
    m_regencies->setObjectName(QStringLiteral("regencies"));
    m_regencies->setMinimumHeight(150);
    m_name->setObjectName(QStringLiteral("officeName"));
    m_address->setObjectName(QStringLiteral("officeAddress"));
    m_head->setObjectName(QStringLiteral("headName"));
    Look::setFont(m_regionCaption, 1.0, QFont::DemiBold);
    Look::setMuted(m_noMatch);
    m_noMatch->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_province, 2);
    filters->addWidget(m_search, 3);
    body()->addWidget(m_regionCaption);
    body()->addLayout(filters);
    body()->addWidget(m_regencies, 1);
    body()->addWidget(m_noMatch);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameCaption, m_name);
    form->addRow(m_addressCaption, m_address);
    form->addRow(m_headCaption, m_head);
    body()->addSpacing(6);
    body()->addLayout(form);

    fillProvinces();
    connect(m_province, &QComboBox::currentIndexChanged, this, &OfficePage::filterRegencies);
    connect(m_search, &QLineEdit::textChanged, this, &OfficePage::filterRegencies);
    connect(m_regencies, &QListWidget::currentItemChanged, this, &OfficePage::regencyChanged);
    connect(m_name, &QLineEdit::textChanged, this, &OfficePage::completeChanged);
    retranslateUi();
    filterRegencies();
}

const Regency *OfficePage::regency() const
{
    return m_regencyCode.isEmpty() ? nullptr : m_reference.regency(m_regencyCode);
}

QString OfficePage::officeName() const
{
    return m_name->text().simplified();
}

QString OfficePage::areaName() const
{
    const Regency *chosen = regency();
    if (!chosen) {
        return {};
    }
    const Province *province = m_reference.province(chosen->provinceCode);
    return province ? tr("%1, %2", "regency, province").arg(chosen->name, province->name) : chosen->name;
}

QString OfficePage::address() const
{
    return m_address->text().simplified();
}

QString OfficePage::headName() const
{
    return m_head->text().simplified();
}

bool OfficePage::selectRegency(const QString &code)
{
    const Regency *found = m_reference.regency(code);
    if (!found) {
        return false;
    }
    m_search->clear();
    m_province->setCurrentIndex(std::max(0, m_province->findData(found->provinceCode)));
    for (int row = 0; row < m_regencies->count(); ++row) {
        if (m_regencies->item(row)->data(CodeRole).toString() == code) {
            m_regencies->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool OfficePage::isComplete() const
{
    return regency() != nullptr && !officeName().isEmpty();
}

void OfficePage::fillProvinces()
{
    const QSignalBlocker blocker(m_province);
    m_province->clear();
    m_province->addItem(QString(), QString()); // "All provinces", named in retranslateUi()
    for (const Province &province : m_reference.provinces()) {
        m_province->addItem(province.name, province.code);
    }
}

void OfficePage::filterRegencies()
{
    const QString province = m_province->currentData().toString();
    const QString search = m_search->text().simplified();
    const QSignalBlocker blocker(m_regencies);
    m_regencies->clear();
    QListWidgetItem *current = nullptr;
    for (const Regency &regency : m_reference.regencies()) {
        if (!province.isEmpty() && regency.provinceCode != province) {
            continue;
        }
        if (!search.isEmpty() && !regency.name.contains(search, Qt::CaseInsensitive) &&
            !regency.code.startsWith(search)) {
            continue;
        }
        QString text = regency.name;
        if (province.isEmpty()) {
            if (const Province *inProvince = m_reference.province(regency.provinceCode)) {
                text = tr("%1 (%2)", "regency (province)").arg(regency.name, inProvince->name);
            }
        }
        auto *item = new QListWidgetItem(text, m_regencies);
        item->setData(CodeRole, regency.code);
        if (regency.code == m_regencyCode) {
            current = item;
        }
    }
    if (current) {
        m_regencies->setCurrentItem(current);
    } else if (m_regencies->count() == 1) {
        m_regencies->setCurrentRow(0); // the search found the one: take it
        regencyChanged();
    }
    m_noMatch->setVisible(m_regencies->count() == 0);
}

void OfficePage::regencyChanged()
{
    QListWidgetItem *item = m_regencies->currentItem();
    if (!item) {
        return;
    }
    m_regencyCode = item->data(CodeRole).toString();
    if (const Regency *chosen = regency()) {
        const QString suggestion = officeNameFor(*chosen);
        if (m_name->text().isEmpty() || m_name->text() == m_suggestedName) {
            m_name->setText(suggestion);
        }
        m_suggestedName = suggestion;
    }
    Q_EMIT completeChanged();
}

void OfficePage::retranslateUi()
{
    setHeading(tr("Your office"),
               tr("Choose the regency or city your Bawaslu office supervises. Brankas takes its kecamatan from the "
                  "official list of the Ministry of Home Affairs."));
    m_regionCaption->setText(tr("Regency or city"));
    m_province->setItemText(0, tr("All provinces"));
    m_search->setPlaceholderText(tr("Search, e.g. Buol or Palu"));
    m_noMatch->setText(tr("No regency or city matches the search."));
    m_nameCaption->setText(tr("Office name:"));
    m_addressCaption->setText(tr("Address:"));
    m_headCaption->setText(tr("Head of office:"));
    m_address->setPlaceholderText(tr("Street, number, town (optional; you can add it later)"));
    m_head->setPlaceholderText(tr("Full name of the head (optional; you can add it later)"));
    filterRegencies(); // "(province)" is worded per language
}

} // namespace Brankas
