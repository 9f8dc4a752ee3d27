// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryproposal.h"

#include "../domain/passwordgenerator.h"

namespace Brankas {

namespace {
// Six words give about 80 bits against a guesser who knows how they are made, behind scrypt; lower
// case and spaces, because people copy them by hand from paper.
constexpr int RecoveryWords = 6;
} // namespace

Result<SecretBytes> proposeRecoveryPassphrase()
{
    PronounceablePolicy policy;
    policy.words = RecoveryWords;
    policy.capitalize = false;
    policy.addNumber = false;
    auto made = generatePronounceable(policy);
    if (!made) {
        return made.error();
    }
    SecretBytes phrase = std::move(made).value();
    // The generator separates with '-'; spaces read better on paper and survive retyping (a
    // recovery passphrase's runs of spaces count as one).
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        if (phrase.data()[i] == '-') {
            phrase.data()[i] = ' ';
        }
    }
    return phrase;
}

} // namespace Brankas
