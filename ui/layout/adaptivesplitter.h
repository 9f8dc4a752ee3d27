// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace Brankas {

class Preferences;

// Two panes side by side when there is room for both at their minimum widths, one above the
// other when not (a 1024x768 projector, a laptop at 150 %), so the window never has to be wider
// than the screen for them. Reports the narrow arrangement's width as its minimum, since it can
// always fall back to it. Remembers where the officer put the handle, for each arrangement, in
// this PC's preferences under its name.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT

public:
    AdaptiveSplitter(Preferences &preferences, const QString &name, QWidget *parent = nullptr);

    // The sizes to start with in each arrangement until the officer moves the handle.
    void setDefaultSizes(const QList<int> &sideBySide, const QList<int> &stacked);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Qt::Orientation fittingOrientation(int width) const;
    QString key(Qt::Orientation orientation) const;
    void arrange(Qt::Orientation orientation);

    Preferences &m_preferences;
    QString m_name;
    QList<int> m_sideBySide;
    QList<int> m_stacked;
    bool m_arranging = false;
};

} // namespace Brankas
