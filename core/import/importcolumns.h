// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Brankas {

// What a column of an office's sheet holds.
enum class ImportField {
    Kecamatan,
    Platform,
    Handle,
    DisplayName,
    Email,
    Phone,
    Password,
    TwoFactor,
    Term,
    State, // the account status ("Status" would shadow Brankas::Status)
    Holder,
    Notes,
};

QList<ImportField> allImportFields();
QString importFieldId(ImportField field); // "kecamatan", "handle", ...: typed in --map HEADER=FIELD
std::optional<ImportField> importFieldFromId(const QString &id);
// The header the export writes and the preview names a column by.
QString importFieldHeader(ImportField field);

// How a header is compared: case, spacing and punctuation ignored ("E-mail  Pemulihan" = "email
// pemulihan").
QString headerKey(const QString &header);

// The field a header names in Indonesian or English, if any.
std::optional<ImportField> fieldForHeader(const QString &header);

struct ColumnMapping
{
    QHash<int, ImportField> fields; // column index (0-based) -> field
    QStringList ignored;            // headers of columns not recognised, as written
};

// Maps the header row's columns to fields; `overrides` (header -> field, from --map or the wizard)
// win over the built-in names. Two columns for the same field, or an override naming a header
// the sheet does not have, are refused.
Result<ColumnMapping> mapColumns(const QStringList &headers, const QHash<QString, ImportField> &overrides);

// Whether a cell's text starts with what Excel takes for a formula (= + - @).
bool startsLikeFormula(const QString &text);

// Parses one --map value "HEADER=FIELD".
Result<std::pair<QString, ImportField>> parseColumnOverride(const QString &text);

} // namespace Brankas
