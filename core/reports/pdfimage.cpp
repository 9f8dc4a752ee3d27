// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimage.h"

#include "pdfstreamfile.h"
#include "pdfsyntax.h"

namespace Brankas {

using namespace PdfSyntax;

void writePdfImage(PdfStreamFile &file, int number, const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    QByteArray pixels;
    pixels.reserve(qsizetype(rgb.width()) * rgb.height() * 3);
    for (int y = 0; y < rgb.height(); ++y) {
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), qsizetype(rgb.width()) * 3);
    }
    QByteArray dictionary("/Type/XObject/Subtype/Image/Width ");
    appendInteger(dictionary, rgb.width());
    dictionary.append("/Height ");
    appendInteger(dictionary, rgb.height());
    dictionary.append("/ColorSpace/DeviceRGB/BitsPerComponent 8");
    if (image.hasAlphaChannel()) {
        const QImage alpha = image.convertToFormat(QImage::Format_Alpha8);
        QByteArray mask;
        mask.reserve(qsizetype(alpha.width()) * alpha.height());
        for (int y = 0; y < alpha.height(); ++y) {
            mask.append(reinterpret_cast<const char *>(alpha.constScanLine(y)), alpha.width());
        }
        const int maskNumber = file.reserve();
        QByteArray maskDictionary("/Type/XObject/Subtype/Image/Width ");
        appendInteger(maskDictionary, alpha.width());
        maskDictionary.append("/Height ");
        appendInteger(maskDictionary, alpha.height());
        maskDictionary.append("/ColorSpace/DeviceGray/BitsPerComponent 8");
        file.writeStream(maskNumber, mask, maskDictionary);
        dictionary.append("/SMask ");
        appendInteger(dictionary, maskNumber);
        dictionary.append("0 R");
    }
    file.writeStream(number, pixels, dictionary);
}

} // namespace Brankas
