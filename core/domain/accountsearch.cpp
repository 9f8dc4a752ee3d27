// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsearch.h"

#include <algorithm>

namespace Brankas {

AccountSearch::AccountSearch(const QString &text)
{
    QString word;
    auto flush = [&] {
        // "@momunu" is how a handle is written; the stored handle has no "@".
        if (word.startsWith(QLatin1Char('@'))) {
            word.remove(0, 1);
        }
        if (!word.isEmpty()) {
            m_words << word;
        }
        word.clear();
    };
    for (const QChar c : fold(text)) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            flush();
        } else {
            word += c;
        }
    }
    flush();
}

QString AccountSearch::fold(const QString &text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        return text.toLower();
    }
    // Each character to its own lower case, except that a letter outside ASCII never becomes an
    // ASCII one (U+0130 "İ" and U+212A, the Kelvin sign, would become "i" and "k"): so an ASCII
    // word is part of a folded field exactly when SQLite's LIKE finds it, and storage can search
    // ASCII words in SQL alone.
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const char32_t lower = QChar::toLower(c);
        const char32_t kept = c >= 0x80 && lower < 0x80 ? c : lower;
        if (QChar::requiresSurrogates(kept)) {
            folded += QChar(QChar::highSurrogate(kept));
            folded += QChar(QChar::lowSurrogate(kept));
        } else {
            folded += QChar(char16_t(kept));
        }
    }
    return folded;
}

bool AccountSearch::matches(const Account &account) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    std::array<QString, Fields.size()> folded;
    for (size_t i = 0; i < Fields.size(); ++i) {
        folded[i] = fold(account.*Fields[i]);
    }
    return std::all_of(m_words.begin(), m_words.end(), [&folded](const QString &word) {
        return std::any_of(folded.begin(), folded.end(),
                           [&word](const QString &field) { return field.contains(word); });
    });
}

} // namespace Brankas
