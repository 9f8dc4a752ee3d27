// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../domain/secretkind.h"
#include "../log/logentry.h"
#include "../result.h"
#include "../vault/session.h"

#include <QDateTime>
#include <QList>

namespace Brankas {

class Vault;

// What the history of a secret shows: never the value.
struct SecretVersion
{
    qint64 id = 0;
    SecretKind kind = SecretKind::Password;
    QDateTime setAt;
    QString officer;
    QString reason;
    bool current = false;
};

// The encrypted secrets of accounts. Every value is kept, encrypted and bound to its row; reading
// one is allowed to operators and administrators only and is always logged.
class Secrets
{
public:
    explicit Secrets(Vault &vault)
        : m_vault(vault)
    {}

    Status set(const Session &session, qint64 accountId, SecretKind kind, const SecretBytes &value,
               const QString &reason);
    // Decrypts the current value (or an older one, by version id) and logs that it was revealed.
    Result<SecretBytes> reveal(const Session &session, qint64 accountId, SecretKind kind, qint64 versionId = 0);
    // The UI copies instead of showing; the log says which.
    Result<SecretBytes> copy(const Session &session, qint64 accountId, SecretKind kind);
    Result<QList<SecretVersion>> history(qint64 accountId);

    // For a caller already inside a transaction (recording an account with its first password):
    // stores the value and returns the log event for it.
    Result<LogEvent> store(const Session &session, qint64 accountId, SecretKind kind, const SecretBytes &value,
                           const QString &reason);

    static constexpr const char *Table = "account_secret";

private:
    Result<SecretBytes> open(const Session &session, qint64 accountId, SecretKind kind, qint64 versionId,
                             const QString &action);
    Vault &m_vault;
};

} // namespace Brankas
