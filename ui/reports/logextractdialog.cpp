// SPDX-License-Identifier: GPL-3.0-or-later
#include "logextractdialog.h"

#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

LogExtractDialog::LogExtractDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_intro(Look::label(this, QStringLiteral("logExtractIntro")))
    , m_fromLabel(new QLabel(this))
    , m_untilLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_problem(Look::label(this, QStringLiteral("logExtractProblem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QDate today = workspace.clock().nowUtc().toLocalTime().date();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setMaximumDate(today);
    }
    m_from->setObjectName(QStringLiteral("logExtractFrom"));
    m_until->setObjectName(QStringLiteral("logExtractUntil"));
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_until->setDate(today);
    m_fromLabel->setBuddy(m_from);
    m_untilLabel->setBuddy(m_until);
    Look::setMuted(m_problem);

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_untilLabel, m_until);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &LogExtractDialog::check);
    connect(m_until, &QDateEdit::dateChanged, this, &LogExtractDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(420);
}

QDate LogExtractDialog::from() const
{
    return m_from->date();
}

QDate LogExtractDialog::until() const
{
    return m_until->date();
}

void LogExtractDialog::setRange(const QDate &from, const QDate &until)
{
    m_from->setDate(from);
    m_until->setDate(until);
}

void LogExtractDialog::check()
{
    const bool ok = m_from->date() <= m_until->date();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("The first date must not come after the last."));
}

void LogExtractDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LogExtractDialog::retranslateUi()
{
    setWindowTitle(tr("Archive log extract"));
    m_intro->setText(tr("The extract lists the archive log entries of these dates and states whether the whole "
                        "log passed verification."));
    m_fromLabel->setText(tr("&From:"));
    m_untilLabel->setText(tr("&Until:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    check();
}

} // namespace Brankas
