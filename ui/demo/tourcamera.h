// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshottour.h"

#include <QString>
#include <QTimer>

class QWidget;

namespace Brankas {

// Takes the tour's pictures and measures each window it shows against the room the screen gives.
class TourCamera
{
public:
    TourCamera(const QString &folder, QSize room, TourResult &result);

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    // Lets pages fill themselves (they do after a zero timer), then saves and measures.
    void take(QWidget &window, const QString &name);
    // A dialog or wizard opens at its own size, at most the room; then as take().
    void takeDialog(QWidget &dialog, const QString &name);

private:
    QString m_folder;
    QSize m_room;
    QString m_prefix;
    TourResult &m_result;
    // Closes a message box a step opens in its own event loop (a refusal), which would otherwise
    // wait for a click that never comes, and counts it as an error of the tour.
    QTimer m_watch;
};

void settle();

} // namespace Brankas
