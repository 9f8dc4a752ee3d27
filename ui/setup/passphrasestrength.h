// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Brankas {

// How hard a typed passphrase is to guess, for the meter under the field: core's zxcvbn estimate
// (estimateGuesses), so "weak" is exactly what checkNewPassphrase() refuses as too easy to guess.
// The reason for a refusal comes from checkNewPassphrase() itself.
struct PassphraseStrength
{
    enum class Level { Empty, Weak, Fair, Good, Strong };
    double bits = 0;
    Level level = Level::Empty;
};

PassphraseStrength estimatePassphraseStrength(QStringView text);

} // namespace Brankas
