// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfembeddedfont.h"

#include "../text/textrules.h"
#include "pdfstreamfile.h"
#include "pdfsyntax.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace Brankas {

using namespace PdfSyntax;

namespace {
bool isSpace(char32_t character)
{
    return character == 0x20 || character == 0xA0;
}

void appendUtf16Hex(QByteArray &out, char32_t character)
{
    if (QChar::requiresSurrogates(character)) {
        appendHex4(out, QChar::highSurrogate(character));
        appendHex4(out, QChar::lowSurrogate(character));
    } else {
        appendHex4(out, quint16(character));
    }
}
} // namespace

PdfEmbeddedFont::PdfEmbeddedFont(const QString &resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly)) {
        m_file = file.readAll();
    }
    if (m_file.isEmpty()) {
        return;
    }
    m_raw.loadFromData(m_file, 1000, QFont::PreferNoHinting);
    if (!m_raw.isValid()) {
        return;
    }
    m_raw.setPixelSize(m_raw.unitsPerEm());
    m_unitsToText = 1000.0 / m_raw.unitsPerEm();
    m_postScriptName = m_raw.familyName().remove(QLatin1Char(' '));
    if (m_raw.styleName() != QLatin1String("Regular")) {
        m_postScriptName += QLatin1Char('-') + m_raw.styleName().remove(QLatin1Char(' '));
    }
}

bool PdfEmbeddedFont::glyphsOf(const QString &typed, std::vector<Glyph> &glyphs, std::vector<char32_t> &characters)
{
    glyphs.reserve(size_t(typed.size()));
    characters.reserve(size_t(typed.size()));
    // An accented letter typed as letter and mark ("E" and U+0301) is shown as its single glyph.
    const bool mayCompose = std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.unicode() >= 0x300; });
    const QString text = mayCompose ? typed.normalized(QString::NormalizationForm_C) : typed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        // Separators, soft hyphens and other marks that show nothing, as the text rules define them.
        if (isHiddenCharacter(character)) {
            continue;
        }
        // A combining mark needs HarfBuzz's placement over its letter: left to Qt's writer.
        if (QChar::isMark(character)) {
            return false;
        }
        auto known = m_glyphs.constFind(character);
        if (known == m_glyphs.cend()) {
            const QString single = QString::fromUcs4(&character, 1);
            quint32 id = 0;
            int count = 1;
            if (!m_raw.glyphIndexesForChars(single.constData(), int(single.size()), &id, &count) || count != 1 ||
                id == 0 || id > 0xFFFF) {
                return false;
            }
            QPointF advance;
            m_raw.advancesForGlyphIndexes(&id, &advance, 1, QRawFont::UseDesignMetrics);
            known = m_glyphs.insert(character, Glyph{quint16(id), advance.x() * m_unitsToText});
        }
        glyphs.push_back(*known);
        characters.push_back(character);
        m_used.try_emplace(known->id, Used{character, known->advance});
    }
    return true;
}

QByteArray PdfEmbeddedFont::textArray(const QString &text, double width)
{
    const QString key = text + QChar(0) + QString::number(std::lround(width * 10));
    if (const auto kept = m_arrays.constFind(key); kept != m_arrays.cend()) {
        return *kept;
    }
    QByteArray array = arrayOf(text, width);
    if (m_arrays.size() > 4096) {
        m_arrays.clear();
    }
    m_arrays.insert(key, array);
    return array;
}

QByteArray PdfEmbeddedFont::textArray(const QString &text)
{
    return arrayOf(text, std::nullopt);
}

std::optional<double> PdfEmbeddedFont::naturalWidth(const QString &text)
{
    std::vector<Glyph> glyphs;
    std::vector<char32_t> characters;
    if (!glyphsOf(text, glyphs, characters)) {
        return std::nullopt;
    }
    double width = 0;
    for (size_t i = 0; i < glyphs.size(); ++i) {
        width += glyphs[i].advance + (i + 1 < glyphs.size() ? kerning(glyphs[i].id, glyphs[i + 1].id) : 0);
    }
    return width;
}

QByteArray PdfEmbeddedFont::arrayOf(const QString &text, std::optional<double> width)
{
    std::vector<Glyph> glyphs;
    std::vector<char32_t> characters;
    if (!glyphsOf(text, glyphs, characters)) {
        return {};
    }
    const size_t count = glyphs.size();
    // Each glyph's advance with the kerning between it and the next (thousandths of the font size).
    std::vector<double> advances(count);
    for (size_t i = 0; i < count; ++i) {
        advances[i] = glyphs[i].advance + (i + 1 < count ? kerning(glyphs[i].id, glyphs[i + 1].id) : 0);
    }
    // Justified text is wider than its glyphs; the extra goes to the spaces between its words (not
    // to those at its end, which show nothing).
    double natural = 0;
    size_t lastShown = 0;
    for (size_t i = 0; i < count; ++i) {
        natural += advances[i];
        if (!isSpace(characters[i])) {
            lastShown = i;
        }
    }
    int spaces = 0;
    for (size_t i = 0; i < lastShown; ++i) {
        spaces += isSpace(characters[i]) ? 1 : 0;
    }
    const double perSpace = width && spaces > 0 && std::abs(*width - natural) > 0.05 ? (*width - natural) / spaces : 0;

    QByteArray array("[<");
    array.reserve(qsizetype(count) * 5 + 8);
    bool open = true;
    for (size_t i = 0; i < count; ++i) {
        if (!open) {
            array.append('<');
            open = true;
        }
        appendHex4(array, glyphs[i].id);
        if (i + 1 == count) {
            break;
        }
        // A TJ number moves the next glyph left by that many thousandths of the font size.
        double adjustment = glyphs[i].advance - advances[i];
        if (i < lastShown && isSpace(characters[i])) {
            adjustment -= perSpace;
        }
        if (std::abs(adjustment) >= 0.005) {
            array.append('>');
            appendNumber(array, adjustment, 2);
            open = false;
        }
    }
    array.append(open ? ">]" : "]");
    return array;
}

