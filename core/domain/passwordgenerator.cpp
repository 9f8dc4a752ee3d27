// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordgenerator.h"

#include "../crypto/random.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <cmath>

namespace Brankas {

namespace {

// Consonants and vowels of Indonesian spelling. f, q, v, x and z appear mostly in loanwords, so
// syllables made with them read less naturally and are left out. Every syllable is one consonant
// and one vowel, so a word splits into syllables only one way and the entropy count below is exact.
constexpr QByteArrayView Consonants("bcdghjklmnprstwy");
constexpr QByteArrayView Vowels("aeiou");
constexpr int MinSyllables = 2;
constexpr int MaxSyllables = 3;
constexpr int NumberChoices = 100; // "00".."99"

QList<QByteArray> characterClasses(const PasswordPolicy &policy)
{
    const auto filtered = [&policy](QByteArrayView characters) {
        QByteArray out;
        for (const char c : characters) {
            if (!policy.avoidAmbiguous || !QByteArrayView(AmbiguousCharacters).contains(c)) {
                out.append(c);
            }
        }
        return out;
    };
    QList<QByteArray> classes;
    if (policy.lowercase) {
        classes.append(filtered("abcdefghijklmnopqrstuvwxyz"));
    }
    if (policy.uppercase) {
        classes.append(filtered("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    }
    if (policy.digits) {
        classes.append(filtered("0123456789"));
    }
    if (policy.symbols) {
        classes.append(filtered(PasswordSymbols));
    }
    return classes;
}

Status checkPolicy(const PasswordPolicy &policy)
{
    if (policy.length < PasswordMinLength || policy.length > PasswordMaxLength) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Brankas::Error", "A generated password must be %1 to %2 characters long; %3 "
                                                "was asked for."),
            {QString::number(PasswordMinLength), QString::number(PasswordMaxLength), QString::number(policy.length)});
    }
    if (!policy.lowercase && !policy.uppercase && !policy.digits && !policy.symbols) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Choose at least one kind of character for the password: "
                                                         "small letters, capital letters, digits or symbols."));
    }
    return {};
}

Status checkPolicy(const PronounceablePolicy &policy)
{
    if (policy.words < PronounceableMinWords || policy.words > PronounceableMaxWords) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A password made of words must have %1 to %2 words; %3 "
                                                         "was asked for."),
                     {QString::number(PronounceableMinWords), QString::number(PronounceableMaxWords),
                      QString::number(policy.words)});
    }
    // A letter or digit between the words would blur where a word ends, and anything outside ASCII
    // may not be typeable on the office keyboard or accepted by a platform.
    const char16_t separator = policy.separator.unicode();
    const bool symbol = separator > 0x20 && separator < 0x7f && !policy.separator.isLetterOrNumber();
    if (!symbol) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The words of the password must be separated by a symbol "
                                                         "such as - . _ or +, not by a letter, a digit or a space."));
    }
    return {};
}

Error generationFailure()
{
    return Error(ErrorCode::Crypto,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not generate a password. Please try again; if it "
                                                     "keeps happening, tell your technical support."));
}

} // namespace

Result<SecretBytes> generatePassword(const PasswordPolicy &policy)
{
    if (Status checked = checkPolicy(policy); !checked) {
        return checked.error();
    }
    const QList<QByteArray> classes = characterClasses(policy);
    QByteArray pool;
    std::array<int, 128> classOf{};
    classOf.fill(-1);
    for (qsizetype index = 0; index < classes.size(); ++index) {
        pool.append(classes[index]);
        for (const char c : classes[index]) {
            classOf[static_cast<unsigned char>(c)] = static_cast<int>(index);
        }
    }

    // Draw every character uniformly from the whole pool and start again if a class is missing.
    // Planting one character of each class and shuffling would favour passwords with few
    // characters of the small classes; rejection keeps every acceptable password equally likely,
    // which is what the entropy figure assumes. At 8 characters with all four classes nearly one draw
    // in two is kept, so the loop ends quickly; the limit only stops a broken random source.
    SecretBytes password(policy.length);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        for (int at = 0; at < policy.length; ++at) {
            const Result<quint32> pick = Crypto::randomBelow(static_cast<quint32>(pool.size()));
            if (!pick) {
                return pick.error();
            }
            password.data()[at] = static_cast<unsigned char>(pool[pick.value()]);
        }
        QList<bool> seen(classes.size(), false);
        for (const char c : password.view()) {
            seen[classOf[static_cast<unsigned char>(c)]] = true;
        }
        if (!seen.contains(false)) {
            return password;
        }
    }
    return generationFailure();
}

