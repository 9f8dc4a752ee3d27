// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerformdialog.h"

#include <ui/look.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

RegisterFormDialog::RegisterFormDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(Look::label(this, QStringLiteral("formIntro")))
    , m_form(new QFormLayout)
    , m_error(Look::label(this, QStringLiteral("formRefusal")))
    , m_buttons(new QDialogButtonBox(this))
    , m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setStyleSheet(QStringLiteral("#formRefusal { color: #8c1d18; background: #fdeceb; border: 1px solid #b3261e; "
                                 "border-radius: 4px; padding: 6px; }"));
    m_intro->setVisible(false);
    m_error->setVisible(false);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_accept->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegisterFormDialog::reject);
}

void RegisterFormDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void RegisterFormDialog::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void RegisterFormDialog::addRow(QWidget *widget)
{
    m_form->addRow(widget);
}

void RegisterFormDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
}

void RegisterFormDialog::showRefusal(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RegisterFormDialog::refusal() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RegisterFormDialog::accept()
{
    if (m_submit) {
        if (Status status = m_submit(); !status) {
            showRefusal(status.error().message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace Brankas
