// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>

class QWidget;

namespace Brankas::Messages {

// The one way a page shows a refusal from core: a message box in the UI language whose buttons
// are translated too (Qt ships no Indonesian for its own). Nothing core refuses fails silently.
void showError(QWidget *parent, const Error &error);
// Asks before something that cannot be undone; the default button is the safe one.
bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText);

} // namespace Brankas::Messages
