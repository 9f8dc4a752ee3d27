// SPDX-License-Identifier: GPL-3.0-or-later
// The compact PDF writer (core/reports/compactpdfwriter.h), which makes the public list's PDF: its
// file checked by qpdf, read back by poppler's tools, and its pages rendered next to the same
// pages painted through QPdfWriter.
#include "pdftools.h"

#include <core/reports/compactpdfwriter.h>
#include <core/reports/qrcode.h>
#include <core/reports/reportfonts.h>
#include <core/reports/reportprinter.h>

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QString Closing =
    QStringLiteral("Pindai kode QR dengan kamera ponsel untuk membuka akun resmi. Akun lain yang memakai nama Panwaslu "
                   "Kecamatan bukan akun resmi: periksa alamat profilnya sebelum mempercayai isinya.");

QImage logo()
{
    QImage image(90, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xC0, 0x20, 0x20));
    painter.drawEllipse(5, 5, 80, 110);
    painter.setBrush(QColor(0x20, 0x40, 0xA0));
    painter.drawRect(30, 40, 30, 40);
    return image;
}

// Pages like the public list's: letterhead with a logo, headings, QR cards, justified closing words.
ReportDocument publicListLike(Paper paper, int pages, const QString &handle = QStringLiteral("panwascam_contoh"))
{
    ReportDocument document;
    document.title = QStringLiteral("Akun Media Sosial Resmi Panwaslu Kecamatan");
    document.paper = paper;
    document.footer = QStringLiteral("Log 3f2a9c01d4e5 · dicetak 2 Desember 2026 10.00 UTC");
    const QImage mark = logo();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            document.blocks.push_back(ReportPageBreak{});
        }
        ReportLetterhead letterhead;
        letterhead.boldLines << QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM") << QStringLiteral("KABUPATEN CONTOH");
        letterhead.logo = mark;
        document.blocks.push_back(letterhead);
        document.blocks.push_back(heading(QStringLiteral("AKUN MEDIA SOSIAL RESMI"), 14));
        document.blocks.push_back(heading(QStringLiteral("PANWASLU KECAMATAN Ñ/É %1").arg(page + 1), 13));
        document.blocks.push_back(paragraph(QStringLiteral("Keadaan per 1 Desember 2024"), Qt::AlignHCenter, 10));
        document.blocks.push_back(ReportSpacer{3});
        for (int card = 0; card < 3; ++card) {
            const QString name = QStringLiteral("%1_%2_%3").arg(handle).arg(page + 1).arg(card + 1);
            ReportQrCard qr;
            qr.code = QrCode::encode(QStringLiteral("https://www.instagram.com/%1").arg(name).toUtf8()).value();
            qr.lines = {QStringLiteral("Instagram"), QStringLiteral("@") + name,
                        QStringLiteral("instagram.com/") + name,
                        QStringLiteral("Masa aktif: 1 Januari 2024 – 31 Desember 2025")};
            document.blocks.push_back(std::move(qr));
        }
        document.blocks.push_back(ReportSpacer{2});
        document.blocks.push_back(paragraph(Closing, Qt::AlignJustify, 10));
    }
    return document;
}

QImage renderPage(const QString &pdf, int page, const QString &prefix)
{
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-gray"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".pgm"));
}
} // namespace

class TestCompactPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileStructure();
    void passesQpdfCheck();
    void fontsEmbeddedOnce();
    void pageSizeIsExact_data();
    void pageSizeIsExact();
    void textExtracts();
    void pagesLookAsThroughQPdfWriter();
    void unsupportedPaintingIsRefused();
    void textOutsideTheFontsFallsBackToQPdfWriter();
    void linesMeasureAsQtMeasures_data();
    void linesMeasureAsQtMeasures();
    void lettersWithSeparateMarksAreComposed();
    void cancelStops();

private:
    QString save(const QByteArray &bytes, const QString &name);
    QTemporaryDir m_dir;
};

void TestCompactPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        QSKIP("pdftotext and pdftoppm (poppler-utils) are not installed");
    }
}

