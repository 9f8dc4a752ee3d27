// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .xlsx reader (zip, workbook, relations, styles, shared strings, sheet XML)
// and the detection in front of it must refuse or read any bytes, never crash or hang.
#include <core/import/spreadsheetreader.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Brankas::readSpreadsheet(bytes);
    (void)Brankas::readXlsxSheet(bytes, QStringLiteral("Akun"));
    return 0;
}
