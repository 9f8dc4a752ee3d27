// SPDX-License-Identifier: GPL-3.0-or-later
#include "verticalscroll.h"

#include <QScreen>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace Brankas {

namespace {
// A few lines of the form at the least, so a very short screen still shows where it is.
constexpr int MinimumLines = 6;
} // namespace

VerticalScroll::VerticalScroll(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("verticalScroll"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
}

QSize VerticalScroll::sizeHint() const
{
    // The scroll bar's width is kept free, so it never covers the form when it appears.
    const QSize content = widget()->sizeHint().expandedTo(widget()->minimumSizeHint());
    return {content.width() + verticalScrollBar()->sizeHint().width(), content.height()};
}

QSize VerticalScroll::minimumSizeHint() const
{
    const QSize content = widget()->minimumSizeHint();
    const int lines = fontMetrics().lineSpacing() * MinimumLines;
    return {content.width() + verticalScrollBar()->sizeHint().width(), std::min(content.height(), lines)};
}

void openAtNaturalSize(QWidget &dialog)
{
    // The window's title bar is outside the room the screen gives its contents.
    const int titleBar = dialog.style()->pixelMetric(QStyle::PM_TitleBarHeight);
    const QSize room = dialog.screen()->availableGeometry().size() - QSize(0, titleBar);
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()).boundedTo(room));
}

} // namespace Brankas
