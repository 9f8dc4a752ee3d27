// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomcheck.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolBar>
#include <QWidget>

namespace Brankas::RoomCheck {

namespace {
QString nameOf(const QWidget &widget)
{
    QStringList path;
    for (const QWidget *each = &widget; each; each = each->parentWidget()) {
        if (!each->objectName().isEmpty()) {
            path.prepend(each->objectName());
        }
    }
    return QString::fromLatin1(widget.metaObject()->className()) + QLatin1Char(' ') + path.join(QLatin1Char('/'));
}

QSize layoutNeeds(const QWidget &widget)
{
    const QLayout *layout = widget.layout();
    if (!layout) {
        return widget.minimumSizeHint().expandedTo(widget.minimumSize());
    }
    QSize needed = layout->totalMinimumSize().expandedTo(widget.minimumSize());
    if (layout->hasHeightForWidth()) {
        // Wrapped text is as tall as its width makes it: a minimum taken at the narrowest width
        // would be taller than anything Qt lays out.
        needed.setHeight(std::max(widget.minimumHeight(), layout->totalHeightForWidth(widget.width())));
    }
    return needed;
}

void collect(const QWidget &widget, QStringList &found)
{
    if (!widget.isVisible()) {
        return;
    }
    if (widget.layout()) {
        const QSize needed = layoutNeeds(widget);
        if (widget.width() < needed.width() || widget.height() < needed.height()) {
            found << QStringLiteral("%1 is %2x%3 but needs %4x%5")
                         .arg(nameOf(widget))
                         .arg(widget.width())
                         .arg(widget.height())
                         .arg(needed.width())
                         .arg(needed.height());
        }
    }
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(&widget);
        area && !qobject_cast<const QAbstractItemView *>(area) && area->horizontalScrollBar()->isVisible()) {
        found << QStringLiteral("%1 scrolls sideways").arg(nameOf(widget));
    }
    // Wrapped text taller than its label is cut off at the bottom.
    if (const auto *label = qobject_cast<const QLabel *>(&widget);
        label && label->wordWrap() && !label->text().isEmpty() &&
        label->height() < label->heightForWidth(label->width())) {
        found << QStringLiteral("%1 cuts off its text (%2 of %3 pixels high)")
                     .arg(nameOf(widget))
                     .arg(label->height())
                     .arg(label->heightForWidth(label->width()));
    }
    // With its sideways scroll bar turned off, a scroll area cuts off whatever is wider than it.
    if (const auto *area = qobject_cast<const QScrollArea *>(&widget);
        area && area->widget() && area->widget()->width() > area->viewport()->width()) {
        found << QStringLiteral("%1 cuts off %2 pixels on the right")
                     .arg(nameOf(widget))
                     .arg(area->widget()->width() - area->viewport()->width());
    }
    // A tool bar too narrow for its actions hides the rest behind a button at its end.
    if (const QWidget *overflow =
            widget.findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
        qobject_cast<const QToolBar *>(&widget) && overflow && overflow->isVisible()) {
        found << QStringLiteral("%1 hides some of its actions").arg(nameOf(widget));
    }
    for (const QObject *child : widget.children()) {
        if (const auto *childWidget = qobject_cast<const QWidget *>(child); childWidget && !childWidget->isWindow()) {
            collect(*childWidget, found);
        }
    }
}
} // namespace

QSize neededSize(const QWidget &window)
{
    return layoutNeeds(window);
}

QStringList problems(const QWidget &window, QSize room)
{
    QStringList found;
    const QSize needed = neededSize(window);
    if (needed.width() > room.width() || needed.height() > room.height()) {
        found << QStringLiteral("%1 needs %2x%3, the screen gives %4x%5")
                     .arg(nameOf(window))
                     .arg(needed.width())
                     .arg(needed.height())
                     .arg(room.width())
                     .arg(room.height());
    }
    collect(window, found);
    return found;
}

} // namespace Brankas::RoomCheck
