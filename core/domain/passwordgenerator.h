// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

#include <QChar>

namespace Brankas {

constexpr int PasswordMinLength = 8;
constexpr int PasswordMaxLength = 128;

// Symbols every platform Brankas registers accounts on (Instagram, Facebook, X, TikTok, YouTube)
// accepts, and that sit on the number row of the US layout Indonesian offices use, so an officer
// can type a password off a printed handover sheet. Quotes, backslashes, brackets and the space
// are left out: they trip up web forms, spreadsheets and people reading a password aloud.
inline constexpr char PasswordSymbols[] = "!@#$%^&*-_=+?";
// Characters that look alike in many fonts; left out when the policy asks to avoid them.
inline constexpr char AmbiguousCharacters[] = "Il1O0o";

struct PasswordPolicy
{
    int length = 20;
    bool lowercase = true;
    bool uppercase = true;
    bool digits = true;
    bool symbols = true;
    bool avoidAmbiguous = true;
};

// A random password of ASCII characters (so its UTF-8 bytes are the characters) from the CSPRNG,
// with at least one character of every enabled class. Every password the policy allows is equally
// likely. Refuses lengths outside 8..128 and a policy with no class enabled.
Result<SecretBytes> generatePassword(const PasswordPolicy &policy);

// How many bits of randomness a password made with this policy has, for the strength shown in the
// UI; 0 when the policy would be refused.
double estimatedEntropyBits(const PasswordPolicy &policy);

constexpr int PronounceableMinWords = 3;
constexpr int PronounceableMaxWords = 10;

struct PronounceablePolicy
{
    int words = 4;
    QChar separator = QLatin1Char('-');
    bool capitalize = true;
    bool addNumber = true; // a two-digit number as a last word, for sites that demand a digit
};

// A password of made-up words that read like Indonesian ("Baru-Kelo-Sinapi-Mapi-47"): each word is
// two or three consonant-vowel syllables. Easier to read out over the phone or copy from paper
// than a random string, at the price of a longer password for the same strength. Refuses fewer
// than 3 or more than 10 words, and a separator that is not an ASCII symbol.
Result<SecretBytes> generatePronounceable(const PronounceablePolicy &policy);

// Counted conservatively, as if an attacker tried the likeliest passwords first; 0 when the policy
// would be refused.
double estimatedEntropyBits(const PronounceablePolicy &policy);

} // namespace Brankas
