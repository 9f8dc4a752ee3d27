// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Brankas {

// The text of a CSV file as Excel and office PCs save it: UTF-8 with or without a BOM, UTF-16
// with a BOM, and otherwise Windows-1252 (what Excel on Indonesian Windows writes as "CSV").
QString decodeSpreadsheetText(const QByteArray &bytes);

} // namespace Brankas
