// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QDate>
#include <QString>

namespace Brankas {

inline const QString DefaultHandoverNumberTemplate = QStringLiteral("{seq}/BA/HM.02/{regency}/{month-roman}/{year}");

// The fields a handover number template can use.
struct HandoverNumberFields
{
    int sequence = 1; // the handover's number within its year
    QString regencyCode;
    QString kecamatanCode;
    QDate date;
};

// Fills a template such as "{seq}/BA/HM.02/{regency}/{month-roman}/{year}". Known fields: {seq},
// {seq3} (zero-padded to 3 digits), {regency}, {kecamatan}, {day}, {month}, {month-roman}, {year}.
QString formatHandoverNumber(const QString &pattern, const HandoverNumberFields &fields);
// Refuses a template without a sequence field or with an unknown field, naming it.
Status checkHandoverNumberTemplate(const QString &pattern);
QString romanNumeral(int value); // 1..3999

} // namespace Brankas
