// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Brankas {

// A one-sheet Excel workbook: a bold header row that stays in view, columns as wide as their
// text, dates as dates. Written with QuaZip rather than libxlsxwriter: both export minizip's
// zipOpen symbols, and in one process QuaZip's (which takes a QIODevice) interposes on the one
// libxlsxwriter calls, which then crashes.
class XlsxWriter
{
public:
    explicit XlsxWriter(QStringList headers);

    // Cells are QString (text) or QDate (a date; an invalid one leaves the cell empty).
    void addRow(const QVariantList &cells);
    Result<QByteArray> finish(const QString &sheetName) const;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace Brankas
