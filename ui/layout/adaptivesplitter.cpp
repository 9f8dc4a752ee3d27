// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivesplitter.h"

#include "../app/preferences.h"

#include <QResizeEvent>

#include <algorithm>

namespace Brankas {

AdaptiveSplitter::AdaptiveSplitter(Preferences &preferences, const QString &name, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_preferences(preferences)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Splitter"));
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (!m_arranging) {
            m_preferences.setSplitterState(key(orientation()), saveState());
        }
    });
}

void AdaptiveSplitter::setDefaultSizes(const QList<int> &sideBySide, const QList<int> &stacked)
{
    m_sideBySide = sideBySide;
    m_stacked = stacked;
    arrange(orientation());
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    // Stacked: as wide as the widest pane, as tall as all of them.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *pane = widget(i);
        if (pane->isHidden()) {
            continue;
        }
        const QSize hint = pane->minimumSizeHint().expandedTo(pane->minimumSize());
        width = std::max(width, hint.width());
        height = orientation() == Qt::Vertical ? height + hint.height() : std::max(height, hint.height());
        ++shown;
    }
    if (orientation() == Qt::Vertical && shown > 1) {
        height += handleWidth() * (shown - 1);
    }
    return {width, height};
}

Qt::Orientation AdaptiveSplitter::fittingOrientation(int width) const
{
    int needed = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *pane = widget(i);
        if (!pane->isHidden()) {
            needed +=
                (needed > 0 ? handleWidth() : 0) + pane->minimumSizeHint().expandedTo(pane->minimumSize()).width();
        }
    }
    return width >= needed ? Qt::Horizontal : Qt::Vertical;
}

QString AdaptiveSplitter::key(Qt::Orientation orientation) const
{
    return m_name + (orientation == Qt::Horizontal ? QStringLiteral("-sideBySide") : QStringLiteral("-stacked"));
}

void AdaptiveSplitter::arrange(Qt::Orientation orientation)
{
    m_arranging = true;
    setOrientation(orientation);
    if (!restoreState(m_preferences.splitterState(key(orientation)))) {
        const QList<int> &sizes = orientation == Qt::Horizontal ? m_sideBySide : m_stacked;
        if (!sizes.isEmpty()) {
            setSizes(sizes);
        }
    }
    // restoreState() also brings back the orientation it was saved with.
    setOrientation(orientation);
    m_arranging = false;
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    const Qt::Orientation fitting = fittingOrientation(event->size().width());
    if (fitting != orientation()) {
        arrange(fitting);
    }
    QSplitter::resizeEvent(event);
}

} // namespace Brankas
