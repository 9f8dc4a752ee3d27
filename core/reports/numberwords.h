// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../i18n/language.h"

#include <QDate>
#include <QString>

namespace Brankas {

// Whole numbers written out as official documents write them: "dua ribu dua puluh tiga",
// "seratus sebelas", "seribu"; in English "two thousand twenty-three". Up to 999 trillion.
QString numberInWords(qint64 value, Language language);

// "Sabtu", "Desember"; "Saturday", "December".
QString dayName(const QDate &date, Language language);
QString monthName(int month, Language language);
// "Sabtu, 30 Desember 2023" / "Saturday, 30 December 2023".
QString longDate(const QDate &date, Language language);
// "30 Desember 2023" / "30 December 2023".
QString writtenDate(const QDate &date, Language language);
// "30-12-2023", as the digits beside a spelled-out date.
QString digitsDate(const QDate &date);
// The date in words as a berita acara opens: "Sabtu tanggal tiga puluh bulan Desember tahun dua
// ribu dua puluh tiga (30-12-2023)"; in English "Saturday, the thirtieth day of December of the
// year two thousand twenty-three (30-12-2023)".
QString dateInWords(const QDate &date, Language language);

} // namespace Brankas
