#include "vaultprobe.h"

#include <QFileInfo>

namespace Brankas {

VaultProbe VaultProbe::run(const QString &path, VaultEnvironment environment)
{
    VaultProbe probe;
    probe.path = QFileInfo(path).absoluteFilePath();
    auto opened = Vault::open(probe.path, Vault::Access::ReadOnly, environment);
    if (!opened) {
        probe.outcome = opened.error().code() == ErrorCode::NoVault ? Outcome::Missing : Outcome::Failed;
        probe.error = opened.error();
        return probe;
    }
    Vault &vault = *opened.value();
    auto counts = vault.counts();
    if (!counts) {
        probe.outcome = Outcome::Failed;
        probe.error = counts.error();
        return probe;
    }
    probe.outcome = Outcome::Found;
    probe.officeName = vault.officeName();
    probe.regency = vault.regency();
    probe.provinceName = vault.provinceName();
    probe.vaultId = vault.id();
    probe.createdAt = vault.createdAt();
    probe.counts = counts.value();
    probe.keychain = vault.keychainState();
    return probe;
}

} // namespace Brankas
