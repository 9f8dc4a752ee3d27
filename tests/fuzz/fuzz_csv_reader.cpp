// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV/TXT reader (encoding, separator, RFC 4180 quoting) must refuse or read
// any bytes, never crash or hang.
#include <core/import/spreadsheetreader.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto sheet = Brankas::readCsvSheet(bytes);
    if (sheet) {
        for (const Brankas::SheetRow &row : sheet.value().rows) {
            (void)row.isBlank();
        }
    }
    return 0;
}
