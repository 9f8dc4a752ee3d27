// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace Brankas {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else can go to a row of its own.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            size = size.expandedTo(item->minimumSize());
        }
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::verticalGap() const
{
    return m_verticalSpacing >= 0 ? m_verticalSpacing : spacing();
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            visible.append(item);
        }
    }
    // Rows first, each as many items as fit at their preferred widths (at least one).
    QList<QList<QLayoutItem *>> rows;
    int used = 0;
    for (QLayoutItem *item : visible) {
        const int width = std::min(item->sizeHint().width(), area.width());
        if (rows.isEmpty() || (used > 0 && used + gap + width > area.width())) {
            rows.emplaceBack();
            used = 0;
        }
        used += (used > 0 ? gap : 0) + width;
        rows.last().append(item);
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &row : rows) {
        QList<int> widths;
        int total = 0;
        int height = 0;
        int growing = 0;
        for (QLayoutItem *item : row) {
            const int width =
                std::clamp(item->sizeHint().width(), std::min(item->minimumSize().width(), area.width()), area.width());
            widths.append(width);
            total += width;
            height = std::max(height, item->sizeHint().height());
            if (m_stretch || (item->expandingDirections() & Qt::Horizontal)) {
                ++growing;
            }
        }
        total += gap * int(row.size() - 1);
        int spare = std::max(0, area.width() - total);
        if (apply) {
            int x = area.x();
            for (int i = 0; i < row.size(); ++i) {
                QLayoutItem *item = row.at(i);
                int width = widths.at(i);
                if (growing > 0 && (m_stretch || (item->expandingDirections() & Qt::Horizontal))) {
                    const int share = spare / growing;
                    width += share;
                    spare -= share;
                    --growing;
                }
                const int itemHeight = m_stretch ? height : std::min(height, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height + verticalGap();
    }
    if (!rows.isEmpty()) {
        y -= verticalGap();
    }
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace Brankas
