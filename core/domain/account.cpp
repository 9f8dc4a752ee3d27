// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
const char *const TwoFactorIds[] = {"none", "sms", "app", "email", "key"};
}

QString twoFactorId(TwoFactorMethod method)
{
    return QString::fromLatin1(TwoFactorIds[int(method)]);
}

std::optional<TwoFactorMethod> twoFactorFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (int i = 0; i < int(std::size(TwoFactorIds)); ++i) {
        if (key == QLatin1String(TwoFactorIds[i])) {
            return TwoFactorMethod(i);
        }
    }
    if (key == QLatin1String("totp") || key == QLatin1String("authenticator")) {
        return TwoFactorMethod::AuthenticatorApp;
    }
    return std::nullopt;
}

QString twoFactorDisplayName(TwoFactorMethod method)
{
    switch (method) {
    case TwoFactorMethod::None:
        return QCoreApplication::translate("Brankas::Account", "None");
    case TwoFactorMethod::Sms:
        return QCoreApplication::translate("Brankas::Account", "SMS code");
    case TwoFactorMethod::AuthenticatorApp:
        return QCoreApplication::translate("Brankas::Account", "Authenticator app");
    case TwoFactorMethod::Email:
        return QCoreApplication::translate("Brankas::Account", "E-mail code");
    case TwoFactorMethod::SecurityKey:
        return QCoreApplication::translate("Brankas::Account", "Security key");
    }
    return {};
}

QString reasonDisplayText(const QString &reason)
{
    if (reason == RecordedReason) {
        return QCoreApplication::translate("Brankas::Account", "recorded in the register");
    }
    if (reason == FirstPasswordReason) {
        return QCoreApplication::translate("Brankas::Account", "first password");
    }
    return reason;
}

QString Account::label() const
{
    const QString platformLabel =
        platform == Platform::Other && !platformName.isEmpty() ? platformName : platformDisplayName(platform);
    return QStringLiteral("%1 @%2").arg(platformLabel, handle);
}

} // namespace Brankas
