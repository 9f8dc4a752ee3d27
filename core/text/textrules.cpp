// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Brankas {

namespace TextRules {
const TextRule OfficerName{QT_TRANSLATE_NOOP("Brankas::Error", "officer's name"), 80, false, true};
const TextRule PersonName{QT_TRANSLATE_NOOP("Brankas::Error", "name"), 120};
const TextRule Position{QT_TRANSLATE_NOOP("Brankas::Error", "position"), 150};
const TextRule OfficeName{QT_TRANSLATE_NOOP("Brankas::Error", "office's name"), 200};
const TextRule PlaceName{QT_TRANSLATE_NOOP("Brankas::Error", "place name"), 100};
const TextRule TermName{QT_TRANSLATE_NOOP("Brankas::Error", "term's name"), 100};
const TextRule Address{QT_TRANSLATE_NOOP("Brankas::Error", "address"), 300};
const TextRule PlatformName{QT_TRANSLATE_NOOP("Brankas::Error", "platform's name"), 60};
const TextRule DisplayName{QT_TRANSLATE_NOOP("Brankas::Error", "account's display name"), 150};
const TextRule Handle{QT_TRANSLATE_NOOP("Brankas::Error", "username"), 100};
const TextRule EmailAddress{QT_TRANSLATE_NOOP("Brankas::Error", "e-mail address"), 254};
const TextRule Reason{QT_TRANSLATE_NOOP("Brankas::Error", "reason"), 500};
const TextRule Notes{QT_TRANSLATE_NOOP("Brankas::Error", "notes"), 4000, true};
const TextRule EvaluationNote{QT_TRANSLATE_NOOP("Brankas::Error", "evaluation note"), 600};
} // namespace TextRules

namespace {
constexpr char32_t LoneSurrogate = 0xFFFFFFFF;

// The text's code points; a surrogate without its partner comes out as LoneSurrogate.
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            points.append(LoneSurrogate);
        } else {
            points.append(c.unicode());
        }
    }
    return points;
}

QString codePointName(char32_t codePoint)
{
    if (codePoint == LoneSurrogate) {
        return QStringLiteral("U+D800–DFFF");
    }
    return QStringLiteral("U+") + QString::number(uint(codePoint), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString escape(char32_t codePoint)
{
    if (codePoint == LoneSurrogate) {
        return QStringLiteral("\\ufffd");
    }
    if (codePoint < 0x80) {
        return QStringLiteral("\\x%1").arg(uint(codePoint), 2, 16, QLatin1Char('0'));
    }
    if (codePoint <= 0xFFFF) {
        return QStringLiteral("\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
    }
    return QStringLiteral("\\U%1").arg(uint(codePoint), 8, 16, QLatin1Char('0'));
}

QString fieldName(const TextRule &rule)
{
    return QCoreApplication::translate(Error::TranslationContext, rule.what);
}

// The writing system of a letter, or none for digits, punctuation and combining marks, which
// every alphabet shares.
std::optional<QChar::Script> letterScript(char32_t codePoint)
{
    const QChar::Script script = QChar::script(codePoint);
    if (script == QChar::Script_Common || script == QChar::Script_Inherited || script == QChar::Script_Unknown) {
        return std::nullopt;
    }
    return script;
}
} // namespace

bool isHiddenCharacter(char32_t codePoint)
{
    if (codePoint == LoneSurrogate || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return true;
    }
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

Status checkText(const TextRule &rule, const QString &text)
{
    const QList<char32_t> points = codePoints(text);
    for (const char32_t point : points) {
        const bool lineBreak = point == U'\n' || point == U'\t' || point == U'\r';
        if (isHiddenCharacter(point) && !(rule.multiline && lineBreak)) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The %1 contains a control character or an invisible mark (%2), which "
                                           "could hide or reorder what is shown. Type it again without it."),
                         {fieldName(rule), codePointName(point)});
        }
    }
    if (points.size() > rule.maximum) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The %1 is too long: at most %2 characters (it has %3)."),
                     {fieldName(rule), QString::number(rule.maximum), QString::number(points.size())});
    }
    if (rule.oneScript) {
        std::optional<QChar::Script> seen;
        for (const char32_t point : points) {
            const auto script = letterScript(point);
            if (!script) {
                continue;
            }
            if (seen && *seen != *script) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Brankas::Error",
                                               "The %1 mixes letters of different alphabets (such as a Cyrillic "
                                               "\"А\" among Latin letters), so it could pass for another name. "
                                               "Type it in one alphabet."),
                             {fieldName(rule)});
            }
            seen = script;
        }
    }
    return {};
}

Status checkTexts(std::initializer_list<TextField> fields)
{
    for (const TextField &field : fields) {
        if (Status status = checkText(field.rule, field.text); !status) {
            return status;
        }
    }
    return {};
}

Status checkOfficerName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Give the officer's name."));
    }
    return checkText(TextRules::OfficerName, trimmed);
}

QString escapedForTerminal(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t point : codePoints(text)) {
        if (point == U'\n' || point == U'\t' || !isHiddenCharacter(point)) {
            result.append(QString::fromUcs4(&point, 1));
        } else {
            result.append(escape(point));
        }
    }
    return result;
}

QString escapedJson(const QString &json)
{
    QString result;
    result.reserve(json.size());
    for (const char32_t point : codePoints(json)) {
        // JSON's own structure is ASCII, and its writer already escapes C0 controls inside strings:
        // whatever else is hidden can only be inside a string, where \uXXXX means the same.
        if (point < 0x80 && point != 0x7F) {
            result.append(QChar(char16_t(point)));
            continue;
        }
        if (!isHiddenCharacter(point)) {
            result.append(QString::fromUcs4(&point, 1));
            continue;
        }
        const char32_t shown = point == LoneSurrogate ? 0xFFFD : point;
        if (shown <= 0xFFFF) {
            result.append(QStringLiteral("\\u%1").arg(uint(shown), 4, 16, QLatin1Char('0')));
        } else {
            const QChar high = QChar::highSurrogate(shown);
            const QChar low = QChar::lowSurrogate(shown);
            result.append(QStringLiteral("\\u%1\\u%2")
                              .arg(high.unicode(), 4, 16, QLatin1Char('0'))
                              .arg(low.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    return result;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t point = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            point = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            point = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            point = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > size) {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            point = (point << 6) | (next & 0x3F);
        }
        if (point < minimum || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace Brankas
