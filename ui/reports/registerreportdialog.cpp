// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerreportdialog.h"

#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/kecamatanlistmodel.h>
#include <ui/models/termlistmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

RegisterReportDialog::RegisterReportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_termModel(new TermListModel(this))
    , m_intro(Look::label(this, QStringLiteral("registerReportIntro")))
    , m_form(new QFormLayout)
    , m_kecamatan(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_term(new QComboBox(this))
    , m_periodOnly(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_periodDash(new QLabel(QStringLiteral("–"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_kecamatanModel->setAllRow(true);
    if (Status loaded = m_kecamatanModel->load(workspace.vault()); !loaded) {
        Messages::showError(parent, loaded.error());
    }
    m_termModel->setExtraRows(true, false);
    if (Status loaded = m_termModel->load(workspace.vault()); !loaded) {
        Messages::showError(parent, loaded.error());
    }
    m_kecamatan->setModel(m_kecamatanModel);
    m_term->setModel(m_termModel);
    m_kecamatan->setObjectName(QStringLiteral("reportKecamatan"));
    m_platform->setObjectName(QStringLiteral("reportPlatform"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_term->setObjectName(QStringLiteral("reportTerm"));
    fillChoices();

    const QDate today = workspace.clock().nowUtc().toLocalTime().date();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setEnabled(false);
    }
    m_from->setDate(QDate(today.year(), 1, 1));
    m_until->setDate(today);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_periodDash);
    period->addWidget(m_until);
    period->addStretch(1);

    for (QWidget *field : {static_cast<QWidget *>(m_kecamatan), static_cast<QWidget *>(m_platform),
                           static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_term)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    }
    m_form->addRow(nullptr, m_periodOnly);
    m_form->addRow(nullptr, period);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_periodOnly, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_periodOnly, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(from <= m_until->date());
    });
    connect(m_until, &QDateEdit::dateChanged, this, [this](const QDate &until) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_from->date() <= until);
    });
    retranslateUi();
    setMinimumWidth(460);
}

void RegisterReportDialog::fillChoices()
{
    const int platform = m_platform->currentIndex();
    const int status = m_status->currentIndex();
    m_platform->clear();
    m_platform->addItem(tr("All platforms"));
    for (Platform p : allPlatforms()) {
        m_platform->addItem(AccountIcons::platform(p), platformDisplayName(p), int(p));
    }
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (AccountStatus s : allStatuses()) {
        m_status->addItem(AccountIcons::status(s), statusDisplayName(s), int(s));
    }
    m_platform->setCurrentIndex(qMax(0, platform));
    m_status->setCurrentIndex(qMax(0, status));
}

RegisterReportFilter RegisterReportDialog::filter() const
{
    RegisterReportFilter filter;
    filter.accounts.kecamatanCode = m_kecamatan->currentData(KecamatanListModel::CodeRole).toString();
    if (m_platform->currentIndex() > 0) {
        filter.accounts.platform = Platform(m_platform->currentData().toInt());
    }
    if (m_status->currentIndex() > 0) {
        filter.accounts.status = AccountStatus(m_status->currentData().toInt());
    }
    filter.accounts.termId = m_termModel->termIdAt(m_term->currentIndex()).value_or(0);
    if (m_periodOnly->isChecked()) {
        filter.activeFrom = m_from->date();
        filter.activeUntil = m_until->date();
    }
    return filter;
}

void RegisterReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RegisterReportDialog::retranslateUi()
{
    setWindowTitle(tr("Account register"));
    m_intro->setText(tr("Choose which accounts the printed register lists. It is sorted by kecamatan, then "
                        "platform."));
    m_labels.at(0)->setText(tr("&Kecamatan:"));
    m_labels.at(1)->setText(tr("&Platform:"));
    m_labels.at(2)->setText(tr("&Status:"));
    m_labels.at(3)->setText(tr("&Term:"));
    m_periodOnly->setText(tr("Only accounts active during a period"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_kecamatanModel->retranslate();
    m_termModel->retranslate();
    fillChoices();
}

} // namespace Brankas
