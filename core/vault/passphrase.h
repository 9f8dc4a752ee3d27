#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

namespace Brankas {

enum class PassphraseKind { Officer, Recovery };

constexpr int MinimumOfficerPassphraseLength = 8;
constexpr int MinimumRecoveryPassphraseLength = 16;

// The same passphrase typed on Windows and on Linux, or copied from a printed recovery sheet, must
// give the same bytes: Unicode NFC always; for the recovery passphrase also surrounding spaces
// dropped and runs of spaces made one, because people retype it from paper.
SecretBytes normalizedPassphrase(QByteArrayView utf8, PassphraseKind kind);

// Refuses a new passphrase that is too short or that repeats the officer's name.
Status checkNewPassphrase(QByteArrayView utf8, PassphraseKind kind, const QString &officerName = {});

} // namespace Brankas