double estimatedEntropyBits(const PasswordPolicy &policy)
{
    if (!checkPolicy(policy).ok()) {
        return 0.0;
    }
    // The number of acceptable passwords is, by inclusion-exclusion over the classes that could be
    // missing, the sum over subsets S of (-1)^|S| (N - |S's characters|)^L. It is computed as a
    // fraction of N^L so that 128-character powers stay in range.
    const QList<QByteArray> classes = characterClasses(policy);
    double poolSize = 0;
    for (const QByteArray &characters : classes) {
        poolSize += double(characters.size());
    }
    double acceptedFraction = 0;
    const auto subsets = 1u << classes.size();
    for (unsigned subset = 0; subset < subsets; ++subset) {
        double missing = 0;
        int sign = 1;
        for (qsizetype index = 0; index < classes.size(); ++index) {
            if (subset & (1u << index)) {
                missing += double(classes[index].size());
                sign = -sign;
            }
        }
        acceptedFraction += sign * std::pow((poolSize - missing) / poolSize, policy.length);
    }
    return policy.length * std::log2(poolSize) + std::log2(acceptedFraction);
}

Result<SecretBytes> generatePronounceable(const PronounceablePolicy &policy)
{
    if (Status checked = checkPolicy(policy); !checked) {
        return checked.error();
    }
    const auto pick = [](QByteArrayView from) -> Result<char> {
        const Result<quint32> index = Crypto::randomBelow(static_cast<quint32>(from.size()));
        if (!index) {
            return index.error();
        }
        return from[index.value()];
    };

    // Written into a buffer of the longest possible size, then copied out at its real length; the
    // buffer is wiped when it goes.
    const qsizetype longest = qsizetype(policy.words) * (MaxSyllables * 2 + 1) + 3;
    SecretBytes buffer(longest);
    qsizetype length = 0;
    const auto put = [&buffer, &length](char c) { buffer.data()[length++] = static_cast<unsigned char>(c); };
    const char separator = static_cast<char>(policy.separator.unicode());

    for (int word = 0; word < policy.words; ++word) {
        if (word > 0) {
            put(separator);
        }
        const Result<quint32> extra = Crypto::randomBelow(MaxSyllables - MinSyllables + 1);
        if (!extra) {
            return extra.error();
        }
        const int syllables = MinSyllables + static_cast<int>(extra.value());
        for (int syllable = 0; syllable < syllables; ++syllable) {
            const Result<char> consonant = pick(Consonants);
            const Result<char> vowel = pick(Vowels);
            if (!consonant || !vowel) {
                return consonant ? vowel.error() : consonant.error();
            }
            const bool first = syllable == 0;
            put(first && policy.capitalize ? static_cast<char>(consonant.value() - 'a' + 'A') : consonant.value());
            put(vowel.value());
        }
    }
    if (policy.addNumber) {
        const Result<quint32> number = Crypto::randomBelow(NumberChoices);
        if (!number) {
            return number.error();
        }
        put(separator);
        put(static_cast<char>('0' + number.value() / 10));
        put(static_cast<char>('0' + number.value() % 10));
    }
    return SecretBytes::fromView(buffer.view().first(length));
}

double estimatedEntropyBits(const PronounceablePolicy &policy)
{
    if (!checkPolicy(policy).ok()) {
        return 0.0;
    }
    // Half the words have two syllables, and those are the likeliest ones, each with a chance of
    // 1 in 2 x 80^2. Counting every word at that chance (min-entropy) rather than the average
    // gives the figure an attacker who tries two-syllable words first actually faces.
    const double syllables = double(Consonants.size() * Vowels.size());
    const double likeliestWord = 1.0 / ((MaxSyllables - MinSyllables + 1) * std::pow(syllables, MinSyllables));
    double bits = policy.words * -std::log2(likeliestWord);
    if (policy.addNumber) {
        bits += std::log2(double(NumberChoices));
    }
    return bits;
}

} // namespace Brankas
