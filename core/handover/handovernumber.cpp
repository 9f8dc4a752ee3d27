// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovernumber.h"

#include <QRegularExpression>

namespace Brankas {

namespace {
const QRegularExpression FieldPattern(QStringLiteral("\\{([a-z0-9-]+)\\}"));

QString fieldValue(const QString &name, const HandoverNumberFields &fields, bool *known)
{
    *known = true;
    if (name == QLatin1String("seq")) {
        return QString::number(fields.sequence);
    }
    if (name == QLatin1String("seq3")) {
        return QStringLiteral("%1").arg(fields.sequence, 3, 10, QLatin1Char('0'));
    }
    if (name == QLatin1String("regency")) {
        return fields.regencyCode;
    }
    if (name == QLatin1String("kecamatan")) {
        return fields.kecamatanCode;
    }
    if (name == QLatin1String("day")) {
        return QStringLiteral("%1").arg(fields.date.day(), 2, 10, QLatin1Char('0'));
    }
    if (name == QLatin1String("month")) {
        return QStringLiteral("%1").arg(fields.date.month(), 2, 10, QLatin1Char('0'));
    }
    if (name == QLatin1String("month-roman")) {
        return romanNumeral(fields.date.month());
    }
    if (name == QLatin1String("year")) {
        return QString::number(fields.date.year());
    }
    *known = false;
    return {};
}
} // namespace

QString romanNumeral(int value)
{
    static const std::pair<int, const char *> Numerals[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString result;
    if (value <= 0 || value >= 4000) {
        return result;
    }
    for (const auto &[amount, numeral] : Numerals) {
        while (value >= amount) {
            result += QLatin1String(numeral);
            value -= amount;
        }
    }
    return result;
}

QString formatHandoverNumber(const QString &pattern, const HandoverNumberFields &fields)
{
    QString result;
    qsizetype last = 0;
    auto matches = FieldPattern.globalMatch(pattern);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += pattern.mid(last, match.capturedStart() - last);
        bool known = false;
        const QString value = fieldValue(match.captured(1), fields, &known);
        result += known ? value : match.captured(0);
        last = match.capturedEnd();
    }
    result += pattern.mid(last);
    return result;
}

Status checkHandoverNumberTemplate(const QString &pattern)
{
    bool hasSequence = false;
    auto matches = FieldPattern.globalMatch(pattern);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        bool known = false;
        (void)fieldValue(name, HandoverNumberFields{}, &known);
        if (!known) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The handover number template uses {%1}, which Brankas does not know. Use "
                                           "{seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman} or "
                                           "{year}."),
                         {name});
        }
        hasSequence = hasSequence || name.startsWith(QLatin1String("seq"));
    }
    if (!hasSequence) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The handover number template needs {seq} (or {seq3}), so "
                                                         "that no two handovers get the same number."));
    }
    return {};
}

} // namespace Brankas
