// SPDX-License-Identifier: GPL-3.0-or-later
// ReportLayout: drawing one page of a paginated report.
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace Brankas {

using namespace ReportMetrics;

namespace {
const QColor RuleColor(0x40, 0x40, 0x40);
const QColor HeaderFill(0xE6, 0xE6, 0xE6);
const QColor FooterColor(0x55, 0x55, 0x55);

QString pageLabel(Language language, int page, int pages)
{
    return language == Language::Indonesian ? QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)
                                            : QStringLiteral("Page %1 of %2").arg(page).arg(pages);
}

void drawLayout(QPainter &painter, const QTextLayout &layout, const QPointF &origin, double spacing)
{
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        line.draw(&painter, QPointF(origin.x(), origin.y() + line.y() * spacing - line.y()));
    }
}
} // namespace

void ReportLayout::paintText(QPainter &painter, const QString &text, const QFont &textFont, const QRectF &box,
                             Qt::Alignment alignment) const
{
    const QFontMetricsF metrics(textFont, &m_device);
    if (!text.contains(QLatin1Char('\n'))) {
        const double advance = metrics.horizontalAdvance(text);
        if (advance <= box.width()) {
            double x = box.left();
            if (alignment & Qt::AlignHCenter) {
                x += (box.width() - advance) / 2;
            } else if (alignment & Qt::AlignRight) {
                x += box.width() - advance;
            }
            painter.setFont(textFont);
            painter.drawText(QPointF(x, box.top() + metrics.ascent()), text);
            return;
        }
    }
    auto layout = layoutText(text, textFont, box.width(), alignment);
    layout->draw(&painter, box.topLeft());
}

void ReportLayout::paintParagraph(QPainter &painter, const ReportParagraph &paragraph, double y) const
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun &run : paragraph.runs) {
        if (run.bold || run.underline) {
            QTextCharFormat format;
            if (run.bold) {
                format.setFontWeight(QFont::Bold);
            }
            format.setFontUnderline(run.underline);
            formats.append({int(text.size()), int(run.text.size()), format});
        }
        text += run.text;
    }
    const double indent = mm(paragraph.indentMm);
    drawLayout(painter, repeatedLayout(text, font(paragraph.pointSize), m_width - indent, paragraph.alignment, formats),
               QPointF(indent, y), ParagraphSpacing);
}

void ReportLayout::paintFields(QPainter &painter, const ReportFields &fields, double y) const
{
    const QFont textFont = font(fields.pointSize);
    const QFontMetricsF metrics(textFont, &m_device);
    const double labelX = mm(fields.indentMm);
    const double colonX = labelX + mm(fields.labelWidthMm);
    const double valueX = colonX + mm(3);
    painter.setFont(textFont);
    if (!fields.marker.isEmpty()) {
        painter.drawText(QPointF(0, y + metrics.ascent()), fields.marker);
    }
    for (const auto &[label, value] : fields.rows) {
        painter.drawText(QPointF(labelX, y + metrics.ascent()), label);
        painter.drawText(QPointF(colonX, y + metrics.ascent()), QStringLiteral(":"));
        auto layout = layoutText(value, textFont, m_width - valueX, Qt::AlignLeft);
        drawLayout(painter, *layout, QPointF(valueX, y), ParagraphSpacing);
        y += std::max(textHeight(*layout), metrics.height()) * ParagraphSpacing;
    }
}

void ReportLayout::paintLetterhead(QPainter &painter, const ReportLetterhead &letterhead, double y) const
{
    const double top = y;
    double textLeft = 0;
    if (!letterhead.logo.isNull()) {
        const double height = mm(24);
        const double width = height * letterhead.logo.width() / std::max(1, letterhead.logo.height());
        painter.drawImage(QRectF(0, y, width, height), letterhead.logo);
        textLeft = width + mm(2);
    }
    const QRectF area(textLeft, y, m_width - 2 * textLeft, 0);
    for (int i = 0; i < letterhead.boldLines.size(); ++i) {
        const QFont lineFont = font(i == 0 ? 14 : 13, true);
        paintText(painter, letterhead.boldLines[i], lineFont, QRectF(area.left(), y, area.width(), 0),
                  Qt::AlignHCenter);
        y += QFontMetricsF(lineFont, &m_device).height();
    }
    for (const QString &line : letterhead.lines) {
        paintText(painter, line, font(9.5), QRectF(area.left(), y, area.width(), 0), Qt::AlignHCenter);
        y += QFontMetricsF(font(9.5), &m_device).height();
    }
    // The kop surat's double rule: a thick line over a thin one.
    const double ruleY = top + letterheadHeight(letterhead) - mm(2.5);
    painter.setPen(QPen(Qt::black, mm(0.7)));
    painter.drawLine(QPointF(0, ruleY), QPointF(m_width, ruleY));
    painter.setPen(QPen(Qt::black, mm(0.25)));
    painter.drawLine(QPointF(0, ruleY + mm(1)), QPointF(m_width, ruleY + mm(1)));
    painter.setPen(Qt::black);
}

double ReportLayout::paintSigner(QPainter &painter, const Signer &signer, double x, double y, double width,
                                 double pointSize) const
{
    const QString *texts[] = {&signer.heading, &signer.role, &signer.position};
    for (const QString *text : texts) {
        if (text->isEmpty()) {
            continue;
        }
        auto layout = layoutText(*text, font(pointSize, text == &signer.heading), width, Qt::AlignHCenter);
        drawLayout(painter, *layout, QPointF(x, y), ParagraphSpacing);
        y += textHeight(*layout) * ParagraphSpacing;
    }
    y += mm(SignatureSpaceMm);
    QFont nameFont = font(pointSize, true);
    nameFont.setUnderline(true);
    const QString name = signer.name.isEmpty() ? QStringLiteral("(.................................)") : signer.name;
    paintText(painter, name, nameFont, QRectF(x, y, width, 0), Qt::AlignHCenter);
    return y + QFontMetricsF(nameFont, &m_device).height() * ParagraphSpacing;
}