QString TestCompactPdf::save(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    keepSample(path, name);
    return path;
}

void TestCompactPdf::fileStructure()
{
    auto pdf = compactReportPdf(publicListLike(Paper::A4, 3));
    QVERIFY(pdf.ok());
    const QByteArray &bytes = pdf.value();
    QVERIFY(bytes.startsWith("%PDF-1.6\n"));
    QVERIFY(bytes.endsWith("%%EOF\n"));
    // Written by the compact writer, not Qt's: its producer, its shared resources and page tree.
    QCOMPARE(pdfInfoField(save(bytes, QStringLiteral("structure.pdf")), QStringLiteral("Producer")).left(8),
             QStringLiteral("Brankas "));
    QCOMPARE(bytes.count("/Type/Page/Parent 2 0 R"), 3);
    QCOMPARE(bytes.count("/Type/Pages/Count 3 "), 1);
    // The logo on every page is one image (and its soft mask), written once.
    QCOMPARE(bytes.count("/Subtype/Image"), 2);
    QCOMPARE(bytes.count("/SMask "), 1);
    // Each run of text one operator: the content is deflated, so look at a page's operators.
    QVERIFY(!bytes.contains("Td <"));
}

void TestCompactPdf::passesQpdfCheck()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        QSKIP("qpdf is not installed (scripts/install-deps.sh --test)");
    }
    auto pdf = compactReportPdf(publicListLike(Paper::F4, 2));
    QVERIFY(pdf.ok());
    const QString path = save(pdf.value(), QStringLiteral("check.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY(qpdf.waitForFinished(60000));
    const QString output = QString::fromUtf8(qpdf.readAllStandardOutput() + qpdf.readAllStandardError());
    QVERIFY2(qpdf.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("No syntax or stream encoding errors found")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("WARNING")), qPrintable(output));
}

void TestCompactPdf::fontsEmbeddedOnce()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) {
        QSKIP("pdffonts (poppler-utils) is not installed");
    }
    auto pdf = compactReportPdf(publicListLike(Paper::A4, 4));
    QVERIFY(pdf.ok());
    const QString fonts = runTool(QStringLiteral("pdffonts"), {save(pdf.value(), QStringLiteral("fonts.pdf"))});
    QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // under the heading
    lines.sort();
    QCOMPARE(lines.size(), 2); // the regular and the bold face, once for all four pages
    QVERIFY2(lines[0].startsWith(QStringLiteral("LiberationSans ")), qPrintable(fonts));
    QVERIFY2(lines[1].startsWith(QStringLiteral("LiberationSans-Bold ")), qPrintable(fonts));
    const QRegularExpression embedded(QStringLiteral("CID TrueType\\s+Identity-H\\s+yes\\s+no\\s+yes"));
    for (const QString &line : lines) {
        QVERIFY2(embedded.match(line).hasMatch(), qPrintable(fonts)); // embedded, whole, with ToUnicode
    }
}

void TestCompactPdf::pageSizeIsExact_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << Paper::A4 << QStringLiteral("595.276 x 841.89 pts (A4)");
    QTest::newRow("F4, 215 x 330 mm") << Paper::F4 << QStringLiteral("609.449 x 935.433 pts");
}

void TestCompactPdf::pageSizeIsExact()
{
    QFETCH(Paper, paper);
    QFETCH(QString, size);
    auto pdf = compactReportPdf(publicListLike(paper, 2));
    QVERIFY(pdf.ok());
    const QString path = save(pdf.value(), QStringLiteral("size-%1.pdf").arg(paperId(paper)));
    QCOMPARE(pdfPages(path), 2);
    QCOMPARE(pdfInfoField(path, QStringLiteral("Page size")), size);
    QCOMPARE(pdfInfoField(path, QStringLiteral("Title")), QStringLiteral("Akun Media Sosial Resmi Panwaslu Kecamatan"));
}

