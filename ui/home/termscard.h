// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/term.h>

#include <QFrame>

class QGridLayout;
class QLabel;

namespace Brankas {

// The terms that run today or start soon, each with its end date and the days left: when a term
// ends, its accounts must be deactivated or handed over, so the countdown is what matters.
class TermsCard : public QFrame
{
    Q_OBJECT

public:
    explicit TermsCard(QWidget *parent = nullptr);

    // Terms ending within this many days are marked with a warning.
    static constexpr int EndingSoonDays = 30;

    void setTerms(const QList<Term> &terms, const QDate &today);
    void retranslateUi();

private:
    QLabel *m_title;
    QLabel *m_empty;
    QGridLayout *m_grid;
    QList<QWidget *> m_rowWidgets;
    QList<Term> m_terms;
    QDate m_today;
};

} // namespace Brankas
