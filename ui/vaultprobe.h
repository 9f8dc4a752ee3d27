#pragma once

#include <core/error.h>
#include <core/vault/vault.h>

namespace Brankas {

// What the start window shows about the file at a path. It comes from a read-only open, which needs
// no passphrase, shows nothing secret, leaves the file as it was and works while another Brankas has
// the vault open; the vault is closed again before run() returns.
struct VaultProbe
{
    enum class Outcome { Missing, Found, Failed };

    Outcome outcome = Outcome::Missing;
    QString path; // absolute, as Brankas looked for it
    QString officeName;
    Regency regency;
    QString provinceName;
    QString vaultId;
    QDateTime createdAt;
    VaultCounts counts;
    KeychainState keychain;
    Error error; // why it is Missing or Failed; translated when shown, so it follows a language switch

    static VaultProbe run(const QString &path, VaultEnvironment environment);
};

} // namespace Brankas
