// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace Brankas {

// A form that is taller than a short screen (a laptop at 125 %, 614 logical pixels high) scrolls
// up and down inside its dialog, while the dialog's buttons stay in view below it. It never
// scrolls sideways: it is as wide as its content needs. Where the screen is tall enough it asks
// for the content's whole height, so nothing scrolls at all.
class VerticalScroll : public QScrollArea
{
    Q_OBJECT

public:
    // Takes the content, a widget holding the form.
    explicit VerticalScroll(QWidget *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

// Opens a dialog at the size its contents ask for, as far as the screen has room for it (Qt would
// stop at two thirds of the screen's height and make a scrolling form scroll for nothing).
void openAtNaturalSize(QWidget &dialog);

} // namespace Brankas
