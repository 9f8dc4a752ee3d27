// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasestrength.h"

#include <core/vault/passphrase.h>
#include <core/vault/passphraseguess.h>

#include <QString>

namespace Brankas {

PassphraseStrength estimatePassphraseStrength(QStringView text)
{
    PassphraseStrength result;
    if (text.isEmpty()) {
        return result;
    }
    // Core's estimate, so the meter never calls "fair" what core refuses as too easy to guess.
    QByteArray utf8 = text.toUtf8();
    result.bits = estimateGuesses(utf8).bits;
    utf8.fill('\0');
    result.level = result.bits < MinimumPassphraseBits ? PassphraseStrength::Level::Weak
                   : result.bits < 45                  ? PassphraseStrength::Level::Fair
                   : result.bits < 65                  ? PassphraseStrength::Level::Good
                                                       : PassphraseStrength::Level::Strong;
    return result;
}

} // namespace Brankas