void TestCompactPdf::textExtracts()
{
    auto pdf = compactReportPdf(publicListLike(Paper::A4, 2));
    QVERIFY(pdf.ok());
    const QString path = save(pdf.value(), QStringLiteral("text.pdf"));
    const QString page = pdfPageText(path, 2);
    for (const QString &expected :
         {QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM"), QStringLiteral("PANWASLU KECAMATAN Ñ/É 2"),
          QStringLiteral("@panwascam_contoh_2_3"), QStringLiteral("instagram.com/panwascam_contoh_2_1"),
          QStringLiteral("Masa aktif: 1 Januari 2024 – 31 Desember 2025"), Closing,
          QStringLiteral("Halaman 2 dari 2")}) {
        QVERIFY2(page.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + page));
    }
    QVERIFY(!page.contains(QStringLiteral("KECAMATAN Ñ/É 1")));
}

void TestCompactPdf::pagesLookAsThroughQPdfWriter()
{
    // Both writers are given the same layout; the pages must match at 60 dpi, but for the
    // antialiasing of glyph edges (the fonts are the same, placed to a hundredth of a pixel).
    const ReportDocument document = publicListLike(Paper::A4, 2);
    auto compact = compactReportPdf(document);
    QVERIFY(compact.ok());
    QBuffer qt;
    qt.open(QIODevice::WriteOnly);
    QVERIFY(writeReportPdf(document, qt).ok());
    const QString compactPath = save(compact.value(), QStringLiteral("look-compact.pdf"));
    const QString qtPath = save(qt.buffer(), QStringLiteral("look-qt.pdf"));
    for (int page = 1; page <= 2; ++page) {
        const QImage mine = renderPage(compactPath, page, m_dir.filePath(QStringLiteral("mine%1").arg(page)));
        const QImage theirs = renderPage(qtPath, page, m_dir.filePath(QStringLiteral("qt%1").arg(page)));
        QVERIFY(!mine.isNull());
        QCOMPARE(mine.size(), theirs.size());
        qint64 difference = 0;
        qint64 far = 0;
        qint64 ink = 0;
        for (int y = 0; y < mine.height(); ++y) {
            for (int x = 0; x < mine.width(); ++x) {
                const int a = qGray(mine.pixel(x, y));
                const int b = qGray(theirs.pixel(x, y));
                difference += std::abs(a - b);
                far += std::abs(a - b) > 96 ? 1 : 0;
                ink += b < 128 ? 1 : 0;
            }
        }
        const qint64 pixels = qint64(mine.width()) * mine.height();
        const double mean = double(difference) / double(pixels);
        qInfo("page %d: mean difference %.3f, %lld of %lld pixels far off", page, mean, far, pixels);
        QVERIFY2(ink > pixels / 50, "the reference page is nearly blank");
        QVERIFY2(mean < 1.5, qPrintable(QStringLiteral("page %1: mean difference %2").arg(page).arg(mean)));
        QVERIFY2(far < pixels / 500, qPrintable(QStringLiteral("page %1: %2 pixels differ").arg(page).arg(far)));
    }
}

void TestCompactPdf::unsupportedPaintingIsRefused()
{
    CompactPdfWriter writer(pageLayoutFor(Paper::A4));
    QVERIFY(!writer.newPage()); // not before painting starts
    QPainter painter;
    QVERIFY(painter.begin(&writer));
    painter.fillRect(QRectF(0, 0, 100, 100), Qt::black);
    QVERIFY(writer.unsupported().isEmpty());
    QLinearGradient gradient(0, 0, 100, 0);
    gradient.setColorAt(0, Qt::white);
    gradient.setColorAt(1, Qt::black);
    painter.fillRect(QRectF(0, 200, 100, 100), gradient);
    QVERIFY(writer.finish().isEmpty()); // not while painting
    painter.end();
    QVERIFY(!writer.unsupported().isEmpty());
    QVERIFY(writer.finish().isEmpty());
}

