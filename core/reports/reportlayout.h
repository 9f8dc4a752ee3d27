// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QHash>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace Brankas {

namespace ReportMetrics {
inline constexpr double ParagraphSpacing = 1.2; // line height of running text, in lines
inline constexpr double CellPaddingMm = 1.2;
inline constexpr double FooterMm = 9;          // reserved at the bottom of every page
inline constexpr double SignatureSpaceMm = 22; // room to sign and stamp
} // namespace ReportMetrics

// Measures a report's blocks against a paint device and splits them into pages, keeping only where
// each block (or run of table rows) lands: a few numbers per page. paintPage() then draws one page.
class ReportLayout
{
public:
    struct Placement
    {
        int block = 0;
        double y = 0;
        int from = 0; // table rows [from, to)
        int to = 0;
    };

    ReportLayout(const ReportDocument &document, QPaintDevice &device, const QString &fontFamily);

    void paginate();
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter &painter, int index) const;

private:
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    QFont font(double pointSize, bool bold = false) const;
    std::unique_ptr<QTextLayout> layoutText(const QString &text, const QFont &font, double width,
                                            Qt::Alignment alignment,
                                            const QList<QTextLayout::FormatRange> &formats = {}) const;
    double textHeight(const QTextLayout &layout) const;
    // layoutText() of a paragraph, kept while the same text comes back: the public list repeats its
    // headings and closing words on each of its pages (7,216 for the whole country).
    const QTextLayout &repeatedLayout(const QString &text, const QFont &font, double width, Qt::Alignment alignment,
                                      const QList<QTextLayout::FormatRange> &formats = {}) const;

    double blockHeight(int index) const;
    double spaceAfter(int index) const;
    double firstChunkHeight(int index) const;
    double paragraphHeight(const ReportParagraph &paragraph) const;
    double fieldsHeight(const ReportFields &fields) const;
    double letterheadHeight(const ReportLetterhead &letterhead) const;
    double signerHeight(const Signer &signer, double width, double pointSize) const;
    double signaturesHeight(const ReportSignatures &signatures) const;
    // `wrapped` gets a bit per line of text that takes more than one line, for paintQrCard().
    double qrCardHeight(const ReportQrCard &card, quint8 *wrapped = nullptr) const;
    QList<double> columnWidths(const ReportTable &table) const;
    double cellHeight(const QString &text, const QFont &font, double width) const;
    double headerHeight(const ReportTable &table) const;
    double rowHeight(const ReportTable &table, const QStringList &row, bool header) const;

    void paintParagraph(QPainter &painter, const ReportParagraph &paragraph, double y) const;
    void paintFields(QPainter &painter, const ReportFields &fields, double y) const;
    void paintLetterhead(QPainter &painter, const ReportLetterhead &letterhead, double y) const;
    void paintSignatures(QPainter &painter, const ReportSignatures &signatures, double y) const;
    void paintQrCard(QPainter &painter, const ReportQrCard &card, double y, quint8 wrapped) const;
    double paintSigner(QPainter &painter, const Signer &signer, double x, double y, double width,
                       double pointSize) const;
    void paintRow(QPainter &painter, const ReportTable &table, const QStringList &row, double y, double height,
                  bool header) const;
    void paintText(QPainter &painter, const QString &text, const QFont &font, const QRectF &box,
                   Qt::Alignment alignment) const;
    void paintFooter(QPainter &painter, int index) const;

    const ReportDocument &m_document;
    QPaintDevice &m_device;
    QString m_family;
    double m_dpi = 72;
    double m_width = 0;
    double m_bodyHeight = 0;
    double m_pageHeight = 0;
    std::vector<std::vector<double>> m_rowHeights; // per block; tables only
    std::vector<double> m_heights;                 // per block; -1 for tables
    std::vector<quint8> m_wrapped;                 // per block; QR cards only (see qrCardHeight)
    mutable QHash<QString, std::shared_ptr<QTextLayout>> m_repeated;
    std::vector<std::vector<Placement>> m_pages;
};

} // namespace Brankas
