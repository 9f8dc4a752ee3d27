#include "passphrasestrength.h"

#include <QList>
#include <QString>

#include <cmath>

namespace Brankas {

namespace {
// What people put into passwords first, and so what a guesser tries first; matched without case.
constexpr const char16_t *CommonWords[] = {
    u"password",  u"passw0rd", u"sandi",   u"rahasia", u"admin",   u"bawaslu",   u"panwaslu", u"pemilu",
    u"indonesia", u"jakarta",  u"qwerty",  u"asdf",    u"123456",  u"654321",    u"111111",   u"000000",
    u"abcdef",    u"iloveyou", u"welcome", u"brankas", u"merdeka", u"bismillah", u"sayang",   u"kantor",
};

int poolSize(QStringView text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (QChar c : text) {
        if (c >= u'a' && c <= u'z') {
            lower = true;
        } else if (c >= u'A' && c <= u'Z') {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else if (c.unicode() < 0x80) {
            symbol = true;
        } else {
            other = true;
        }
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
}
} // namespace

PassphraseStrength estimatePassphraseStrength(QStringView text)
{
    PassphraseStrength result;
    if (text.isEmpty()) {
        return result;
    }
    const double perCharacter = std::log2(double(std::max(poolSize(text), 2)));

    // Characters inside a common word count together as about 10 bits for the whole word.
    const QString lower = text.toString().toLower();
    QList<bool> common(lower.size(), false);
    double bits = 0;
    for (const char16_t *word : CommonWords) {
        const QString needle = QString::fromUtf16(word);
        for (qsizetype at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            bits += 10;
            for (qsizetype i = at; i < at + needle.size(); ++i) {
                common[i] = true;
            }
        }
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (common[i]) {
            continue;
        }
        // "aaaa" and "1234" add about one bit a character, not a fresh random one.
        const bool predictable = i > 0 && std::abs(int(text[i].unicode()) - int(text[i - 1].unicode())) <= 1;
        bits += predictable ? 1.0 : perCharacter;
    }
    result.bits = bits;
    result.level = bits < 36   ? PassphraseStrength::Level::Weak
                   : bits < 56 ? PassphraseStrength::Level::Fair
                   : bits < 76 ? PassphraseStrength::Level::Good
                               : PassphraseStrength::Level::Strong;
    return result;
}

} // namespace Brankas
