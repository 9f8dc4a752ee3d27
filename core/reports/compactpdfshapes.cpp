// SPDX-License-Identifier: GPL-3.0-or-later
// CompactPdfEngine: rectangles, lines and paths, and the graphics state they are drawn in.
#include "compactpdfengine.h"

#include "pdfsyntax.h"

#include <QPainterPath>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace Brankas {

using namespace PdfSyntax;

namespace {
int capOf(Qt::PenCapStyle cap)
{
    return cap == Qt::FlatCap ? 0 : cap == Qt::RoundCap ? 1 : 2;
}

int joinOf(Qt::PenJoinStyle join)
{
    return join == Qt::RoundJoin ? 1 : join == Qt::BevelJoin ? 2 : 0;
}

void appendColor(QByteArray &out, QRgb color, const char *gray, const char *rgb)
{
    if (qRed(color) == qGreen(color) && qGreen(color) == qBlue(color)) {
        appendNumber(out, qRed(color) / 255.0, 3);
        out.append(gray);
        return;
    }
    appendNumber(out, qRed(color) / 255.0, 3);
    appendNumber(out, qGreen(color) / 255.0, 3);
    appendNumber(out, qBlue(color) / 255.0, 3);
    out.append(rgb);
}
} // namespace

void CompactPdfEngine::beginShape()
{
    m_transformed = !m_transform.isIdentity();
    if (!m_transformed) {
        return;
    }
    if (m_pen.isCosmetic() && m_pen.widthF() > 0 && strokes()) {
        refuse("a cosmetic pen under a transform");
    }
    m_outside = m_written;
    m_page.append("q ");
    appendNumber(m_page, m_transform.m11(), 4);
    appendNumber(m_page, m_transform.m12(), 4);
    appendNumber(m_page, m_transform.m21(), 4);
    appendNumber(m_page, m_transform.m22(), 4);
    appendNumber(m_page, m_transform.dx(), 2);
    appendNumber(m_page, m_transform.dy(), 2);
    m_page.append("cm\n");
}

void CompactPdfEngine::beginShape(bool fill, bool stroke)
{
    beginShape();
    if (fill) {
        setFill(m_brush.color());
    }
    if (stroke) {
        setStroke();
    }
}

void CompactPdfEngine::endShape()
{
    if (m_transformed) {
        m_page.append("Q\n");
        m_written = m_outside;
        m_transformed = false;
    }
}

void CompactPdfEngine::setFill(const QColor &color)
{
    const QRgb rgb = color.rgb();
    if (rgb != m_written.fill) {
        appendColor(m_page, rgb, "g\n", "rg\n");
        m_written.fill = rgb;
    }
}

void CompactPdfEngine::setStroke()
{
    const QRgb rgb = m_pen.color().rgb();
    if (rgb != m_written.stroke) {
        appendColor(m_page, rgb, "G\n", "RG\n");
        m_written.stroke = rgb;
    }
    const double width = m_pen.widthF();
    if (width != m_written.lineWidth) {
        appendNumber(m_page, width, 3);
        m_page.append("w\n");
        m_written.lineWidth = width;
    }
    if (const int cap = capOf(m_pen.capStyle()); cap != m_written.cap) {
        appendInteger(m_page, cap);
        m_page.append("J\n");
        m_written.cap = cap;
    }
    if (const int join = joinOf(m_pen.joinStyle()); join != m_written.join) {
        appendInteger(m_page, join);
        m_page.append("j\n");
        m_written.join = join;
    }
}

void CompactPdfEngine::point(const QPointF &p)
{
    appendNumber(m_page, p.x());
    appendNumber(m_page, p.y());
}

void CompactPdfEngine::paintPath(bool fill, bool stroke, bool evenOdd)
{
    if (fill && stroke) {
        m_page.append(evenOdd ? "B*\n" : "B\n");
    } else if (fill) {
        m_page.append(evenOdd ? "f*\n" : "f\n");
    } else {
        m_page.append(stroke ? "S\n" : "n\n");
    }
}

void CompactPdfEngine::drawRects(const QRectF *rects, int rectCount)
{
    const bool fill = fills(true);
    const bool stroke = strokes();
    if (rectCount <= 0 || (!fill && !stroke)) {
        return;
    }
    beginShape(fill, stroke);
    for (int i = 0; i < rectCount; ++i) {
        const double values[4] = {rects[i].x(), rects[i].y(), rects[i].width(), rects[i].height()};
        // A QR code's modules are whole numbers (the national list has 3.5 million of them): each
        // rectangle one append, not five.
        if (std::all_of(std::begin(values), std::end(values),
                        [](double value) { return std::abs(value) < 1e9 && value == double(qint32(value)); })) {
            char buffer[64];
            char *end = buffer;
            for (const double value : values) {
                end = std::to_chars(end, buffer + sizeof buffer, qint32(value)).ptr;
                *end++ = ' ';
            }
            *end++ = 'r';
            *end++ = 'e';
            *end++ = '\n';
            m_page.append(buffer, qsizetype(end - buffer));
            continue;
        }
        point(rects[i].topLeft());
        appendNumber(m_page, rects[i].width());
        appendNumber(m_page, rects[i].height());
        m_page.append("re\n");
    }
    paintPath(fill, stroke, false);
    endShape();
}

void CompactPdfEngine::drawLines(const QLineF *lines, int lineCount)
{
    if (lineCount <= 0 || !strokes()) {
        return;
    }
    beginShape();
    setStroke();
    for (int i = 0; i < lineCount; ++i) {
        point(lines[i].p1());
        m_page.append("m ");
        point(lines[i].p2());
        m_page.append("l\n");
    }
    m_page.append("S\n");
    endShape();
}

void CompactPdfEngine::drawPath(const QPainterPath &path)
{
    const bool fill = fills(true);
    const bool stroke = strokes();
    if (path.isEmpty() || (!fill && !stroke)) {
        return;
    }
    beginShape(fill, stroke);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        point(element);
        if (element.isMoveTo()) {
            m_page.append("m\n");
        } else if (element.isLineTo()) {
            m_page.append("l\n");
        } else if (element.isCurveTo() && i + 2 < path.elementCount()) {
            point(path.elementAt(i + 1));
            point(path.elementAt(i + 2));
            m_page.append("c\n");
            i += 2;
        }
    }
    paintPath(fill, stroke, path.fillRule() == Qt::OddEvenFill);
    endShape();
}

void CompactPdfEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    const bool fill = fills(mode != PolylineMode);
    const bool stroke = strokes();
    if (pointCount <= 0 || (!fill && !stroke)) {
        return;
    }
    beginShape(fill, stroke);
    for (int i = 0; i < pointCount; ++i) {
        point(points[i]);
        m_page.append(i == 0 ? "m\n" : "l\n");
    }
    if (mode != PolylineMode) {
        m_page.append("h\n");
    }
    paintPath(fill, stroke, mode == OddEvenMode);
    endShape();
}

} // namespace Brankas
