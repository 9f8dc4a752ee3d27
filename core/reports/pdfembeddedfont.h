// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Brankas {

class PdfStreamFile;

// One of the bundled TrueType fonts as the compact PDF writer embeds it: whole, once per document,
// as a CID font with Identity-H encoding, so a run of text is written as the glyph ids of one TJ
// array (Qt's writer puts every glyph in its own positioned operator). The ids and advances come
// from the font file itself, kerning included, as HarfBuzz gives them for Latin text; a ToUnicode
// map lets viewers and pdftotext read the text back.
class PdfEmbeddedFont
{
public:
    // `resource` is a Qt resource path; isValid() says whether it could be read.
    explicit PdfEmbeddedFont(const QString &resource);
    bool isValid() const { return m_raw.isValid(); }
    QString familyName() const { return m_raw.familyName(); }

    // The TJ array that sets `text` so it spans `width` (in thousandths of the font size): the
    // difference from the font's own advances, as justified text has it, goes to the spaces.
    // Empty when the font has no glyph for a character (the caller then leaves the page to Qt's
    // writer, which falls back on other fonts).
    QByteArray textArray(const QString &text, double width);
    // The same for a line set with the font's own advances and kerning, as Qt shapes Latin text:
    // for text painted without Qt's shaping (CompactPdfEngine::drawTextLine). Not kept, unlike the
    // above: such lines (a public list's account cards) rarely come back.
    QByteArray textArray(const QString &text);
    // How wide that line is (thousandths of the font size); none when the font lacks a character.
    std::optional<double> naturalWidth(const QString &text);

    // The font's objects, written once the pages are done: `number` is the one pages refer to.
    void write(PdfStreamFile &file, int number) const;

private:
    struct Glyph
    {
        quint16 id = 0;
        double advance = 0; // thousandths of the font size
    };
    QByteArray arrayOf(const QString &text, std::optional<double> width);
    // The glyphs of `typed` (a letter and its separate accent composed first), with the character each
    // shows; false when the font lacks one.
    bool glyphsOf(const QString &typed, std::vector<Glyph> &glyphs, std::vector<char32_t> &characters);
    QByteArray widths() const;
    QByteArray toUnicode() const;
    QByteArray descriptor(int fontFile) const;

    QByteArray m_file;
    QString m_postScriptName;
    QRawFont m_raw; // at its units per em, so advances come in font units
    double m_unitsToText = 1;
    QHash<char32_t, Glyph> m_glyphs;
    struct Used
    {
        char32_t character = 0; // the one it shows, for ToUnicode
        double advance = 0;
    };
    std::map<quint16, Used> m_used;
    QHash<QString, QByteArray> m_arrays; // the arrays of text that comes back (headings, footers)
    double kerning(quint16 left, quint16 right);
    QHash<quint32, float> m_kerning; // by pair of glyph ids: asking QRawFont loads both glyphs each time
};

} // namespace Brankas
