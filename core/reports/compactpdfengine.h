// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfembeddedfont.h"
#include "pdfstreamfile.h"

#include <QBrush>
#include <QImage>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPen>
#include <QTransform>

#include <memory>
#include <optional>
#include <vector>

namespace Brankas {

// The paint engine of CompactPdfWriter: what QPainter draws, as PDF operators in the page's
// content stream. Text runs become one TJ array each in an embedded font (see PdfEmbeddedFont),
// rectangles "re", lines and paths their path operators, images an XObject written once however
// many pages show it. What reports do not paint (gradients, patterns, dashes, clipping,
// transparency, other fonts, right-to-left text) is not written: unsupported() then says what it
// was, and the caller paints the document with QPdfWriter instead.
class CompactPdfEngine : public QPaintEngine
{
public:
    // Painting coordinates are pixels at `resolution` dots per inch, from the top left corner of
    // the layout's paint rectangle, as on a QPdfWriter of that resolution.
    CompactPdfEngine(const QPageLayout &layout, int resolution);
    ~CompactPdfEngine() override;

    // The integer overloads come to these through QPaintEngine's own conversions.
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &changed) override;
    void drawRects(const QRectF *rects, int rectCount) override;
    void drawLines(const QLineF *lines, int lineCount) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF &rectangle, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &rectangle, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags = Qt::AutoColor) override;
    void drawTextItem(const QPointF &position, const QTextItem &textItem) override;
    Type type() const override { return QPaintEngine::User; }

    // One line of text at `position` (the start of its baseline), as QPainter::drawText() paints
    // it, with the painter's `transform` and pen `color`, but without the shaping QPainter does
    // before it calls drawTextItem(): this engine sets text from the font file itself, so the
    // national public list's 90,000 card lines need not be shaped by Qt as well (a third of the
    // painting's time).
    void drawTextLine(const QTransform &transform, const QColor &color, const QFont &font, const QPointF &position,
                      const QString &text);

    // How wide drawTextLine() sets that line, in painting pixels; none for a font or a character
    // it does not set (measure with Qt then).
    std::optional<qreal> lineWidth(const QFont &font, const QString &text);

    bool newPage();
    // The whole file, once painting has ended; empty if something unsupported was painted.
    QByteArray finish(const QString &title, const QString &creator);
    QString unsupported() const { return m_unsupported; }

private:
    struct Written // the graphics state as the page's stream has it, so nothing is set twice
    {
        QRgb fill = qRgb(0, 0, 0);
        QRgb stroke = qRgb(0, 0, 0);
        double lineWidth = 1;
        int cap = 0;
        int join = 0;
    };

    void refuse(const char *what);
    bool loadFonts();
    bool isReportFont(const QFont &font) const;
    double pixelSize(const QFont &font) const;
    // Text in the report's fonts; `width` is the one Qt laid it out to (spread over its spaces),
    // none for the font's own.
    void writeText(const QFont &font, const QPointF &position, const QString &text, std::optional<qreal> width);
    void startPage();
    void beginShape();
    // beginShape(), then the brush's colour as the fill and the pen as the stroke, where they paint.
    void beginShape(bool fill, bool stroke);
    void endShape();
    void setFill(const QColor &color);
    void setStroke();
    bool fills(bool closed) const { return closed && m_brush.style() == Qt::SolidPattern; }
    bool strokes() const { return m_pen.style() != Qt::NoPen; }
    void paintPath(bool fill, bool stroke, bool evenOdd);
    void point(const QPointF &p);
    int imageNumber(const QImage &image);

    QPageLayout m_layout;
    int m_resolution;
    QByteArray m_pageStart; // the matrix from painting pixels to PDF points
    std::unique_ptr<PdfStreamFile> m_file;
    std::unique_ptr<PdfEmbeddedFont> m_regular; // loaded by begin(): QRawFont needs a QGuiApplication
    std::unique_ptr<PdfEmbeddedFont> m_bold;
    bool m_used[2] = {false, false};
    std::vector<QImage> m_images;

    QByteArray m_page;
    Written m_written;
    Written m_outside; // m_written before a transformed shape's "q"
    bool m_transformed = false;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    QString m_unsupported;
};

} // namespace Brankas
