// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetreader.h"

#include "cellranges.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Brankas {

namespace {
Error damaged(const QString &what)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The Excel workbook is damaged (%1). Open it in Excel, save it "
                                                     "again as .xlsx and import that file."),
                 {what});
}

struct Workbook
{
    QuaZip *zip = nullptr;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index
    QDate epoch{1899, 12, 30};
};

// Reads one part of the package as XML, calling `visit` for each start element. A part that is
// missing is an empty optional; one that is not well-formed XML is damaged.
template <typename Visit> Result<bool> readPart(QuaZip &zip, const QString &name, Visit visit)
{
    if (!zip.setCurrentFile(name)) {
        return false;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(name);
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (Status visited = visit(xml); !visited) {
                return visited.error();
            }
        }
    }
    if (xml.hasError()) {
        return damaged(name);
    }
    return true;
}

// The text of <si> or <is>: its <t>, or the <t> of each rich-text run, without phonetic hints.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == endName) {
            break;
        }
    }
    return text;
}

bool isDateFormatCode(QString code)
{
    QString bare;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('[')) {
            bracket = true;
        } else if (bracket && c == QLatin1Char(']')) {
            bracket = false;
        } else if (!quoted && !bracket && c == QLatin1Char('\\')) {
            ++i;
        } else if (!quoted && !bracket) {
            bare += c.toLower();
        }
    }
    return bare.contains(QLatin1Char('y')) || bare.contains(QLatin1Char('d'));
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22;
}

Status readStyles(Workbook &book)
{
    QHash<int, bool> customDates;
    bool inCellXfs = false;
    auto read = readPart(*book.zip, QStringLiteral("xl/styles.xml"), [&](QXmlStreamReader &xml) -> Status {
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmt")) {
            const auto attributes = xml.attributes();
            customDates.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                               isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1String("cellStyleXfs") || name == QLatin1String("dxfs")) {
            inCellXfs = false;
        } else if (name == QLatin1String("xf") && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            book.dateStyles << (customDates.contains(id) ? customDates.value(id) : isBuiltInDateFormat(id));
        }
        return {};
    });
    return read ? Status() : Status(read.error());
}

Status readSharedStrings(Workbook &book)
{
    auto read = readPart(*book.zip, QStringLiteral("xl/sharedStrings.xml"), [&](QXmlStreamReader &xml) -> Status {
        if (xml.name() == QLatin1String("si")) {
            book.sharedStrings << readRichText(xml);
        }
        return {};
    });
    return read ? Status() : Status(read.error());
}

// Which part holds the named sheet (the first sheet when no name is given).
Result<QString> sheetPart(Workbook &book, const QString &sheetName, QString &foundName, QStringList &names)
{
    QStringList relationIds;
    auto workbook = readPart(*book.zip, QStringLiteral("xl/workbook.xml"), [&](QXmlStreamReader &xml) -> Status {
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("sheet")) {
            names << attributes.value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id")) {
                    relationIds << attribute.value().toString();
                }
            }
            if (relationIds.size() != names.size()) {
                relationIds << QString();
            }
        } else if (xml.name() == QLatin1String("workbookPr")) {
            const auto date1904 = attributes.value(QLatin1String("date1904"));
            if (date1904 == QLatin1String("1") || date1904 == QLatin1String("true")) {
                book.epoch = QDate(1904, 1, 1);
            }
        }
        return {};
    });
    if (!workbook) {
        return workbook.error();
    }
    if (!workbook.value()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is a zip archive but not an Excel workbook. Save "
                                                         "the sheet from Excel as .xlsx or CSV."));
    }
    if (names.isEmpty()) {
        return damaged(QStringLiteral("xl/workbook.xml"));
    }
    qsizetype index = 0;
    if (!sheetName.isEmpty()) {
        index = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i].compare(sheetName.trimmed(), Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The workbook has no sheet \"%1\". Its sheets are: %2."),
                         {sheetName, names.join(QStringLiteral(", "))});
        }
    }
    foundName = names[index];
    QString target;
    auto relations =
        readPart(*book.zip, QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QXmlStreamReader &xml) -> Status {
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("Relationship") &&
                attributes.value(QLatin1String("Id")) == relationIds[index]) {
                target = attributes.value(QLatin1String("Target")).toString();
            }
            return {};
        });
    if (!relations) {
        return relations.error();
    }
    if (target.isEmpty()) {
        // Without relations, sheets are numbered in order, as every Excel version writes them.
        return QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1);
    }
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
}

QString numberText(const QString &value, bool isDate, const QDate &epoch)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return value;
    }
    if (isDate && number >= 1 && number < 2958466) {
        return epoch.addDays(static_cast<qint64>(std::floor(number))).toString(Qt::ISODate);
    }
    // Phone numbers typed as numbers come back as 8.1234567890E+10; the officer typed digits.
    if (number == std::floor(number) && std::fabs(number) < 1e15) {
        return QString::number(static_cast<qint64>(number));
    }
    return value;
}

