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
    return text.toLower();
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
