// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Brankas {

// What an officer without a mouse, or with a screen reader, would miss in a window as it is shown
// now: buttons that say nothing (an icon only, with no accessible name or no tooltip) and controls
// the Tab key never reaches. One line per problem, naming the widget.
namespace KeyboardCheck {

QStringList unnamedButtons(const QWidget &window);
QStringList unreachable(const QWidget &window);

} // namespace KeyboardCheck
} // namespace Brankas