struct Cell
{
    QString type;
    int style = 0;
    QString value;
    QString inlineText;
};

QString cellText(const Workbook &book, const Cell &cell, bool &valid)
{
    valid = true;
    if (cell.type == QLatin1String("s")) {
        bool ok = false;
        const int index = cell.value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= book.sharedStrings.size()) {
            valid = false;
            return {};
        }
        return book.sharedStrings[index];
    }
    if (cell.type == QLatin1String("inlineStr")) {
        return cell.inlineText;
    }
    if (cell.type == QLatin1String("b")) {
        return cell.value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    if (cell.type == QLatin1String("str") || cell.type == QLatin1String("e") || cell.type == QLatin1String("d")) {
        return cell.value;
    }
    const bool isDate = cell.style >= 0 && cell.style < book.dateStyles.size() && book.dateStyles[cell.style];
    return numberText(cell.value, isDate, book.epoch);
}

Result<Sheet> readRows(Workbook &book, const QString &part)
{
    QList<MergedRange> merged;
    Sheet sheet;
    int rowNumber = 0;
    int column = 0;
    SheetRow *row = nullptr;
    Cell cell;
    bool inCell = false;
    QuaZip &zip = *book.zip;
    if (!zip.setCurrentFile(part)) {
        return damaged(part);
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(part);
    }
    QXmlStreamReader xml(&file);
    auto finishCell = [&]() -> Status {
        bool valid = true;
        const QString text = cellText(book, cell, valid);
        if (!valid) {
            return damaged(part);
        }
        if (text.isEmpty()) {
            return {};
        }
        if (column > MaxSheetColumn) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "Row %1 of the sheet has a value beyond column %2; the "
                                                             "register's columns are at the left of the sheet."),
                         {QString::number(rowNumber), QString::number(MaxSheetColumn)});
        }
        while (row->cells.size() < column) {
            row->cells << QString();
        }
        row->cells[column - 1] = text;
        return {};
    };
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const auto attributes = xml.attributes();
            if (name == QLatin1String("row")) {
                bool ok = false;
                const int number = attributes.value(QLatin1String("r")).toInt(&ok);
                rowNumber = ok ? number : rowNumber + 1;
                if (rowNumber < 1 || rowNumber > MaxSheetRow) {
                    return damaged(part);
                }
                sheet.rows << SheetRow{rowNumber, {}};
                row = &sheet.rows.last();
                column = 0;
            } else if (name == QLatin1String("c")) {
                if (!row) {
                    return damaged(part);
                }
                const auto reference = attributes.value(QLatin1String("r"));
                if (reference.isEmpty()) {
                    ++column;
                } else {
                    const auto parsed = parseCellReference(reference);
                    if (!parsed || parsed->second != rowNumber) {
                        return damaged(part);
                    }
                    column = parsed->first;
                }
                cell = Cell{attributes.value(QLatin1String("t")).toString(),
                            attributes.value(QLatin1String("s")).toInt(), QString(), QString()};
                inCell = true;
            } else if (inCell && name == QLatin1String("v")) {
                cell.value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inCell && name == QLatin1String("is")) {
                cell.inlineText = readRichText(xml);
            } else if (inCell && name == QLatin1String("f")) {
                xml.skipCurrentElement();
            } else if (!inCell && name == QLatin1String("mergeCell")) {
                const auto range = parseMergedRange(attributes.value(QLatin1String("ref")));
                if (!range) {
                    return damaged(part);
                }
                merged << *range;
            }
        } else if (token == QXmlStreamReader::EndElement && inCell && xml.name() == QLatin1String("c")) {
            inCell = false;
            if (Status finished = finishCell(); !finished) {
                return finished.error();
            }
        }
    }
    if (xml.hasError()) {
        return damaged(part);
    }
    if (!fillMergedRanges(sheet, merged)) {
        return damaged(part); // more merged cells than any register has: a hostile file
    }
    return sheet;
}
} // namespace

Result<Sheet> readXlsxSheet(const QByteArray &bytes, const QString &sheetName)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return damaged(QStringLiteral("zip"));
    }
    Workbook book;
    book.zip = &zip;
    QString foundName;
    QStringList names;
    auto part = sheetPart(book, sheetName, foundName, names);
    if (!part) {
        return part.error();
    }
    if (Status styles = readStyles(book); !styles) {
        return styles.error();
    }
    if (Status strings = readSharedStrings(book); !strings) {
        return strings.error();
    }
    auto sheet = readRows(book, part.value());
    if (!sheet) {
        return sheet.error();
    }
    sheet.value().name = foundName;
    sheet.value().sheetNames = names;
    return sheet;
}

} // namespace Brankas
