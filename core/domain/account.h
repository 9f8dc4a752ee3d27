// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountstatus.h"
#include "platform.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Brankas {

enum class TwoFactorMethod { None, Sms, AuthenticatorApp, Email, SecurityKey };

QString twoFactorId(TwoFactorMethod method); // "none", "sms", "app", "email", "key"
std::optional<TwoFactorMethod> twoFactorFromId(const QString &id);
QString twoFactorDisplayName(TwoFactorMethod method);

// One social-media account of one kecamatan, as the register shows it. Never holds a secret: those
// live encrypted in account_secret and are decrypted only on demand.
struct Account
{
    qint64 id = 0;
    qint64 kecamatanId = 0;
    QString kecamatanCode;
    QString kecamatanName;
    Platform platform = Platform::Instagram;
    QString platformName; // for Platform::Other
    QString handle;
    QString displayName;
    QString email;
    QString phone;
    TwoFactorMethod twoFactor = TwoFactorMethod::None;
    AccountNature nature = AccountNature::TermBound;
    qint64 termId = 0; // 0 = none
    QString termName;
    AccountStatus status = AccountStatus::Requested;
    QDate activeFrom; // the effective active period: the term's, unless set by hand
    QDate activeUntil;
    bool periodSetByHand = false;
    QString holder; // who holds a permanent account
    QString notes;
    QDate lastReviewedOn;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString url() const { return profileUrl(platform, handle); }
    // "Instagram @bawaslu_momunu", for lists and log targets.
    QString label() const;
};

// Reasons Brankas itself writes into histories, stored as these stable words and shown in the UI
// language (a reason an officer typed is shown as typed).
inline const QString RecordedReason = QStringLiteral("recorded");
inline const QString FirstPasswordReason = QStringLiteral("first password");
QString reasonDisplayText(const QString &reason);

struct StatusChange
{
    qint64 id = 0;
    std::optional<AccountStatus> from;
    AccountStatus to = AccountStatus::Requested;
    QString reason;
    QString officer;
    QDateTime at;
};

} // namespace Brankas
