// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetreader.h"

namespace Brankas {

namespace {
bool isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

// An Excel workbook saved with a password is an OLE compound file holding an "EncryptionInfo"
// stream (its directory names are UTF-16); an old .xls is a compound file without one.
bool isEncryptedWorkbook(const QByteArray &bytes)
{
    static const QByteArray name = QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    return bytes.contains(name);
}

bool isBlankText(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
        if (view.startsWith(bom)) {
            view = view.sliced(qstrlen(bom));
            break;
        }
    }
    for (const char c : view) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0') {
            return false;
        }
    }
    return true;
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return false; // UTF-16 text has NUL bytes
    }
    return bytes.left(4096).contains('\0');
}
} // namespace

Result<Sheet> readSpreadsheet(const QByteArray &bytes, const QString &sheetName)
{
    if (isBlankText(bytes)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is empty: there is no row to import."));
    }
    if (bytes.startsWith("PK")) {
        return readXlsxSheet(bytes, sheetName);
    }
    if (isCompoundFile(bytes)) {
        if (isEncryptedWorkbook(bytes)) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The workbook is protected with a password. Open it in Excel, remove the "
                                           "password (File > Info > Protect Workbook) and save it again as .xlsx."));
        }
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is an old Excel 97-2003 workbook (.xls). Open it "
                                                         "in Excel and save it as .xlsx or as CSV."));
    }
    if (looksBinary(bytes)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is neither an Excel workbook (.xlsx) nor a CSV "
                                                         "or text file. Save the sheet from Excel as .xlsx or CSV."));
    }
    if (!sheetName.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A CSV file has no sheets; leave out the sheet name \"%1\"."),
                     {sheetName});
    }
    return readCsvSheet(bytes);
}

} // namespace Brankas
