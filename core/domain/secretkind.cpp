// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretkind.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
const char *const Ids[] = {"password", "totp", "recovery", "email", "notes"};
}

QList<SecretKind> allSecretKinds()
{
    return {SecretKind::Password, SecretKind::Totp, SecretKind::RecoveryCodes, SecretKind::EmailPassword,
            SecretKind::Notes};
}

QString secretKindId(SecretKind kind)
{
    return QString::fromLatin1(Ids[int(kind)]);
}

std::optional<SecretKind> secretKindFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (SecretKind kind : allSecretKinds()) {
        if (key == secretKindId(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString secretKindDisplayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QCoreApplication::translate("Brankas::SecretKind", "Password");
    case SecretKind::Totp:
        return QCoreApplication::translate("Brankas::SecretKind", "2FA seed (TOTP)");
    case SecretKind::RecoveryCodes:
        return QCoreApplication::translate("Brankas::SecretKind", "Recovery codes");
    case SecretKind::EmailPassword:
        return QCoreApplication::translate("Brankas::SecretKind", "E-mail password");
    case SecretKind::Notes:
        return QCoreApplication::translate("Brankas::SecretKind", "Secret notes");
    }
    return {};
}

QString boundSecretField(SecretKind kind, qint64 accountId)
{
    return QStringLiteral("%1/account:%2").arg(secretKindId(kind)).arg(accountId);
}

} // namespace Brankas
