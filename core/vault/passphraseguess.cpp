// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphraseguess.h"

#include "../crypto/secretbytes.h"

#include <QFile>
#include <QSet>

#include <zxcvbn.h>

#include <vector>

namespace Brankas {

namespace {
QStringList localWords()
{
    QFile file(QStringLiteral(":/data/passwords/indonesian.txt"));
    QStringList words;
    if (!file.open(QIODevice::ReadOnly)) {
        return words;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#'))) {
            words << word;
        }
    }
    return words;
}

// The officer's name as a guesser would use it: each part, and the parts run together.
QStringList nameWords(const QStringList &personalWords)
{
    QStringList words;
    for (const QString &text : personalWords) {
        const QStringList parts = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.size() >= 3) {
                words << part;
            }
        }
        if (parts.size() > 1) {
            words << parts.join(QString());
        }
    }
    return words;
}

GuessPattern patternOf(int type)
{
    if (type & MULTIPLE_MATCH) {
        return GuessPattern::Repeat;
    }
    switch (type) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        return GuessPattern::CommonWord;
    case USER_MATCH:
    case USER_LEET_MATCH:
        return GuessPattern::LocalWord;
    case REPEATS_MATCH:
        return GuessPattern::Repeat;
    case SEQUENCE_MATCH:
        return GuessPattern::Sequence;
    case SPATIAL_MATCH:
        return GuessPattern::KeyboardWalk;
    case DATE_MATCH:
    case YEAR_MATCH:
        return GuessPattern::Date;
    default:
        return GuessPattern::None;
    }
}
} // namespace

GuessEstimate estimateGuesses(QByteArrayView utf8, const QStringList &personalWords)
{
    GuessEstimate estimate;
    if (utf8.isEmpty()) {
        return estimate;
    }
    // zxcvbn wants a NUL-terminated string; the copy is wiped with the SecretBytes.
    SecretBytes terminated(utf8.size() + 1);
    std::copy(utf8.begin(), utf8.end(), terminated.data());
    terminated.data()[utf8.size()] = '\0';

    std::vector<QByteArray> words;
    for (const QString &word : nameWords(personalWords) + localWords()) {
        words.push_back(word.toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);

    ZxcMatch_t *info = nullptr;
    estimate.bits = ZxcvbnMatch(terminated.constData(), dictionary.data(), &info);
    int longest = 0;
    for (const ZxcMatch_t *match = info; match; match = match->Next) {
        const GuessPattern pattern = patternOf(match->Type);
        if (pattern != GuessPattern::None && match->Length > longest) {
            longest = match->Length;
            estimate.pattern = pattern;
        }
    }
    ZxcvbnFreeInfo(info);
    if (estimate.pattern == GuessPattern::None) {
        estimate.pattern = GuessPattern::ShortAndPlain;
    }
    return estimate;
}

} // namespace Brankas
