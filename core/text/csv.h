#pragma once

#include "../result.h"

#include <QList>
#include <QStringList>

namespace Brankas {

// RFC 4180 CSV: comma-separated, fields optionally in double quotes with "" for a quote, CRLF or
// LF line ends. A malformed row is refused with its line number, never silently skipped.
Result<QList<QStringList>> parseCsv(QStringView text);

} // namespace Brankas
