// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/mac.h"
#include "../crypto/secretbytes.h"
#include "logentry.h"

namespace Brankas {

// The hash chain of the archive log:
//   mac(n) = HMAC-SHA256(logKey, mac(n-1) || encode(entry n))
//   mac(0) = HMAC-SHA256(logKey, "brankas-log-genesis-v1" || vault id)
// where encode() length-prefixes every field, so no edit can shift bytes from one field to another.
// The log key is HKDF-SHA256(vault key, salt = vault id, info = "brankas archive log v1").
class LogChain
{
public:
    static Result<LogChain> create(const SecretBytes &vaultKey, const QString &vaultId);

    QByteArray genesis() const { return m_genesis; }
    QByteArray macFor(const QByteArray &previousMac, const LogEntry &entry) const;
    QByteArray macFor(const QByteArray &previousMac, qint64 seq, QByteArrayView at, QByteArrayView officer,
                      QByteArrayView action, QByteArrayView target, QByteArrayView details) const;

    // Authenticates the (seq, mac) of the newest entry, stored apart from the log, so that cutting
    // entries off the end is detected too.
    QByteArray headSeal(qint64 seq, const QByteArray &mac) const;

    // What an officer signs for the entries firstSeq..lastSeq of one change: the chain's MAC at
    // lastSeq covers every entry before it, so one signature per change is enough.
    QByteArray signatureMessage(qint64 firstSeq, qint64 lastSeq, const QByteArray &lastMac) const;

    // The short form printed on reports and shown by `log verify`: 16 hex digits in groups of 4.
    static QString fingerprint(const QByteArray &mac);

private:
    explicit LogChain(Crypto::HmacSha256 hmac);
    Crypto::HmacSha256 m_hmac;
    QByteArray m_genesis;
    QByteArray m_vaultId;
};

} // namespace Brankas
