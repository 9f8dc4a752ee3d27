#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

// The secrets kept per account, each encrypted with its whole history.
enum class SecretKind { Password, Totp, RecoveryCodes, EmailPassword, Notes };

QList<SecretKind> allSecretKinds();
QString secretKindId(SecretKind kind); // "password", "totp", "recovery", "email", "notes"
std::optional<SecretKind> secretKindFromId(const QString &id);
QString secretKindDisplayName(SecretKind kind);

} // namespace Brankas
