// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QIcon>

class QGridLayout;
class QLabel;

namespace Brankas {

// A titled card listing counts with an icon, a name and a bar for each share, so "most accounts
// are on Instagram" reads at a glance and the numbers are there for whoever needs them.
class CountCard : public QFrame
{
    Q_OBJECT

public:
    struct Row
    {
        QIcon icon;
        QString name;
        qint64 count = 0;
    };

    explicit CountCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setRows(const QList<Row> &rows);
    // The count shown beside a name, for tests; empty if there is no such row.
    QString countText(const QString &name) const;

private:
    QLabel *m_title;
    QGridLayout *m_grid;
    QList<QWidget *> m_rowWidgets;
};

} // namespace Brankas
