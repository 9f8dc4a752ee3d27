#pragma once

#include <QStringView>

namespace Brankas {

// A rough estimate of how hard a typed passphrase is to guess, for the meter under the field. It
// counts the character classes used and the length, and gives little for what guessers try first
// (repeated or consecutive characters, well-known words such as "password" or "bawaslu"). It is a
// hint for the officer, not a policy: core decides what it accepts (checkNewPassphrase).
struct PassphraseStrength
{
    enum class Level { Empty, Weak, Fair, Good, Strong };
    double bits = 0;
    Level level = Level::Empty;
};

PassphraseStrength estimatePassphraseStrength(QStringView text);

} // namespace Brankas
