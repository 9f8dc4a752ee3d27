// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace Brankas {

class LanguageSwitcher;

// Renders the window, signed in to a demo vault, in Indonesian and in English, as PNG files named
// <lang>-<screen>.png in the folder: the sign-in card, every section, and the dialogs and wizard
// steps those sections open. For the README and for judging the look on an office's screen.
//
// The screen is given in logical pixels (1280x720 for 1920x1080 at 150 %); the window gets what a
// maximized window has on it, less a taskbar and a title bar. Whatever needs more room than that,
// or is squeezed below what its layout needs, or scrolls sideways, is listed in `crowded`.
struct TourResult
{
    int written = 0;
    QStringList errors;
    QStringList crowded;
    // Icon-only buttons without an accessible name or tooltip, controls Tab never reaches.
    QStringList keyboard;
    // "id accounts 1024x696: needs 786x540", one line per window, page, dialog and step.
    QStringList measured;
};

// Room a maximized window has on a screen of this size, in logical pixels.
QSize roomOnScreen(QSize screen);
TourResult renderScreenshotTour(const QString &folder, LanguageSwitcher &language, QSize screen);

} // namespace Brankas