void TestCompactPdf::textOutsideTheFontsFallsBackToQPdfWriter()
{
    // Liberation Sans has no Chinese: such a page cannot be written with the bundled fonts alone, so
    // it is left to Qt's writer, which looks for the glyphs in the machine's fonts.
    auto pdf = compactReportPdf(publicListLike(Paper::A4, 1, QStringLiteral("微博")));
    QVERIFY(pdf.ok());
    const QString path = save(pdf.value(), QStringLiteral("fallback.pdf"));
    QCOMPARE(pdfPages(path), 1);
    QVERIFY(pdfInfoField(path, QStringLiteral("Producer")).startsWith(QStringLiteral("Qt ")));
    QVERIFY(pdfText(path).contains(QStringLiteral("PANWASLU KECAMATAN Ñ/É 1")));
}

void TestCompactPdf::linesMeasureAsQtMeasures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bold");
    QTest::newRow("handle") << QStringLiteral("@panwaslu.kec_tanjung-priok2024") << false;
    QTest::newRow("kerned pairs") << QStringLiteral("AVATAR Tawang WAY Yogya LT. P.") << false;
    QTest::newRow("bold title") << QStringLiteral("X (Twitter) · YouTube · TikTok") << true;
    QTest::newRow("period") << QStringLiteral("Masa aktif: 1 Januari 2024 – 31 Desember 2025") << false;
    QTest::newRow("accents") << QStringLiteral("Kecamatan Ñ/É pe\u0301sisir") << false;
}

void TestCompactPdf::linesMeasureAsQtMeasures()
{
    // The public list's card lines are measured and set from the font file, without Qt's shaping:
    // the layout must come out as Qt would lay it out, so the widths agree with Qt's.
    QFETCH(QString, text);
    QFETCH(bool, bold);
    CompactPdfWriter writer(pageLayoutFor(Paper::A4));
    auto family = reportFontFamily();
    QVERIFY(family.ok());
    QFont font(family.value());
    font.setPointSizeF(11);
    font.setBold(bold);
    const std::optional<qreal> mine = writer.lineWidth(font, text);
    QVERIFY(mine);
    const qreal qt = QFontMetricsF(font, &writer).horizontalAdvance(text);
    QVERIFY2(std::abs(*mine - qt) < qt * 0.002, qPrintable(QStringLiteral("%1 against Qt's %2").arg(*mine).arg(qt)));
    QVERIFY(!writer.lineWidth(font, QStringLiteral("微博")));
    font.setItalic(true);
    QVERIFY(!writer.lineWidth(font, text));
}

void TestCompactPdf::lettersWithSeparateMarksAreComposed()
{
    // "E" followed by a combining acute accent, as some keyboards type it: the single glyph É in
    // the compact writer; a mark no precomposed letter takes (a with a macron below) goes to Qt's.
    auto composed = compactReportPdf(publicListLike(Paper::A4, 1, QStringLiteral("pe\u0301sisir")));
    QVERIFY(composed.ok());
    const QString path = save(composed.value(), QStringLiteral("composed.pdf"));
    QVERIFY(pdfInfoField(path, QStringLiteral("Producer")).startsWith(QStringLiteral("Brankas ")));
    QVERIFY(pdfText(path).contains(QStringLiteral("@p\u00E9sisir_1_1")));
    auto marked = compactReportPdf(publicListLike(Paper::A4, 1, QStringLiteral("ba\u0331tu")));
    QVERIFY(marked.ok());
    const QString markedPath = save(marked.value(), QStringLiteral("marked.pdf"));
    QVERIFY(pdfInfoField(markedPath, QStringLiteral("Producer")).startsWith(QStringLiteral("Qt ")));
}

void TestCompactPdf::cancelStops()
{
    int calls = 0;
    auto pdf = compactReportPdf(publicListLike(Paper::A4, 3), [&](int done, int) {
        ++calls;
        return done < 1;
    });
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.error().code(), ErrorCode::Cancelled);
    QCOMPARE(calls, 2);
}

QTEST_MAIN(TestCompactPdf)
#include "tst_compactpdf.moc"
