// SPDX-License-Identifier: GPL-3.0-or-later
// ReportLayout: a QR code with its lines of text (the public list of official accounts).
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace Brankas {

using namespace ReportMetrics;

namespace {
// The blank margin a reader needs around the code, in modules (ISO/IEC 18004).
constexpr int QuietZone = 4;
constexpr double TextGapMm = 6;
constexpr double TitleScale = 1.35;
} // namespace

double ReportLayout::qrCardHeight(const ReportQrCard &card) const
{
    const double textWidth = m_width - mm(card.codeMm + TextGapMm);
    double text = 0;
    for (int i = 0; i < card.lines.size(); ++i) {
        const QFont lineFont = font(i == 0 ? card.pointSize * TitleScale : card.pointSize, i == 0);
        text += textHeight(*layoutText(card.lines[i], lineFont, textWidth, Qt::AlignLeft)) * ParagraphSpacing;
    }
    return std::max(mm(card.codeMm), text + mm(QuietZone * card.codeMm / (card.code.size() + 2 * QuietZone)));
}

void ReportLayout::paintQrCard(QPainter &painter, const ReportQrCard &card, double y) const
{
    const int size = card.code.size();
    if (size > 0) {
        const double module = mm(card.codeMm) / (size + 2 * QuietZone);
        // One path of the dark runs of each row, filled once: vector rectangles that stay sharp at
        // any print size, and no hairline seams between neighbouring modules as separate fills leave.
        QPainterPath dark;
        dark.setFillRule(Qt::WindingFill);
        for (int row = 0; row < size; ++row) {
            for (int column = 0; column < size;) {
                if (!card.code.isDark(column, row)) {
                    ++column;
                    continue;
                }
                const int start = column;
                while (column < size && card.code.isDark(column, row)) {
                    ++column;
                }
                dark.addRect(QRectF((QuietZone + start) * module, y + (QuietZone + row) * module,
                                    (column - start) * module, module));
            }
        }
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(dark, Qt::black);
        painter.restore();
    }
    const double left = mm(card.codeMm + TextGapMm);
    double lineY = y + mm(QuietZone * card.codeMm / (size + 2 * QuietZone));
    for (int i = 0; i < card.lines.size(); ++i) {
        const QFont lineFont = font(i == 0 ? card.pointSize * TitleScale : card.pointSize, i == 0);
        auto layout = layoutText(card.lines[i], lineFont, m_width - left, Qt::AlignLeft);
        painter.setPen(Qt::black);
        layout->draw(&painter, QPointF(left, lineY));
        lineY += textHeight(*layout) * ParagraphSpacing;
    }
}

} // namespace Brankas
