// SPDX-License-Identifier: GPL-3.0-or-later
// ReportLayout: a QR code with its lines of text (the public list of official accounts).
#include "compactpdfwriter.h"
#include "qrcodebatch.h"
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTransform>

#include <cmath>
#include <vector>

namespace Brankas {

using namespace ReportMetrics;

namespace {
// The blank margin a reader needs around the code, in modules (ISO/IEC 18004).
constexpr int QuietZone = 4;
constexpr double TextGapMm = 6;
constexpr double TitleScale = 1.35;

// The height QTextLine gives a line of this font: rounded up to whole device pixels, so a line
// drawn without a QTextLayout lands exactly where a laid-out one would.
double lineHeight(const QFontMetricsF &metrics)
{
    return std::ceil(metrics.height());
}
} // namespace

double ReportLayout::qrCardHeight(const ReportQrCard &card, quint8 *wrapped) const
{
    const double textWidth = m_width - mm(card.codeMm + TextGapMm);
    // The compact writer measures a line as it sets it, from the font file, without Qt's shaping.
    const auto *compact = dynamic_cast<const CompactPdfWriter *>(&m_device);
    double text = 0;
    for (int i = 0; i < card.lines.size(); ++i) {
        const QFont lineFont = font(i == 0 ? card.pointSize * TitleScale : card.pointSize, i == 0);
        // A line that fits is measured without a QTextLayout, and painted with one drawText(): the
        // national list has 90,000 of these lines, nearly all short.
        const QFontMetricsF metrics(lineFont, &m_device);
        const auto lineWidth = [&] {
            const std::optional<qreal> set = compact ? compact->lineWidth(lineFont, card.lines[i]) : std::nullopt;
            return set ? *set : metrics.horizontalAdvance(card.lines[i]);
        };
        if (i < 8 && !card.lines[i].contains(QLatin1Char('\n')) && lineWidth() <= textWidth) {
            text += lineHeight(metrics) * ParagraphSpacing;
            continue;
        }
        if (wrapped && i < 8) { // the lines past the eighth are always laid out
            *wrapped |= quint8(1U << i);
        }
        text += textHeight(*layoutText(card.lines[i], lineFont, textWidth, Qt::AlignLeft)) * ParagraphSpacing;
    }
    return std::max(mm(card.codeMm), text + mm(QuietZone * card.codeMm / (card.codeSize() + 2 * QuietZone)));
}

void ReportLayout::paintQrCard(QPainter &painter, const ReportQrCard &card, double y, quint8 wrapped) const
{
    static const QrCode none;
    const QrCode *code = &card.code;
    if (card.batch) {
        // Waits for the code, or encodes it here, if the other cores have not got to it yet. One
        // that could not be encoded is left out; paintReportPages() then refuses the report.
        const Result<QrCode> &encoded = card.batch->at(card.batchIndex);
        code = encoded ? &encoded.value() : &none;
    }
    const int size = code->size();
    if (size > 0) {
        const double module = mm(card.codeMm) / (size + 2 * QuietZone);
        // The dark modules as the rectangles QrCode merged them into (on the core that encoded
        // it), in module units under a transform that scales a module to its size on paper: the
        // PDF then writes "4 11 7 1 re" instead of four numbers with nine digits each, a quarter of
        // the bytes to format and deflate (the national list has about 3.5 million). Filled in one
        // drawRects() call: vector, so they stay sharp at any print size, with no hairline seams
        // between neighbours.
        const std::vector<QrCode::Rect> &merged = code->rects();
        QList<QRectF> rects;
        rects.reserve(qsizetype(merged.size()));
        for (const QrCode::Rect &rect : merged) {
            rects.append(QRectF(QuietZone + rect.x, QuietZone + rect.y, rect.width, rect.height));
        }
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.setTransform(QTransform(module, 0, 0, module, 0, y), true); // a module is 1 x 1
        painter.drawRects(rects.constData(), int(rects.size()));
        painter.restore();
    }
    // The compact writer sets a line's text from its font file: Qt's shaping for drawText() would
    // be done for nothing (the national list has 90,000 of these lines).
    auto *compact = dynamic_cast<CompactPdfWriter *>(painter.device());
    const double left = mm(card.codeMm + TextGapMm);
    double lineY = y + mm(QuietZone * card.codeMm / (card.codeSize() + 2 * QuietZone));
    for (int i = 0; i < card.lines.size(); ++i) {
        const QFont lineFont = font(i == 0 ? card.pointSize * TitleScale : card.pointSize, i == 0);
        painter.setPen(Qt::black);
        if (i < 8 && (wrapped & (1U << i)) == 0) {
            const QFontMetricsF metrics(lineFont, &m_device);
            const QPointF baseline(left, lineY + metrics.ascent());
            if (compact) {
                compact->drawTextLine(painter, lineFont, baseline, card.lines[i]);
            } else {
                painter.setFont(lineFont);
                painter.drawText(baseline, card.lines[i]);
            }
            lineY += lineHeight(metrics) * ParagraphSpacing;
            continue;
        }
        auto layout = layoutText(card.lines[i], lineFont, m_width - left, Qt::AlignLeft);
        layout->draw(&painter, QPointF(left, lineY));
        lineY += textHeight(*layout) * ParagraphSpacing;
    }
}

} // namespace Brankas
