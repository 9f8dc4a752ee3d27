// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "sheet.h"

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
    Nature, // term-bound or permanent (a permanent account passes from one committee to the next)
    State,  // the account status ("Status" would shadow Brankas::Status)
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
// the sheet does not have, are refused. Columns named in `ignoredHeaders` (the wizard's "ignored")
// are left out even when their header names a field.
Result<ColumnMapping> mapColumns(const QStringList &headers, const QHash<QString, ImportField> &overrides,
                                 const QStringList &ignoredHeaders = {});

// Which row of the sheet names the columns: the first of its first few non-blank rows whose
// headers map (a title above the table, often merged across it, is passed over; so is the upper
// row of a header merged over two rows). The first non-blank row when none maps, so that its
// mapping error is the one reported; rows.size() when every row is blank.
qsizetype findHeaderRow(const QList<SheetRow> &rows, const QHash<QString, ImportField> &overrides = {},
                        const QStringList &ignoredHeaders = {});

// Whether a cell's text starts with what Excel takes for a formula (= + - @).
bool startsLikeFormula(const QString &text);

// Parses one --map value "HEADER=FIELD".
Result<std::pair<QString, ImportField>> parseColumnOverride(const QString &text);

} // namespace Brankas
