// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as the models and pages show them, in the UI language (LanguageSwitcher sets the
// default QLocale with the translator, so QLocale() is the UI locale). Stored times are UTC; an
// officer reads them in the PC's time zone.
namespace Brankas::DisplayTime {

// "Rabu, 14 Februari 2024" / "Wednesday, 14 February 2024": detail panels.
QString longDate(const QDate &date);
// "14 Februari 2024": table cells, where the weekday would only crowd the column.
QString date(const QDate &date);
// "14 Februari 2024 16.00" in the PC's time zone.
QString dateTime(const QDateTime &utc);

} // namespace Brankas::DisplayTime
