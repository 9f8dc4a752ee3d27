// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStyle>

class QLabel;
class QWidget;

namespace Brankas::Look {

// The few shared pieces of the windows' look: labels that never read their text as HTML, font
// sizes relative to the system font (so the officer's own size setting still counts), and one
// style sheet. Boxes that signal something carry an icon and a heading too, never colour alone.

QLabel *label(QWidget *parent, const QString &objectName, bool wrap = true);
QLabel *icon(QWidget *parent, QStyle::StandardPixmap pixmap, int size);
void setFont(QWidget *widget, qreal scale, QFont::Weight weight = QFont::Normal);
// Secondary text (field names, hints): between the text and background colours of the theme.
void setMuted(QWidget *widget);
QString styleSheet();

} // namespace Brankas::Look
