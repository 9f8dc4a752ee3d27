// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriter.h"

#include "../io/outputfile.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace Brankas {

namespace {
const QString Main = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString Relations = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int HeaderStyle = 1;
constexpr int DateStyle = 2;

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    }
    return name;
}

// XML 1.0 has no place for control characters other than tab and line breaks.
QString xmlText(const QString &text)
{
    QString clean = text;
    clean.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return clean;
}

QByteArray contentTypes()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
           "</Types>";
}

QByteArray packageRelations()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"xl/workbook.xml\"/></Relationships>";
}

QByteArray workbookRelations()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
           "Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
           "Target=\"styles.xml\"/></Relationships>";
}

QByteArray styles()
{
    // Excel requires the two default fills; style 1 is the bold header, style 2 a yyyy-mm-dd date.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
           "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
           "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
           "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
           "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "</styleSheet>";
}

QByteArray workbook(const QString &sheetName)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(Main);
    xml.writeNamespace(Relations, QStringLiteral("r"));
    xml.writeStartElement(Main, QStringLiteral("workbook"));
    xml.writeStartElement(Main, QStringLiteral("sheets"));
    xml.writeStartElement(Main, QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), xmlText(sheetName));
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(Relations, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    return bytes;
}
} // namespace

XlsxWriter::XlsxWriter(QStringList headers)
    : m_headers(std::move(headers))
{}

void XlsxWriter::addRow(const QVariantList &cells)
{
    m_rows << cells;
}

Result<QByteArray> XlsxWriter::finish(const QString &sheetName) const
{
    QList<int> widths;
    for (const QString &header : m_headers) {
        widths << int(header.size());
    }
    for (const QVariantList &row : m_rows) {
        for (int column = 0; column < row.size() && column < widths.size(); ++column) {
            const int width = row[column].typeId() == QMetaType::QDate ? 10 : int(row[column].toString().size());
            widths[column] = std::max(widths[column], width);
        }
    }
    QByteArray sheet;
    QXmlStreamWriter xml(&sheet);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(Main);
    xml.writeStartElement(Main, QStringLiteral("worksheet"));
    xml.writeStartElement(Main, QStringLiteral("sheetViews"));
    xml.writeStartElement(Main, QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(Main, QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(Main, QStringLiteral("cols"));
    for (int column = 0; column < widths.size(); ++column) {
        xml.writeEmptyElement(Main, QStringLiteral("col"));
        xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
        xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
        xml.writeAttribute(QStringLiteral("width"), QString::number(std::min(widths[column], 60) + 2));
        xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeStartElement(Main, QStringLiteral("sheetData"));
    auto writeRow = [&](int number, const QVariantList &cells, int textStyle) {
        xml.writeStartElement(Main, QStringLiteral("row"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(number));
        for (int column = 0; column < cells.size(); ++column) {
            const QVariant &cell = cells[column];
            const QString reference = columnName(column) + QString::number(number);
            if (cell.typeId() == QMetaType::QDate) {
                const QDate date = cell.toDate();
                if (!date.isValid()) {
                    continue;
                }
                xml.writeStartElement(Main, QStringLiteral("c"));
                xml.writeAttribute(QStringLiteral("r"), reference);
                xml.writeAttribute(QStringLiteral("s"), QString::number(DateStyle));
                xml.writeTextElement(Main, QStringLiteral("v"), QString::number(QDate(1899, 12, 30).daysTo(date)));
                xml.writeEndElement();
                continue;
            }
            const QString text = xmlText(cell.toString());
            if (text.isEmpty()) {
                continue;
            }
            xml.writeStartElement(Main, QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), reference);
            xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            if (textStyle != 0) {
                xml.writeAttribute(QStringLiteral("s"), QString::number(textStyle));
            }
            xml.writeStartElement(Main, QStringLiteral("is"));
            xml.writeStartElement(Main, QStringLiteral("t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    QVariantList headerCells;
    for (const QString &header : m_headers) {
        headerCells << header;
    }
    writeRow(1, headerCells, HeaderStyle);
    for (int i = 0; i < m_rows.size(); ++i) {
        writeRow(i + 2, m_rows[i], 0);
    }
    xml.writeEndDocument();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return OutputFile::cannotWrite(QStringLiteral("xlsx"), QStringLiteral("zip"));
    }
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRelations()},
        {QStringLiteral("xl/workbook.xml"), workbook(sheetName)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelations()},
        {QStringLiteral("xl/styles.xml"), styles()},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    for (const auto &[name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) != content.size()) {
            return OutputFile::cannotWrite(QStringLiteral("xlsx"), name);
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        return OutputFile::cannotWrite(QStringLiteral("xlsx"), QStringLiteral("zip"));
    }
    return bytes;
}

} // namespace Brankas
