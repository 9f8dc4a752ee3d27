// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Brankas {

// What makes a passphrase easy to guess, as zxcvbn finds it: the pattern that covers most of it.
enum class GuessPattern {
    None,          // nothing a guesser tries first
    CommonWord,    // a common password, word or name (English lists, with l33t spellings)
    LocalWord,     // a word everybody here tries: the officer's name, bawaslu, rahasia, sandi...
    Repeat,        // aaaa, abcabc, a word typed twice
    Sequence,      // 1234, abcd, 9876
    KeyboardWalk,  // qwerty, 1qaz2wsx, asdfgh
    Date,          // a date or a year
    ShortAndPlain, // few characters and nothing else to find
};

struct GuessEstimate
{
    double bits = 0; // log2 of the guesses an attacker trying the likely patterns first needs
    GuessPattern pattern = GuessPattern::None;
};

// zxcvbn's estimate (libzxcvbn), with the Indonesian words of :/data/passwords/indonesian.txt and
// `personalWords` (the officer's name, say) tried first as well.
GuessEstimate estimateGuesses(QByteArrayView utf8, const QStringList &personalWords = {});

} // namespace Brankas
