// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

namespace Brankas {

enum class PassphraseKind { Officer, Recovery };

constexpr int MinimumOfficerPassphraseLength = 8;
constexpr int MinimumRecoveryPassphraseLength = 16;
// log2 of the guesses zxcvbn says a new passphrase needs, at least: 10^10, zxcvbn's score 3, "safely
// unguessable: moderate protection from an offline slow-hash scenario" — ours, where each guess at
// a stolen vault costs an scrypt of 128 MiB. Every common password, word, name, keyboard walk,
// repeat, sequence and date falls below it.
constexpr double MinimumPassphraseBits = 33.2;

// The same passphrase typed on Windows and on Linux, or copied from a printed recovery sheet, must
// give the same bytes: Unicode NFC always; for the recovery passphrase also surrounding spaces
// dropped and runs of spaces made one, because people retype it from paper. Bytes that are not
// valid UTF-8 are returned as they are, never decoded with replacement characters: two different
// byte strings must never verify as the same passphrase.
SecretBytes normalizedPassphrase(QByteArrayView utf8, PassphraseKind kind);

// Refuses a new passphrase that is not valid UTF-8, too short, the officer's name, or easy to guess
// (a common password or word, a keyboard walk, a repeat, a sequence, a date), saying which.
Status checkNewPassphrase(QByteArrayView utf8, PassphraseKind kind, const QString &officerName = {});

} // namespace Brankas
