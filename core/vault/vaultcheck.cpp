// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcheck.h"

#include "../domain/secretkind.h"
#include "../storage/integritycheck.h"
#include "../storage/metastore.h"
#include "../storage/secretstore.h"
#include "vault.h"
#include "vaultkey.h"

#include <QCoreApplication>

namespace Brankas {

Status Vault::checkKeyAgainstFile()
{
    if (!m_key) {
        return vaultLockedError();
    }
    // Read from the file again: the value cached at open is what the key was accepted against.
    auto stored = m_meta->value(QStringLiteral("key_check"));
    auto check = keyCheckValue(*m_key, m_id);
    if (!stored || !check) {
        return !stored ? stored.error() : check.error();
    }
    if (stored.value() != check.value()) {
        return Error(
            ErrorCode::VaultDamaged,
            QT_TRANSLATE_NOOP("Brankas::Error",
                              "The vault's key check value does not match the vault key: the file was altered."));
    }
    return {};
}

Result<VaultCheckResult> checkVault(Vault &vault, const Session &session)
{
    VaultCheckResult result;
    auto integrity = Storage::checkIntegrity(vault.database());
    if (!integrity) {
        return integrity.error();
    }
    // Each engine words what its check covers (core/storage), so a third one brings its own words.
    for (const QString &problem : integrity.value().problems) {
        result.problems << integrity.value().problemShown.arg(problem);
    }
    result.storageChecked = integrity.value().checked;
    if (Status key = vault.checkKeyAgainstFile(); !key) {
        if (key.error().code() != ErrorCode::VaultDamaged) {
            return key.error();
        }
        result.problems << key.error().message();
    }
    auto log = vault.log().verify({}, true);
    if (!log) {
        return log.error();
    }
    result.log = log.value();
    if (!result.log.intact()) {
        result.problems
            << QCoreApplication::translate("Brankas::VaultCheck", "Archive log: %1").arg(result.log.summary());
    }
    if (!vault.hasSecretsAccess(session)) {
        result.problems << QCoreApplication::translate(
            "Brankas::VaultCheck",
            "The secrets were not checked: your sign-in does not open them. An operator or administrator runs the "
            "check to include them.");
        return result;
    }
    Storage::SecretStore secrets(vault.database());
    auto records = secrets.all();
    if (!records) {
        return records.error();
    }
    for (const Storage::SecretRecord &record : records.value()) {
        auto opened = vault.openField(session, QStringLiteral("account_secret"), record.id,
                                      boundSecretField(record.kind, record.accountId), record.sealed);
        if (opened) {
            continue;
        }
        if (opened.error().code() != ErrorCode::DamagedOrMovedData) {
            return opened.error();
        }
        result.problems << QCoreApplication::translate("Brankas::VaultCheck",
                                                       "Secret %1 (%2 of account %3) does not open under its binding: "
                                                       "it was altered or moved from another row.")
                               .arg(record.id)
                               .arg(secretKindDisplayName(record.kind))
                               .arg(record.accountId);
    }
    return result;
}

} // namespace Brankas
