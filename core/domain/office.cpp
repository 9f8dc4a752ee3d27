// SPDX-License-Identifier: GPL-3.0-or-later
#include "office.h"

namespace Brankas {

QString normalizedPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        digits.replace(0, 1, QStringLiteral("62"));
    }
    return digits;
}

} // namespace Brankas
