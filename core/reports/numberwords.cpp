// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberwords.h"

#include <QStringList>

namespace Brankas {

namespace {
const char *const IndonesianUnits[] = {"nol",  "satu", "dua",   "tiga",    "empat",
                                       "lima", "enam", "tujuh", "delapan", "sembilan"};
const char *const EnglishUnits[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                                    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                                    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char *const EnglishTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                   "fifty", "sixty", "seventy", "eighty", "ninety"};
const char *const EnglishOrdinals[] = {"",
                                       "first",
                                       "second",
                                       "third",
                                       "fourth",
                                       "fifth",
                                       "sixth",
                                       "seventh",
                                       "eighth",
                                       "ninth",
                                       "tenth",
                                       "eleventh",
                                       "twelfth",
                                       "thirteenth",
                                       "fourteenth",
                                       "fifteenth",
                                       "sixteenth",
                                       "seventeenth",
                                       "eighteenth",
                                       "nineteenth",
                                       "twentieth",
                                       "twenty-first",
                                       "twenty-second",
                                       "twenty-third",
                                       "twenty-fourth",
                                       "twenty-fifth",
                                       "twenty-sixth",
                                       "twenty-seventh",
                                       "twenty-eighth",
                                       "twenty-ninth",
                                       "thirtieth",
                                       "thirty-first"};
const char *const IndonesianDays[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
const char *const EnglishDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const IndonesianMonths[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                        "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
const char *const EnglishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

// 1..999 in Indonesian: "se-" stands for "satu" before belas, ratus (and ribu, handled above).
QString indonesianBelowThousand(int n)
{
    QStringList words;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1) {
        words << QStringLiteral("seratus");
    } else if (hundreds > 1) {
        words << QString::fromLatin1(IndonesianUnits[hundreds]) + QStringLiteral(" ratus");
    }
    if (rest == 10) {
        words << QStringLiteral("sepuluh");
    } else if (rest == 11) {
        words << QStringLiteral("sebelas");
    } else if (rest > 11 && rest < 20) {
        words << QString::fromLatin1(IndonesianUnits[rest - 10]) + QStringLiteral(" belas");
    } else if (rest >= 20) {
        words << QString::fromLatin1(IndonesianUnits[rest / 10]) + QStringLiteral(" puluh");
        if (rest % 10) {
            words << QString::fromLatin1(IndonesianUnits[rest % 10]);
        }
    } else if (rest > 0) {
        words << QString::fromLatin1(IndonesianUnits[rest]);
    }
    return words.join(QLatin1Char(' '));
}

QString englishBelowThousand(int n)
{
    QStringList words;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds > 0) {
        words << QString::fromLatin1(EnglishUnits[hundreds]) + QStringLiteral(" hundred");
    }
    if (rest >= 20) {
        QString tens = QString::fromLatin1(EnglishTens[rest / 10]);
        if (rest % 10) {
            tens += QLatin1Char('-') + QString::fromLatin1(EnglishUnits[rest % 10]);
        }
        words << tens;
    } else if (rest > 0) {
        words << QString::fromLatin1(EnglishUnits[rest]);
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

QString numberInWords(qint64 value, Language language)
{
    const bool indonesian = language == Language::Indonesian;
    if (value == 0) {
        return QString::fromLatin1(indonesian ? IndonesianUnits[0] : EnglishUnits[0]);
    }
    if (value < 0) {
        return (indonesian ? QStringLiteral("minus ") : QStringLiteral("minus ")) + numberInWords(-value, language);
    }
    static const char *const IndonesianScales[] = {"", "ribu", "juta", "miliar", "triliun"};
    static const char *const EnglishScales[] = {"", "thousand", "million", "billion", "trillion"};
    QStringList groups;
    int scale = 0;
    while (value > 0 && scale < 5) {
        const int group = int(value % 1000);
        value /= 1000;
        if (group != 0) {
            QString words;
            if (indonesian && scale == 1 && group == 1) {
                words = QStringLiteral("seribu");
            } else {
                words = indonesian ? indonesianBelowThousand(group) : englishBelowThousand(group);
                if (scale > 0) {
                    words += QLatin1Char(' ') +
                             QString::fromLatin1(indonesian ? IndonesianScales[scale] : EnglishScales[scale]);
                }
            }
            groups.prepend(words);
        }
        ++scale;
    }
    return groups.join(QLatin1Char(' '));
}

QString dayName(const QDate &date, Language language)
{
    const int index = date.dayOfWeek() - 1;
    return QString::fromLatin1(language == Language::Indonesian ? IndonesianDays[index] : EnglishDays[index]);
}

QString monthName(int month, Language language)
{
    const int index = std::clamp(month, 1, 12) - 1;
    return QString::fromLatin1(language == Language::Indonesian ? IndonesianMonths[index] : EnglishMonths[index]);
}

QString writtenDate(const QDate &date, Language language)
{
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month(), language)).arg(date.year());
}

QString longDate(const QDate &date, Language language)
{
    return dayName(date, language) + QStringLiteral(", ") + writtenDate(date, language);
}

QString digitsDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString dateInWords(const QDate &date, Language language)
{
    if (language == Language::Indonesian) {
        return QStringLiteral("%1 tanggal %2 bulan %3 tahun %4 (%5)")
            .arg(dayName(date, language), numberInWords(date.day(), language), monthName(date.month(), language),
                 numberInWords(date.year(), language), digitsDate(date));
    }
    return QStringLiteral("%1, the %2 day of %3 of the year %4 (%5)")
        .arg(dayName(date, language), QString::fromLatin1(EnglishOrdinals[date.day()]),
             monthName(date.month(), language), numberInWords(date.year(), language), digitsDate(date));
}

} // namespace Brankas
