// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace Brankas {

// Whether a window fits the room a screen gives it: its minimum size within that room, and, laid
// out at its current size, no widget squeezed below what its layout needs (which would clip it)
// and no scroll area but a table's scrolling sideways. Each problem is one line naming the widget,
// for the screenshot tour's test and for whoever fixes it.
namespace RoomCheck {

// The width and height the window cannot go below (its layout's minimum, wrapped rows included).
QSize neededSize(const QWidget &window);
QStringList problems(const QWidget &window, QSize room);

} // namespace RoomCheck
} // namespace Brankas
