// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../log/logsigner.h"
#include "secretskey.h"
#include "session.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Brankas {

// The keys an officer's sign-in unlocked, held by the vault (not by the Session value, which is
// copied freely) and wiped when the vault locks.
struct SignedInKeys
{
    SecretBytes signSeed;
    QByteArray signPublic;
    std::optional<SecretBytes> secretsKey; // operators and administrators with a seal only
    std::optional<SecretFieldKeys> fieldKeys;

    LogSigner signer() const { return LogSigner{signSeed, signPublic}; }
};

class SignedInKeyring
{
public:
    void put(qint64 officerId, SignedInKeys keys)
    {
        m_keys.insert(officerId, std::make_shared<SignedInKeys>(std::move(keys)));
    }
    const SignedInKeys *find(const Session &session) const
    {
        auto found = m_keys.constFind(session.officer.id);
        return found == m_keys.cend() ? nullptr : found.value().get();
    }
    void clear() { m_keys.clear(); }

private:
    QHash<qint64, std::shared_ptr<SignedInKeys>> m_keys;
};

} // namespace Brankas
