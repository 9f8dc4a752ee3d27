// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactpdfengine.h"

#include "pdfimage.h"
#include "pdfsyntax.h"

#include <QPixmap>
#include <QTextItem>

#include <cmath>
#include <utility>

namespace Brankas {

using namespace PdfSyntax;

namespace {
// The page size in points from the millimetres it is defined in: QPageSize rounds points.
QSizeF pagePoints(const QPageLayout &layout)
{
    return layout.fullRect(QPageLayout::Millimeter).size() * (72.0 / 25.4);
}

} // namespace

CompactPdfEngine::CompactPdfEngine(const QPageLayout &layout, int resolution)
    : QPaintEngine(QPaintEngine::AllFeatures)
    , m_layout(layout)
    , m_resolution(resolution)
{
    // As QPdfWriter places them: the paint rectangle's corner at whole pixels, y growing downwards.
    const double scale = 72.0 / resolution;
    const QRect paintRect = layout.paintRectPixels(resolution);
    appendNumber(m_pageStart, scale, 4);
    m_pageStart.append("0 0 ");
    appendNumber(m_pageStart, -scale, 4);
    appendNumber(m_pageStart, paintRect.left() * scale, 4);
    appendNumber(m_pageStart, pagePoints(layout).height() - paintRect.top() * scale, 4);
    m_pageStart.append("cm\n");
}

CompactPdfEngine::~CompactPdfEngine() = default;

void CompactPdfEngine::refuse(const char *what)
{
    if (m_unsupported.isEmpty()) {
        m_unsupported = QString::fromLatin1(what);
    }
}

bool CompactPdfEngine::loadFonts()
{
    if (!m_regular) {
        m_regular = std::make_unique<PdfEmbeddedFont>(QStringLiteral(":/fonts/LiberationSans-Regular.ttf"));
        m_bold = std::make_unique<PdfEmbeddedFont>(QStringLiteral(":/fonts/LiberationSans-Bold.ttf"));
    }
    return m_regular->isValid() && m_bold->isValid();
}

bool CompactPdfEngine::begin(QPaintDevice *)
{
    if (m_file || !loadFonts()) {
        return false;
    }
    m_file = std::make_unique<PdfStreamFile>();
    startPage();
    setActive(true);
    return true;
}

bool CompactPdfEngine::end()
{
    if (m_file) {
        m_file->addPage(std::move(m_page));
        m_page.clear();
    }
    setActive(false);
    return true;
}

void CompactPdfEngine::startPage()
{
    m_page = m_pageStart;
    m_page.reserve(16 * 1024);
    m_written = Written{};
}

bool CompactPdfEngine::newPage()
{
    if (!m_file || !isActive()) {
        return false;
    }
    m_file->addPage(std::move(m_page));
    startPage();
    return true;
}

void CompactPdfEngine::updateState(const QPaintEngineState &changed)
{
    const DirtyFlags dirty = changed.state();
    if (dirty & DirtyPen) {
        m_pen = changed.pen();
        if (m_pen.style() != Qt::NoPen &&
            (m_pen.style() != Qt::SolidLine || m_pen.brush().style() != Qt::SolidPattern)) {
            refuse("a dashed or patterned pen");
        }
        if (m_pen.style() != Qt::NoPen && m_pen.color().alpha() != 255) {
            refuse("a transparent pen");
        }
    }
    if (dirty & DirtyBrush) {
        m_brush = changed.brush();
        if (m_brush.style() != Qt::NoBrush && m_brush.style() != Qt::SolidPattern) {
            refuse("a gradient or patterned brush");
        }
        if (m_brush.style() == Qt::SolidPattern && m_brush.color().alpha() != 255) {
            refuse("a transparent brush");
        }
    }
    if (dirty & DirtyTransform) {
        m_transform = changed.transform();
        if (m_transform.type() == QTransform::TxProject) {
            refuse("a perspective transform");
        }
    }
    if ((dirty & (DirtyClipPath | DirtyClipRegion)) && changed.clipOperation() != Qt::NoClip) {
        refuse("clipping");
    }
    if ((dirty & DirtyClipEnabled) && changed.isClipEnabled()) {
        refuse("clipping");
    }
    if ((dirty & DirtyOpacity) && changed.opacity() < 1) {
        refuse("transparency");
    }
    if ((dirty & DirtyCompositionMode) && changed.compositionMode() != QPainter::CompositionMode_SourceOver) {
        refuse("a composition mode");
    }
}

void CompactPdfEngine::drawPixmap(const QRectF &rectangle, const QPixmap &pixmap, const QRectF &source)
{
    drawImage(rectangle, pixmap.toImage(), source);
}

void CompactPdfEngine::drawImage(const QRectF &rectangle, const QImage &image, const QRectF &source,
                                 Qt::ImageConversionFlags)
{
    if (image.isNull()) {
        return;
    }
    if (source != QRectF(image.rect())) {
        refuse("part of an image");
        return;
    }
    const int number = imageNumber(image);
    beginShape();
    // An image fills the unit square, its first row at the top.
    m_page.append("q ");
    appendNumber(m_page, rectangle.width());
    m_page.append("0 0 ");
    appendNumber(m_page, -rectangle.height());
    point(rectangle.bottomLeft());
    m_page.append("cm/Im");
    appendInteger(m_page, number);
    m_page.append("Do Q\n");
    endShape();
}

int CompactPdfEngine::imageNumber(const QImage &image)
{
    // A letterhead's logo is the same image on every page: it is written once.
    for (size_t i = 0; i < m_images.size(); ++i) {
        if (m_images[i].cacheKey() == image.cacheKey() || m_images[i] == image) {
            return int(i);
        }
    }
    m_images.push_back(image);
    return int(m_images.size() - 1);
}

void CompactPdfEngine::drawTextItem(const QPointF &position, const QTextItem &textItem)
{
    if (textItem.renderFlags() & QTextItem::RightToLeft) {
        refuse("right-to-left text");
        return;
    }
    writeText(textItem.font(), position, textItem.text(), textItem.width());
}

void CompactPdfEngine::drawTextLine(const QTransform &transform, const QColor &color, const QFont &font,
                                    const QPointF &position, const QString &text)
{
    if (!isActive() || text.isEmpty()) {
        return;
    }
    // The painter's own state stays what it last told this engine: it tells only what changed.
    const QTransform painterTransform = std::exchange(m_transform, transform);
    const QPen painterPen = std::exchange(m_pen, QPen(color));
    writeText(font, position, text, std::nullopt);
    m_transform = painterTransform;
    m_pen = painterPen;
}

bool CompactPdfEngine::isReportFont(const QFont &font) const
{
    return m_regular && font.family() == m_regular->familyName() && !font.italic() &&
           font.capitalization() == QFont::MixedCase && font.letterSpacing() == 0 && font.wordSpacing() == 0 &&
           (font.stretch() == QFont::AnyStretch || font.stretch() == QFont::Unstretched);
}

double CompactPdfEngine::pixelSize(const QFont &font) const
{
    return font.pointSizeF() > 0 ? font.pointSizeF() * m_resolution / 72.0 : font.pixelSize();
}

std::optional<qreal> CompactPdfEngine::lineWidth(const QFont &font, const QString &text)
{
    if (!loadFonts() || !isReportFont(font) || pixelSize(font) <= 0) {
        return std::nullopt;
    }
    PdfEmbeddedFont &embedded = font.weight() >= QFont::DemiBold ? *m_bold : *m_regular;
    const std::optional<double> width = embedded.naturalWidth(text);
    return width ? std::optional<qreal>(*width * pixelSize(font) / 1000) : std::nullopt;
}

void CompactPdfEngine::writeText(const QFont &font, const QPointF &position, const QString &text,
                                 std::optional<qreal> width)
{
    if (!isReportFont(font)) {
        refuse("a font other than the report's");
        return;
    }
    const bool bold = font.weight() >= QFont::DemiBold;
    const double size = pixelSize(font);
    if (size <= 0) {
        return;
    }
    PdfEmbeddedFont &embedded = bold ? *m_bold : *m_regular;
    const QByteArray array = width ? embedded.textArray(text, *width / size * 1000) : embedded.textArray(text);
    if (array.isEmpty()) {
        refuse("a character the report's fonts do not have");
        return;
    }
    m_used[bold ? 1 : 0] = true;
    beginShape();
    setFill(m_pen.color());
    m_page.append(bold ? "BT/F1 " : "BT/F0 ");
    appendNumber(m_page, size, 3);
    m_page.append("Tf 1 0 0 -1 ");
    point(position);
    m_page.append("Tm");
    m_page.append(array);
    m_page.append("TJ ET\n");
    endShape();
}

QByteArray CompactPdfEngine::finish(const QString &title, const QString &creator)
{
    if (!m_file || isActive()) {
        return {};
    }
    m_file->finishPages();
    if (!m_unsupported.isEmpty()) {
        return {};
    }
    QByteArray resources("<</ProcSet[/PDF/Text/ImageC]/Font<<");
    PdfEmbeddedFont *fonts[] = {m_regular.get(), m_bold.get()};
    for (int i = 0; i < 2; ++i) {
        if (m_used[i]) {
            const int number = m_file->reserve();
            fonts[i]->write(*m_file, number);
            resources.append(i == 0 ? "/F0 " : "/F1 ");
            appendInteger(resources, number);
            resources.append("0 R");
        }
    }
    resources.append(">>/XObject<<");
    for (size_t i = 0; i < m_images.size(); ++i) {
        const int number = m_file->reserve();
        writePdfImage(*m_file, number, m_images[i]);
        resources.append("/Im");
        appendInteger(resources, qint64(i));
        appendInteger(resources, number);
        resources.append("0 R");
    }
    resources.append(">>>>");
    m_file->writeObject(PdfStreamFile::Resources, resources);

    QByteArray tree("<</Type/Pages/Count ");
    appendInteger(tree, m_file->pageCount());
    tree.append("/MediaBox[0 0 ");
    appendNumber(tree, pagePoints(m_layout).width(), 4);
    appendNumber(tree, pagePoints(m_layout).height(), 4);
    tree.append("]/Resources 3 0 R/Kids[");
    for (int page = 0; page < m_file->pageCount(); ++page) {
        appendInteger(tree, PdfStreamFile::pageObject(page));
        tree.append("0 R ");
    }
    tree.append("]>>");
    m_file->writeObject(PdfStreamFile::PageTree, tree);
    m_file->writeObject(PdfStreamFile::Catalog, "<</Type/Catalog/Pages 2 0 R>>");
    m_file->writeObject(PdfStreamFile::Info, "<</Title" + textString(title) + "/Creator" + textString(creator) +
                                                 "/Producer" + textString(creator) + ">>");
    QByteArray bytes = m_file->close(PdfStreamFile::Catalog, PdfStreamFile::Info);
    m_file.reset();
    return bytes;
}

} // namespace Brankas
