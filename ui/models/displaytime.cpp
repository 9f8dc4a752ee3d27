// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytime.h"

#include <QLocale>

namespace Brankas::DisplayTime {

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    // Hours and minutes in the locale's way ("16.05" in Indonesian); seconds only crowd a table.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return date(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), format);
}

} // namespace Brankas::DisplayTime
