// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace Brankas {

// Lays its widgets out in rows, left to right, and starts a new row when the next one no longer
// fits, so a filter bar or a row of tiles wraps on a narrow screen instead of pushing the window
// wider than the screen. In each row the space left over goes to the items that expand
// horizontally (a search field), or, when stretch is on, to all of them alike (tiles).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    // Every item in a row widens to share the row's width (tiles of one height and look).
    void setStretchItems(bool stretch) { m_stretch = stretch; }
    // Between rows; the horizontal spacing when not set.
    void setVerticalSpacing(int spacing) { m_verticalSpacing = spacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    bool m_stretch = false;
    int m_verticalSpacing = -1;
};

} // namespace Brankas
