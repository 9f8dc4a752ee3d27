// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/mac.h"
#include "../crypto/secretbytes.h"
#include "../result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace Brankas {

// The ranges Brankas accepts. RFC 4226 allows 6 to 8 digits in practice (more would exceed the
// 31 bits the truncation yields); periods outside 15..120 seconds are almost certainly a typo.
constexpr int TotpMinDigits = 6;
constexpr int TotpMaxDigits = 8;
constexpr int TotpMinPeriod = 15;
constexpr int TotpMaxPeriod = 120;

// A two-factor setup as a platform hands it out. Move-only, because the secret is.
struct TotpParameters
{
    SecretBytes secret;
    Crypto::HashAlgorithm algorithm = Crypto::HashAlgorithm::Sha1;
    int digits = 6;
    int period = 30; // seconds
    QString issuer;  // the platform, e.g. "Instagram", when the setup link names it
    QString account; // the account name the setup link carries, if any
};

// Reads what the officer pasted from a platform's two-factor setup page: either the setup key
// itself ("JBSW Y3DP EHPK 3PXP", any case, with or without spaces) or an otpauth://totp/ link as
// encoded in the QR code. Refuses counter-based (hotp) links, digits outside 6..8, periods outside
// 15..120 seconds and an empty key, each with a message saying what is wrong.
Result<TotpParameters> parseTotpSeed(QByteArrayView text);

struct TotpCode
{
    QString code;         // zero-padded to the configured number of digits
    int secondsRemaining; // whole seconds until the next code, 1..period
};

// The RFC 6238 code for the given instant. The time comes from the caller (a Clock), never from
// the system clock here, so tests and the UI decide what "now" is.
Result<TotpCode> totpAt(const TotpParameters &parameters, const QDateTime &utc);

// The RFC 4226 HOTP value for one counter; TOTP is this with the counter taken from the time.
Result<QString> hotp(QByteArrayView secret, quint64 counter, int digits = 6,
                     Crypto::HashAlgorithm algorithm = Crypto::HashAlgorithm::Sha1);

} // namespace Brankas
