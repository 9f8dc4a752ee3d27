// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QIcon>

class QLabel;

namespace Brankas {

// One number of the dashboard's top row: an icon, the count in large type and what it counts.
// An alert tile (something needs action) gets a heavy border and a warning icon as well as colour.
class SummaryTile : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryTile(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setValue(qint64 value); // negative shows a dash: not known yet
    void setCaption(const QString &caption);
    void setAlert(bool alert);
    QString valueText() const;
    QString caption() const;

private:
    QLabel *m_icon;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace Brankas
