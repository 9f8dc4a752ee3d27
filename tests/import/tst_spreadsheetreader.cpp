// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxfixtures.h"

#include <core/import/spreadsheetreader.h>
#include <core/import/textdecoding.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestSpreadsheetReader : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> cellsOf(const Sheet &sheet)
    {
        QList<QStringList> cells;
        for (const SheetRow &row : sheet.rows) {
            cells << row.cells;
        }
        return cells;
    }

private slots:
    void decodesTheEncodingsExcelSaves_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const QString name = QStringLiteral("Jos\u00e9 \u201cBiau\u201d");
        QTest::newRow("utf-8") << name.toUtf8() << name;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + name.toUtf8() << name;
        QByteArray utf16le("\xFF\xFE");
        QByteArray utf16be("\xFE\xFF");
        for (const QChar c : name) {
            utf16le += char(c.unicode() & 0xFF);
            utf16le += char(c.unicode() >> 8);
            utf16be += char(c.unicode() >> 8);
            utf16be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("utf-16le with BOM") << utf16le << name;
        QTest::newRow("utf-16be with BOM") << utf16be << name;
        QTest::newRow("windows-1252") << QByteArray("Jos\xE9 \x93"
                                                    "Biau\x94")
                                      << name;
    }
    void decodesTheEncodingsExcelSaves()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(decodeSpreadsheetText(bytes), text);
    }

    void detectsTheSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QStringLiteral("Kecamatan,Platform,Username\n") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("Kecamatan;Platform;Username\n1,5;2;3\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("Kecamatan\tPlatform\tUsername") << QChar(u'\t');
        QTest::newRow("quoted commas do not count") << QStringLiteral("\"Kec, A\";\"B, C\";D\n") << QChar(u';');
        QTest::newRow("blank lines before the header") << QStringLiteral("\n\r\nA;B;C") << QChar(u';');
        QTest::newRow("one column") << QStringLiteral("Kecamatan\n") << QChar(u',');
    }
    void detectsTheSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(detectCsvDelimiter(text), separator);
    }

    void readsAMessyCsvWithTheSpreadsheetsRowNumbers()
    {
        // Semicolons, a BOM, a quoted line break and "" inside a field, a blank line, trailing
        // blank columns and CRLF: Excel shows the record after the two-line cell as row 3.
        const QByteArray bytes = "\xEF\xBB\xBFKecamatan;Username;Keterangan;;\r\n"
                                 "Biau;bawaslu_biau;\"baris satu\r\nbaris \"\"dua\"\"\";;\r\n"
                                 "Bokat;bawaslu_bokat;;;\r\n"
                                 "\r\n"
                                 "Tiloan;x;;;\r\n";
        auto sheet = readSpreadsheet(bytes);
        QVERIFY2(sheet, qPrintable(sheet.error().untranslatedMessage()));
        const QList<SheetRow> &rows = sheet.value().rows;
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[1].cells[2], QStringLiteral("baris satu\r\nbaris \"dua\""));
        QCOMPARE(rows[2].number, 3);
        QVERIFY(rows[3].isBlank());
        QCOMPARE(rows[4].number, 5);
        QCOMPARE(rows[4].cells.first(), QStringLiteral("Tiloan"));
    }

    void refusesABrokenCsvWithItsLine()
    {
        auto sheet = readSpreadsheet("Kecamatan,Username\nBiau,\"open\n");
        QVERIFY(!sheet);
        QCOMPARE(sheet.error().arguments().first(), QStringLiteral("2"));
    }

    void readsAWorkbookThatOpenpyxlWrote()
    {
        const QByteArray bytes = openpyxlWorkbook(QStringLiteral(R"(
import sys, datetime, openpyxl
book = openpyxl.Workbook()
guide = book.active
guide.title = "Petunjuk"
guide["A1"] = "Isi sheet Akun"
sheet = book.create_sheet("Akun")
sheet.append(["Kecamatan", "Username", "No HP", "Dibuat", None, "Keterangan"])
sheet.append(["Biau", "bawaslu_biau", 81234567890, datetime.datetime(2024, 1, 15), None, "Kantor, lantai 2"])
sheet["D2"].number_format = "dd/mm/yyyy"
sheet.append([])
sheet.append(["72.05.03", "@bawaslu_bokat", None, None, None, "Baris\nkedua"])
book.save(sys.argv[1])
)"));
        auto first = readSpreadsheet(bytes);
        QVERIFY2(first, qPrintable(first.error().untranslatedMessage()));
        QCOMPARE(first.value().name, QStringLiteral("Petunjuk"));
        QCOMPARE(cellsOf(first.value()), QList<QStringList>{{QStringLiteral("Isi sheet Akun")}});

        auto sheet = readSpreadsheet(bytes, QStringLiteral("akun"));
        QVERIFY2(sheet, qPrintable(sheet.error().untranslatedMessage()));
        QCOMPARE(sheet.value().name, QStringLiteral("Akun"));
        const QList<SheetRow> &rows = sheet.value().rows;
        QCOMPARE(rows.first().cells,
                 (QStringList{QStringLiteral("Kecamatan"), QStringLiteral("Username"), QStringLiteral("No HP"),
                              QStringLiteral("Dibuat"), QString(), QStringLiteral("Keterangan")}));
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[1].cells,
                 (QStringList{QStringLiteral("Biau"), QStringLiteral("bawaslu_biau"), QStringLiteral("81234567890"),
                              QStringLiteral("2024-01-15"), QString(), QStringLiteral("Kantor, lantai 2")}));
        QCOMPARE(rows.last().number, 4);
        QCOMPARE(rows.last().cells.last(), QStringLiteral("Baris\nkedua"));
    }

    void readsInlineStringsBooleansAndThe1904Calendar()
    {
        const QByteArray bytes = handWrittenWorkbook(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>Keca</t></r><r><t>matan</t></r>"
            "<rPh><t>x</t></rPh></is></c><c r=\"C1\" t=\"b\"><v>1</v></c></row>"
            "<row r=\"3\"><c r=\"B3\" s=\"1\"><v>0</v></c><c r=\"C3\" t=\"str\"><f>A1</f><v>rumus</v></c></row>",
            "<workbookPr date1904=\"1\"/>");
        auto sheet = readSpreadsheet(bytes);
        QVERIFY2(sheet, qPrintable(sheet.error().untranslatedMessage()));
        const QList<SheetRow> &rows = sheet.value().rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].cells, (QStringList{QStringLiteral("Kecamatan"), QString(), QStringLiteral("TRUE")}));
        QCOMPARE(rows[1].number, 3);
        // Serial 0 is not a date in either calendar; day 1 of 1904 is.
        QCOMPARE(rows[1].cells, (QStringList{QString(), QStringLiteral("0"), QStringLiteral("rumus")}));
        auto dated = readSpreadsheet(
            handWrittenWorkbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c></row>", "<workbookPr date1904=\"1\"/>"));
        QVERIFY(dated);
        QCOMPARE(dated.value().rows.first().cells.first(), QStringLiteral("1904-01-02"));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QByteArray>("message");
        const QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QTest::newRow("empty") << QByteArray() << QString() << QByteArray("The file is empty");
        QTest::newRow("only a BOM and blank lines")
            << QByteArray("\xEF\xBB\xBF\r\n\r\n") << QString() << QByteArray("The file is empty");
        QTest::newRow("password-protected")
            << cfb + QByteArray(500, '\0') + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28) << QString()
            << QByteArray("protected with a password");
        QTest::newRow("old xls") << cfb + QByteArray(600, '\0') << QString() << QByteArray("Excel 97-2003");
        QTest::newRow("a picture") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString()
                                   << QByteArray("neither an Excel workbook");
        QTest::newRow("truncated zip") << handWrittenWorkbook("<row r=\"1\"/>").left(200) << QString()
                                       << QByteArray("damaged");
        QTest::newRow("zip of something else") << zipOf({{QStringLiteral("word/document.xml"), "<w/>"}}) << QString()
                                               << QByteArray("not an Excel workbook");
        QTest::newRow("broken sheet XML") << handWrittenWorkbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>")
                                          << QString() << QByteArray("damaged");
        QTest::newRow("shared string that does not exist")
            << handWrittenWorkbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>") << QString()
            << QByteArray("damaged");
        QTest::newRow("cell of another row")
            << handWrittenWorkbook("<row r=\"1\"><c r=\"A9\"><v>7</v></c></row>") << QString() << QByteArray("damaged");
        QTest::newRow("far beyond the register's columns")
            << handWrittenWorkbook("<row r=\"1\"><c r=\"XFD1\"><v>7</v></c></row>") << QString()
            << QByteArray("beyond column");
        QTest::newRow("unknown sheet") << handWrittenWorkbook("<row r=\"1\"/>") << QStringLiteral("Akun")
                                       << QByteArray("no sheet");
        QTest::newRow("sheet name for a CSV")
            << QByteArray("a,b\n") << QStringLiteral("Akun") << QByteArray("has no sheets");
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sheet);
        QFETCH(QByteArray, message);
        auto read = readSpreadsheet(bytes, sheet);
        QVERIFY(!read);
        QVERIFY2(read.error().untranslatedMessage().contains(QString::fromLatin1(message)),
                 qPrintable(read.error().untranslatedMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "tst_spreadsheetreader.moc"
