// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplist.h"

#include "../look.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

StepList::StepList(QWidget *parent)
    : QFrame(parent)
    , m_title(Look::label(this, QStringLiteral("stepListTitle"), false))
{
    setObjectName(QStringLiteral("stepList"));
    setStyleSheet(QStringLiteral("#stepList { background: #17375e; }"
                                 "#stepList QLabel { color: #c9d7e8; padding: 4px 0; }"
                                 "#stepList QLabel#stepListTitle { color: #ffffff; padding-bottom: 14px; }"
                                 "#stepList QLabel[current=\"true\"] { color: #ffffff; }"));
    setFixedWidth(230);
    m_title->setText(QStringLiteral("Brankas")); // the product's name, not translated
    Look::setFont(m_title, 1.6, QFont::Bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 24, 16, 24);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addStretch(1);
}

void StepList::setSteps(const QStringList &names)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    while (m_steps.size() < names.size()) {
        QLabel *step = Look::label(this, QStringLiteral("step%1").arg(m_steps.size() + 1), true);
        layout->insertWidget(layout->count() - 1, step);
        m_steps << step;
    }
    m_names = names;
    refresh();
}

void StepList::setCurrent(int index)
{
    m_current = index;
    refresh();
}

void StepList::refresh()
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        QLabel *step = m_steps[i];
        const bool current = i == m_current;
        // Bold and a marker, not only a brighter colour, show the current step.
        Look::setFont(step, 1.0, current ? QFont::Bold : QFont::Normal);
        step->setProperty("current", current);
        step->setText(QStringLiteral("%1%2.  %3")
                          .arg(current ? QStringLiteral("\u25B8 ") : QStringLiteral("   "))
                          .arg(i + 1)
                          .arg(m_names.value(i)));
        step->style()->unpolish(step);
        step->style()->polish(step);
    }
}

} // namespace Brankas
