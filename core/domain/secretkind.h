// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

// The secrets kept per account, each encrypted with its whole history.
enum class SecretKind { Password, Totp, RecoveryCodes, EmailPassword, Notes };

QList<SecretKind> allSecretKinds();
QString secretKindId(SecretKind kind); // "password", "totp", "recovery", "email", "notes"
// The field a stored secret's ciphertext is bound to. It names the account too: a row moved to
// another account (its account_id rewritten) no longer decrypts.
QString boundSecretField(SecretKind kind, qint64 accountId);
std::optional<SecretKind> secretKindFromId(const QString &id);
QString secretKindDisplayName(SecretKind kind);

} // namespace Brankas
