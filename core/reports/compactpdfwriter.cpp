// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactpdfwriter.h"

#include "compactpdfengine.h"

#include <climits>

namespace Brankas {

CompactPdfWriter::CompactPdfWriter(const QPageLayout &layout)
    : m_layout(layout)
    , m_engine(std::make_unique<CompactPdfEngine>(layout, Resolution))
{}

CompactPdfWriter::~CompactPdfWriter() = default;

bool CompactPdfWriter::newPage()
{
    return m_engine->newPage();
}

void CompactPdfWriter::drawTextLine(const QPainter &painter, const QFont &font, const QPointF &position,
                                    const QString &text)
{
    if (painter.pen().style() == Qt::NoPen) {
        return; // as QPainter::drawText()
    }
    m_engine->drawTextLine(painter.combinedTransform(), painter.pen().color(), font, position, text);
}

std::optional<qreal> CompactPdfWriter::lineWidth(const QFont &font, const QString &text) const
{
    return m_engine->lineWidth(font, text);
}

QByteArray CompactPdfWriter::finish()
{
    return m_engine->finish(m_title, m_creator);
}

QString CompactPdfWriter::unsupported() const
{
    return m_engine->unsupported();
}

QPaintEngine *CompactPdfWriter::paintEngine() const
{
    return m_engine.get();
}

int CompactPdfWriter::metric(PaintDeviceMetric metric) const
{
    // The same numbers QPdfWriter gives (QPdfEngine::metric): the paint rectangle in whole pixels.
    const QRect pixels = m_layout.paintRectPixels(Resolution);
    const QRectF millimetres = m_layout.paintRect(QPageLayout::Millimeter);
    switch (metric) {
    case PdmWidth:
        return pixels.width();
    case PdmHeight:
        return pixels.height();
    case PdmWidthMM:
        return qRound(millimetres.width());
    case PdmHeightMM:
        return qRound(millimetres.height());
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return Resolution;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

} // namespace Brankas
