// SPDX-License-Identifier: GPL-3.0-or-later
// ReportLayout: a QR code with its lines of text (the public list of official accounts).
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <map>

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
        // The dark modules as few rectangles as they make: each row's runs, merged with the same run
        // in the rows below. Filled in one drawRects() call, the PDF holds them as "re" operators
        // filled once: vector, so they stay sharp at any print size, with no hairline seams between
        // neighbours, and about a third of the bytes of a path (the national list has 22,000 codes).
        QList<QRectF> rects;
        std::map<std::pair<int, int>, int> open; // run [start, end) -> its rectangle in `rects`
        for (int row = 0; row <= size; ++row) {
            std::map<std::pair<int, int>, int> next;
            for (int column = 0; row < size && column < size;) {
                if (!card.code.isDark(column, row)) {
                    ++column;
                    continue;
                }
                const int start = column;
                while (column < size && card.code.isDark(column, row)) {
                    ++column;
                }
                const std::pair run{start, column};
                if (auto above = open.find(run); above != open.end()) {
                    rects[above->second].setBottom(rects[above->second].bottom() + module);
                    next.emplace(run, above->second);
                } else {
                    next.emplace(run, int(rects.size()));
                    rects.append(QRectF((QuietZone + start) * module, y + (QuietZone + row) * module,
                                        (column - start) * module, module));
                }
            }
            open = std::move(next);
        }
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawRects(rects.constData(), int(rects.size()));
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
