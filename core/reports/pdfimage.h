// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace Brankas {

class PdfStreamFile;

// An image XObject: 8-bit RGB, its alpha channel (if any) as a soft mask, both deflated.
void writePdfImage(PdfStreamFile &file, int number, const QImage &image);

} // namespace Brankas