double PdfEmbeddedFont::kerning(quint16 left, quint16 right)
{
    const quint32 pair = (quint32(left) << 16) | right;
    if (const auto known = m_kerning.constFind(pair); known != m_kerning.cend()) {
        return *known;
    }
    const quint32 ids[2] = {left, right};
    QPointF kerned[2];
    QPointF plain[2];
    m_raw.advancesForGlyphIndexes(ids, kerned, 2, QRawFont::KernedAdvances | QRawFont::UseDesignMetrics);
    m_raw.advancesForGlyphIndexes(ids, plain, 2, QRawFont::UseDesignMetrics);
    const auto value = float((kerned[0].x() - plain[0].x()) * m_unitsToText);
    m_kerning.insert(pair, value);
    return value;
}

QByteArray PdfEmbeddedFont::widths() const
{
    QByteArray out;
    int previous = -2;
    for (const auto &[id, glyph] : m_used) {
        if (int(id) != previous + 1) {
            out.append(previous < 0 ? "" : "] ");
            appendInteger(out, id);
            out.append('[');
        }
        appendNumber(out, glyph.advance, 3);
        previous = id;
    }
    if (previous >= 0) {
        out.append(']');
    }
    return out;
}

QByteArray PdfEmbeddedFont::toUnicode() const
{
    QByteArray out("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n"
                   "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
    std::vector<std::pair<quint16, char32_t>> mapped;
    for (const auto &[id, used] : m_used) {
        mapped.emplace_back(id, used.character);
    }
    // At most 100 entries a block (PDF 32000-1, 9.10.3).
    for (size_t start = 0; start < mapped.size(); start += 100) {
        const size_t end = std::min(mapped.size(), start + 100);
        appendInteger(out, qint64(end - start));
        out.append("beginbfchar\n");
        for (size_t i = start; i < end; ++i) {
            out.append('<');
            appendHex4(out, mapped[i].first);
            out.append("><");
            appendUtf16Hex(out, mapped[i].second);
            out.append(">\n");
        }
        out.append("endbfchar\n");
    }
    out.append("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
    return out;
}

QByteArray PdfEmbeddedFont::descriptor(int fontFile) const
{
    // The box around all glyphs, from the font's 'head' table (xMin, yMin, xMax, yMax at byte 36).
    const QByteArray head = m_raw.fontTable("head");
    QByteArray box("[0 0 1000 1000]");
    if (head.size() >= 44) {
        box = "[";
        for (int i = 0; i < 4; ++i) {
            const auto value = qFromBigEndian<qint16>(head.constData() + 36 + 2 * i);
            appendNumber(box, value * m_unitsToText, 0);
        }
        box.append(']');
    }
    QByteArray out("<</Type/FontDescriptor/FontName/" + m_postScriptName.toLatin1() + "/Flags 32/FontBBox" + box +
                   "/ItalicAngle 0/Ascent ");
    appendNumber(out, m_raw.ascent() * m_unitsToText, 0);
    out.append("/Descent ");
    appendNumber(out, -m_raw.descent() * m_unitsToText, 0);
    out.append("/CapHeight ");
    appendNumber(out, m_raw.capHeight() * m_unitsToText, 0);
    out.append("/StemV 80/FontFile2 ");
    appendInteger(out, fontFile);
    out.append("0 R>>");
    return out;
}

void PdfEmbeddedFont::write(PdfStreamFile &file, int number) const
{
    const int cidFont = file.reserve();
    const int descriptorObject = file.reserve();
    const int fontFile = file.reserve();
    const int unicode = file.reserve();
    const QByteArray name = m_postScriptName.toLatin1();
    QByteArray type0("<</Type/Font/Subtype/Type0/BaseFont/" + name + "/Encoding/Identity-H/DescendantFonts[");
    appendInteger(type0, cidFont);
    type0.append("0 R]/ToUnicode ");
    appendInteger(type0, unicode);
    type0.append("0 R>>");
    file.writeObject(number, type0);

    QByteArray cid("<</Type/Font/Subtype/CIDFontType2/BaseFont/" + name +
                   "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ");
    appendInteger(cid, descriptorObject);
    cid.append("0 R/CIDToGIDMap/Identity/W[" + widths() + "]>>");
    file.writeObject(cidFont, cid);
    file.writeObject(descriptorObject, descriptor(fontFile));
    file.writeStream(fontFile, m_file, "/Length1 " + QByteArray::number(m_file.size()));
    file.writeStream(unicode, toUnicode());
}

} // namespace Brankas
