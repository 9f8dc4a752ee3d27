// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Brankas {

// The column at the wizard's left listing its steps, the current one marked, so the officer
// always sees how far the setup has come and what is left.
class StepList : public QFrame
{
    Q_OBJECT

public:
    explicit StepList(QWidget *parent = nullptr);

    void setSteps(const QStringList &names);
    void setCurrent(int index);
    int current() const { return m_current; }

private:
    void refresh();

    QLabel *m_title;
    QStringList m_names;
    QList<QLabel *> m_steps;
    int m_current = 0;
};

} // namespace Brankas
