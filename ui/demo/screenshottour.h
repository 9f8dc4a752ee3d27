#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace Brankas {

class LanguageSwitcher;

// Renders the main screens of the window, signed in to a demo vault, in Indonesian and in English,
// as PNG files named <lang>-<screen>.png in the folder. For the README and for judging the look.
// Returns the number of files written; the error list says which could not be.
struct TourResult
{
    int written = 0;
    QStringList errors;
};

TourResult renderScreenshotTour(const QString &folder, LanguageSwitcher &language, QSize size);

} // namespace Brankas
