// SPDX-License-Identifier: GPL-3.0-or-later
#include "termscard.h"

#include <ui/look.h>
#include <ui/models/displaytime.h>

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Brankas {

TermsCard::TermsCard(QWidget *parent)
    : QFrame(parent)
    , m_title(Look::label(this, QStringLiteral("cardTitle"), false))
    , m_empty(Look::label(this, QStringLiteral("noCurrentTerm")))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("homeCard"));
    Look::setFont(m_title, 1.1, QFont::DemiBold);
    Look::setMuted(m_empty);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    retranslateUi();
}

void TermsCard::setTerms(const QList<Term> &terms, const QDate &today)
{
    m_terms.clear();
    for (const Term &term : terms) {
        // Ended terms belong on the Terms page; the dashboard shows what still runs or is coming.
        if (term.effectiveEnd() >= today) {
            m_terms << term;
        }
    }
    std::sort(m_terms.begin(), m_terms.end(),
              [](const Term &a, const Term &b) { return a.effectiveEnd() < b.effectiveEnd(); });
    m_today = today;
    retranslateUi();
}

void TermsCard::retranslateUi()
{
    m_title->setText(tr("Terms ending soon"));
    m_empty->setText(tr("No term is running or about to start. Add the next term on the Terms page."));
    m_empty->setVisible(m_terms.isEmpty());
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    const int iconSize = fontMetrics().height() + 2;
    for (int i = 0; i < m_terms.size(); ++i) {
        const Term &term = m_terms.at(i);
        const QDate end = term.effectiveEnd();
        const qint64 daysLeft = m_today.daysTo(end);
        const bool soon = term.formedOn <= m_today && daysLeft <= EndingSoonDays;
        auto *icon = new QLabel(this);
        icon->setPixmap(QApplication::style()
                            ->standardIcon(soon ? QStyle::SP_MessageBoxWarning : QStyle::SP_FileDialogInfoView)
                            .pixmap(iconSize, iconSize));
        auto *name = Look::label(this, QStringLiteral("termName"));
        name->setText(term.name + QLatin1Char('\n') + tr("ends %1").arg(DisplayTime::date(end)));
        auto *days = Look::label(this, QStringLiteral("termDaysLeft"), false);
        days->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (term.formedOn > m_today) {
            days->setText(tr("starts %1").arg(DisplayTime::date(term.formedOn)));
        } else if (daysLeft == 0) {
            days->setText(tr("ends today"));
        } else {
            days->setText(tr("%n day(s) left", nullptr, int(daysLeft)));
        }
        Look::setFont(days, 1.0, soon ? QFont::Bold : QFont::Normal);
        m_grid->addWidget(icon, i, 0, Qt::AlignTop);
        m_grid->addWidget(name, i, 1);
        m_grid->addWidget(days, i, 2, Qt::AlignTop);
        m_rowWidgets << icon << name << days;
    }
    // Children added to a card already on screen stay hidden until shown.
    for (QWidget *widget : std::as_const(m_rowWidgets)) {
        widget->show();
    }
}

} // namespace Brankas
