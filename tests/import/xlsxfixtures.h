// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workbooks made at test time: openpyxl writes them as Excel does (shared strings, styles, dates
// as serial numbers), QuaZip assembles hand-written parts for what openpyxl never writes.
#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Brankas::Testing {

// Runs a python3 script with openpyxl that saves a workbook to sys.argv[1]; returns its bytes.
inline QByteArray openpyxlWorkbook(const QString &script)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    QProcess python;
    python.start(QStringLiteral(BRANKAS_PYTHON3), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qFatal("python3-openpyxl could not write the fixture: %s", python.readAllStandardError().constData());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the fixture was not written");
    }
    return file.readAll();
}

// A zip of the given parts (name -> content).
inline QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        qFatal("cannot create a zip in memory");
    }
    for (const auto &[name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            qFatal("cannot add a zip entry");
        }
        file.write(content);
        file.close();
    }
    zip.close();
    return bytes;
}

inline QByteArray handWrittenWorkbook(const QByteArray &sheetXml, const QByteArray &workbookPr = {})
{
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        workbookPr + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray relations =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/data.xml\"/></Relationships>";
    const QByteArray styles =
        "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
    return zipOf({{QStringLiteral("xl/workbook.xml"), workbook},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), relations},
                  {QStringLiteral("xl/styles.xml"), styles},
                  {QStringLiteral("xl/worksheets/data.xml"),
                   "<?xml version=\"1.0\"?><worksheet "
                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                       sheetXml + "</sheetData></worksheet>"}});
}

} // namespace Brankas::Testing