void ReportLayout::paintSignatures(QPainter &painter, const ReportSignatures &signatures, double y) const
{
    const double line = QFontMetricsF(font(signatures.pointSize), &m_device).height() * ParagraphSpacing;
    const qsizetype count = std::max<qsizetype>(1, signatures.side.size());
    const double width = m_width / count;
    if (!signatures.placeAndDate.isEmpty()) {
        paintText(painter, signatures.placeAndDate, font(signatures.pointSize),
                  QRectF(width * (count - 1) + mm(2), y, width - mm(4), 0), Qt::AlignHCenter);
        y += line;
    }
    double bottom = y;
    for (qsizetype i = 0; i < signatures.side.size(); ++i) {
        bottom = std::max(bottom, paintSigner(painter, signatures.side[i], width * i + mm(2), y, width - mm(4),
                                              signatures.pointSize));
    }
    if (signatures.centred) {
        paintSigner(painter, *signatures.centred, m_width / 4, bottom + mm(4), m_width / 2, signatures.pointSize);
    }
}

void ReportLayout::paintRow(QPainter &painter, const ReportTable &table, const QStringList &row, double y,
                            double height, bool header) const
{
    const QList<double> widths = columnWidths(table);
    const QFont cellFont = font(table.pointSize, header);
    const double padding = mm(CellPaddingMm);
    double x = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QRectF cell(x, y, widths[i], height);
        if (header) {
            painter.fillRect(cell, HeaderFill);
        }
        painter.drawRect(cell);
        if (i < row.size() && !row[i].isEmpty()) {
            const Qt::Alignment alignment = header ? Qt::AlignHCenter : table.columns[i].alignment;
            paintText(painter, row[i], cellFont,
                      QRectF(x + padding, y + mm(CellPaddingMm * 0.8), widths[i] - 2 * padding, 0), alignment);
        }
        x += widths[i];
    }
}

void ReportLayout::paintFooter(QPainter &painter, int index) const
{
    const double top = m_bodyHeight + mm(FooterMm - 6.5);
    painter.setPen(QPen(FooterColor, mm(0.2)));
    painter.drawLine(QPointF(0, top), QPointF(m_width, top));
    const QFont footerFont = font(7.5);
    const QString pages = pageLabel(m_document.language, index + 1, pageCount());
    const double pagesWidth = QFontMetricsF(footerFont, &m_device).horizontalAdvance(pages);
    paintText(painter, m_document.footer, footerFont, QRectF(0, top + mm(1), m_width - pagesWidth - mm(4), 0),
              Qt::AlignLeft);
    paintText(painter, pages, footerFont, QRectF(m_width - pagesWidth, top + mm(1), pagesWidth, 0), Qt::AlignRight);
    if (!m_document.stamp.isEmpty()) {
        painter.setPen(Qt::darkGray);
        const QFont stampFont = font(9, true);
        const double stampWidth = QFontMetricsF(stampFont, &m_device).horizontalAdvance(m_document.stamp);
        paintText(painter, m_document.stamp, stampFont, QRectF(m_width - stampWidth, -mm(8), stampWidth, 0),
                  Qt::AlignRight);
    }
    painter.setPen(Qt::black);
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    painter.setPen(QPen(Qt::black, mm(0.2)));
    for (const Placement &placement : m_pages[size_t(index)]) {
        const ReportBlock &block = m_document.blocks[size_t(placement.block)];
        if (const auto *p = std::get_if<ReportParagraph>(&block)) {
            paintParagraph(painter, *p, placement.y);
        } else if (const auto *f = std::get_if<ReportFields>(&block)) {
            paintFields(painter, *f, placement.y);
        } else if (const auto *l = std::get_if<ReportLetterhead>(&block)) {
            paintLetterhead(painter, *l, placement.y);
        } else if (const auto *s = std::get_if<ReportSignatures>(&block)) {
            paintSignatures(painter, *s, placement.y);
        } else if (const auto *q = std::get_if<ReportQrCard>(&block)) {
            paintQrCard(painter, *q, placement.y, m_wrapped[size_t(placement.block)]);
        } else if (const auto *c = std::get_if<ReportChart>(&block); c && m_document.chartPainter) {
            painter.save();
            m_document.chartPainter->paint(painter, QRectF(0, placement.y, m_width, mm(c->heightMm)), *c, m_family);
            painter.restore();
        } else if (const auto *t = std::get_if<ReportTable>(&block)) {
            QStringList headers;
            for (const ReportColumn &column : t->columns) {
                headers << column.header;
            }
            const double header = headerHeight(*t);
            painter.setPen(QPen(RuleColor, mm(0.2)));
            paintRow(painter, *t, headers, placement.y, header, true);
            double y = placement.y + header;
            const auto &heights = m_rowHeights[size_t(placement.block)];
            for (int row = placement.from; row < placement.to; ++row) {
                paintRow(painter, *t, t->rows[row], y, heights[size_t(row)], false);
                y += heights[size_t(row)];
            }
            painter.setPen(QPen(Qt::black, mm(0.2)));
        }
    }
    paintFooter(painter, index);
}

} // namespace Brankas
