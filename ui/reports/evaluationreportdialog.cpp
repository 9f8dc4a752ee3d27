// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationreportdialog.h"

#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Brankas {

EvaluationReportDialog::EvaluationReportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_intro(Look::label(this, QStringLiteral("evaluationReportIntro")))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evaluationReportDialog"));
    const QDate today = workspace.clock().nowUtc().date();
    m_year->setObjectName(QStringLiteral("evaluationReportYear"));
    m_year->setRange(2000, today.year());
    m_year->setValue(today.month() == 1 ? today.year() - 1 : today.year());
    m_yearLabel->setBuddy(m_year);

    auto *form = new QFormLayout;
    form->addRow(m_yearLabel, m_year);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(420);
}

int EvaluationReportDialog::year() const
{
    return m_year->value();
}

void EvaluationReportDialog::setYear(int year)
{
    m_year->setValue(year);
}

void EvaluationReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void EvaluationReportDialog::retranslateUi()
{
    setWindowTitle(tr("Evaluation report"));
    m_intro->setText(tr("The report for the yearly evaluation meeting: a summary of the register, the charts of "
                        "the monthly figures, a table per kecamatan and the obstacles by category. The preview "
                        "lets you choose the paper and the language and save it as PDF."));
    m_yearLabel->setText(tr("&Year:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Brankas
