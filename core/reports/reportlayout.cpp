// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextOption>

namespace Brankas {

using namespace ReportMetrics;

namespace {

template <typename T> const T *blockAs(const ReportDocument &document, int index)
{
    return std::get_if<T>(&document.blocks[size_t(index)]);
}

QString withLineBreaks(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}
} // namespace

ReportLayout::ReportLayout(const ReportDocument &document, QPaintDevice &device, const QString &fontFamily)
    : m_document(document)
    , m_device(device)
    , m_family(fontFamily)
    , m_dpi(device.logicalDpiY())
    , m_width(device.width())
    , m_pageHeight(device.height())
{
    m_bodyHeight = m_pageHeight - mm(FooterMm);
}

QFont ReportLayout::font(double pointSize, bool bold) const
{
    QFont result(m_family);
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    // Hinting snaps glyphs to the device's pixels; without it a page measures the same on paper,
    // in a PDF and in the preview.
    result.setHintingPreference(QFont::PreferNoHinting);
    return result;
}

std::unique_ptr<QTextLayout> ReportLayout::layoutText(const QString &text, const QFont &textFont, double width,
                                                      Qt::Alignment alignment,
                                                      const QList<QTextLayout::FormatRange> &formats) const
{
    auto layout = std::make_unique<QTextLayout>(withLineBreaks(text), textFont, &m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

const QTextLayout &ReportLayout::repeatedLayout(const QString &text, const QFont &textFont, double width,
                                                Qt::Alignment alignment,
                                                const QList<QTextLayout::FormatRange> &formats) const
{
    // Bounded: a report of many different paragraphs does not keep them all.
    constexpr qsizetype Kept = 64;
    QString key = textFont.key() + QLatin1Char('|') + QString::number(width, 'g', 17) + QLatin1Char('|') +
                  QString::number(int(alignment));
    for (const QTextLayout::FormatRange &range : formats) {
        key += QStringLiteral("|%1,%2,%3,%4")
                   .arg(range.start)
                   .arg(range.length)
                   .arg(range.format.fontWeight())
                   .arg(range.format.fontUnderline());
    }
    key += QLatin1Char('|') + text;
    if (const auto kept = m_repeated.constFind(key); kept != m_repeated.cend()) {
        return **kept;
    }
    if (m_repeated.size() >= Kept) {
        m_repeated.clear();
    }
    std::shared_ptr<QTextLayout> layout = layoutText(text, textFont, width, alignment, formats);
    return *m_repeated.insert(key, std::move(layout)).value();
}

double ReportLayout::textHeight(const QTextLayout &layout) const
{
    const int count = layout.lineCount();
    if (count == 0) {
        return 0;
    }
    const QTextLine last = layout.lineAt(count - 1);
    return last.y() + last.height();
}

double ReportLayout::paragraphHeight(const ReportParagraph &paragraph) const
{
    QString text;
    for (const TextRun &run : paragraph.runs) {
        text += run.text;
    }
    const QFont textFont = font(paragraph.pointSize);
    return textHeight(repeatedLayout(text, textFont, m_width - mm(paragraph.indentMm), paragraph.alignment)) *
           ParagraphSpacing;
}

double ReportLayout::fieldsHeight(const ReportFields &fields) const
{
    const double valueWidth = m_width - mm(fields.indentMm + fields.labelWidthMm + 3);
    double height = 0;
    for (const auto &[label, value] : fields.rows) {
        auto layout = layoutText(value, font(fields.pointSize), valueWidth, Qt::AlignLeft);
        height +=
            std::max(textHeight(*layout), QFontMetricsF(font(fields.pointSize), &m_device).height()) * ParagraphSpacing;
    }
    return height;
}

double ReportLayout::letterheadHeight(const ReportLetterhead &letterhead) const
{
    double height = 0;
    for (int i = 0; i < letterhead.boldLines.size(); ++i) {
        height += QFontMetricsF(font(i == 0 ? 14 : 13, true), &m_device).height();
    }
    for (int i = 0; i < letterhead.lines.size(); ++i) {
        height += QFontMetricsF(font(9.5), &m_device).height();
    }
    if (!letterhead.logo.isNull()) {
        height = std::max(height, mm(24));
    }
    return height + mm(4);
}

double ReportLayout::signerHeight(const Signer &signer, double width, double pointSize) const
{
    const double line = QFontMetricsF(font(pointSize), &m_device).height() * ParagraphSpacing;
    double height = 0;
    for (const QString &text : {signer.heading, signer.role, signer.position}) {
        if (!text.isEmpty()) {
            height += textHeight(*layoutText(text, font(pointSize), width, Qt::AlignHCenter)) * ParagraphSpacing;
        }
    }
    return height + mm(SignatureSpaceMm) + line;
}

double ReportLayout::signaturesHeight(const ReportSignatures &signatures) const
{
    const double line = QFontMetricsF(font(signatures.pointSize), &m_device).height() * ParagraphSpacing;
    double height = signatures.placeAndDate.isEmpty() ? 0 : line;
    double side = 0;
    const double width = signatures.side.isEmpty() ? m_width : m_width / signatures.side.size();
    for (const Signer &signer : signatures.side) {
        side = std::max(side, signerHeight(signer, width - mm(4), signatures.pointSize));
    }
    height += side;
    if (signatures.centred) {
        height += mm(4) + signerHeight(*signatures.centred, m_width / 2, signatures.pointSize);
    }
    return height + mm(2);
}

QList<double> ReportLayout::columnWidths(const ReportTable &table) const
{
    double total = 0;
    for (const ReportColumn &column : table.columns) {
        total += column.weight;
    }
    QList<double> widths;
    for (const ReportColumn &column : table.columns) {
        widths << m_width * column.weight / total;
    }
    return widths;
}

double ReportLayout::cellHeight(const QString &text, const QFont &cellFont, double width) const
{
    const double inner = width - 2 * mm(CellPaddingMm);
    const QFontMetricsF metrics(cellFont, &m_device);
    if (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= inner) {
        return metrics.height();
    }
    return textHeight(*layoutText(text, cellFont, inner, Qt::AlignLeft));
}

double ReportLayout::rowHeight(const ReportTable &table, const QStringList &row, bool header) const
{
    const QList<double> widths = columnWidths(table);
    const QFont cellFont = font(table.pointSize, header);
    double height = 0;
    for (qsizetype i = 0; i < widths.size() && i < row.size(); ++i) {
        height = std::max(height, cellHeight(row[i], cellFont, widths[i]));
    }
    return height + 2 * mm(CellPaddingMm * 0.8);
}

double ReportLayout::headerHeight(const ReportTable &table) const
{
    QStringList headers;
    for (const ReportColumn &column : table.columns) {
        headers << column.header;
    }
    return rowHeight(table, headers, true);
}

double ReportLayout::blockHeight(int index) const
{
    const ReportBlock &block = m_document.blocks[size_t(index)];
    if (const auto *p = std::get_if<ReportParagraph>(&block)) {
        return paragraphHeight(*p);
    }
    if (const auto *f = std::get_if<ReportFields>(&block)) {
        return fieldsHeight(*f);
    }
    if (const auto *l = std::get_if<ReportLetterhead>(&block)) {
        return letterheadHeight(*l);
    }
    if (const auto *s = std::get_if<ReportSignatures>(&block)) {
        return signaturesHeight(*s);
    }
    if (const auto *s = std::get_if<ReportSpacer>(&block)) {
        return mm(s->heightMm);
    }
    if (const auto *q = std::get_if<ReportQrCard>(&block)) {
        return qrCardHeight(*q);
    }
    if (const auto *c = std::get_if<ReportChart>(&block)) {
        return mm(c->heightMm);
    }
    return 0;
}

double ReportLayout::spaceAfter(int index) const
{
    const ReportBlock &block = m_document.blocks[size_t(index)];
    if (const auto *p = std::get_if<ReportParagraph>(&block)) {
        return mm(p->spaceAfterMm);
    }
    if (const auto *f = std::get_if<ReportFields>(&block)) {
        return mm(f->spaceAfterMm);
    }
    if (const auto *t = std::get_if<ReportTable>(&block)) {
        return mm(t->spaceAfterMm);
    }
    if (const auto *q = std::get_if<ReportQrCard>(&block)) {
        return mm(q->spaceAfterMm);
    }
    if (std::holds_alternative<ReportChart>(block)) {
        return mm(4);
    }
    return 0;
}

double ReportLayout::firstChunkHeight(int index) const
{
    if (index >= int(m_document.blocks.size())) {
        return 0;
    }
    if (const auto *t = blockAs<ReportTable>(m_document, index)) {
        const auto &rows = m_rowHeights[size_t(index)];
        return headerHeight(*t) + (rows.empty() ? 0 : rows.front());
    }
    return m_heights[size_t(index)];
}

void ReportLayout::paginate()
{
    const int count = int(m_document.blocks.size());
    m_rowHeights.assign(size_t(count), {});
    m_heights.assign(size_t(count), 0);
    m_wrapped.assign(size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        if (const auto *card = blockAs<ReportQrCard>(m_document, i)) {
            m_heights[size_t(i)] = qrCardHeight(*card, &m_wrapped[size_t(i)]);
        } else if (const auto *table = blockAs<ReportTable>(m_document, i)) {
            auto &heights = m_rowHeights[size_t(i)];
            heights.reserve(size_t(table->rows.size()));
            for (const QStringList &row : table->rows) {
                heights.push_back(rowHeight(*table, row, false));
            }
            m_heights[size_t(i)] = -1;
        } else {
            m_heights[size_t(i)] = blockHeight(i);
        }
    }

    m_pages.assign(1, {});
    double y = 0;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    for (int i = 0; i < count; ++i) {
        if (blockAs<ReportPageBreak>(m_document, i)) {
            if (!m_pages.back().empty()) {
                newPage();
            }
            continue;
        }
        if (const auto *table = blockAs<ReportTable>(m_document, i)) {
            const double header = headerHeight(*table);
            const auto &heights = m_rowHeights[size_t(i)];
            int from = 0;
            while (from < int(heights.size()) || (from == 0 && heights.empty())) {
                if (y > 0 && y + header + (heights.empty() ? 0 : heights[size_t(from)]) > m_bodyHeight) {
                    newPage();
                }
                Placement placement{i, y, from, from};
                y += header;
                // At least one row per page, so a row taller than a page cannot stall the layout.
                while (placement.to < int(heights.size()) &&
                       (placement.to == from || y + heights[size_t(placement.to)] <= m_bodyHeight)) {
                    y += heights[size_t(placement.to)];
                    ++placement.to;
                }
                m_pages.back().push_back(placement);
                from = placement.to;
                if (heights.empty()) {
                    break;
                }
                if (from < int(heights.size())) {
                    newPage();
                }
            }
            y += spaceAfter(i);
            continue;
        }
        const double height = m_heights[size_t(i)];
        double needed = height;
        const auto *paragraphBlock = blockAs<ReportParagraph>(m_document, i);
        if (paragraphBlock && paragraphBlock->keepWithNext) {
            needed += spaceAfter(i) + firstChunkHeight(i + 1);
        }
        if (y > 0 && y + needed > m_bodyHeight) {
            newPage();
        }
        m_pages.back().push_back(Placement{i, y, 0, 0});
        y += height + spaceAfter(i);
    }
}

} // namespace Brankas
