// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountformat.h"

#include "output.h"

namespace Brankas::Cli {

namespace {
QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString period(const Account &account)
{
    if (!account.activeFrom.isValid() && !account.activeUntil.isValid()) {
        return CliText::tr("no active period (no term)");
    }
    return QStringLiteral("%1 .. %2").arg(date(account.activeFrom), date(account.activeUntil));
}
} // namespace

QJsonObject accountJson(const Account &account)
{
    return QJsonObject{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("kecamatanCode"), account.kecamatanCode},
        {QStringLiteral("kecamatan"), account.kecamatanName},
        {QStringLiteral("platform"), platformId(account.platform)},
        {QStringLiteral("platformName"),
         account.platform == Platform::Other ? account.platformName : platformDisplayName(account.platform)},
        {QStringLiteral("handle"), account.handle},
        {QStringLiteral("url"), account.url()},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("phone"), account.phone},
        {QStringLiteral("twoFactor"), twoFactorId(account.twoFactor)},
        {QStringLiteral("nature"), natureId(account.nature)},
        {QStringLiteral("termId"), account.termId > 0 ? QJsonValue(account.termId) : QJsonValue()},
        {QStringLiteral("term"), account.termName},
        {QStringLiteral("status"), statusId(account.status)},
        {QStringLiteral("activeFrom"), date(account.activeFrom)},
        {QStringLiteral("activeUntil"), date(account.activeUntil)},
        {QStringLiteral("periodSetByHand"), account.periodSetByHand},
        {QStringLiteral("holder"), account.holder},
        {QStringLiteral("notes"), account.notes},
        {QStringLiteral("lastReviewedOn"), date(account.lastReviewedOn)},
    };
}

QString accountLine(const Account &account)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(account.id, 5)
        .arg(QStringLiteral("%1 %2").arg(account.kecamatanCode, account.kecamatanName).leftJustified(30),
             account.label().leftJustified(36), statusDisplayName(account.status).leftJustified(18), period(account));
}

QString accountDetails(const Account &account)
{
    return labelled({
        {CliText::tr("Account"), QString::number(account.id)},
        {CliText::tr("Kecamatan"), QStringLiteral("%1 %2").arg(account.kecamatanCode, account.kecamatanName)},
        {CliText::tr("Platform"),
         account.platform == Platform::Other ? account.platformName : platformDisplayName(account.platform)},
        {CliText::tr("Username"), account.handle},
        {CliText::tr("Address"), account.url()},
        {CliText::tr("Display name"), account.displayName},
        {CliText::tr("Registered e-mail"), account.email},
        {CliText::tr("Registered phone"), account.phone},
        {CliText::tr("Two-factor"), twoFactorDisplayName(account.twoFactor)},
        {CliText::tr("Nature"), natureDisplayName(account.nature)},
        {CliText::tr("Term"), account.termName},
        {CliText::tr("Status"), statusDisplayName(account.status)},
        {CliText::tr("Active period"),
         period(account) + (account.periodSetByHand ? CliText::tr(" (set by hand)") : QString())},
        {CliText::tr("Held by"), account.holder},
        {CliText::tr("Notes"), account.notes},
        {CliText::tr("Last reviewed"), date(account.lastReviewedOn)},
    });
}

} // namespace Brankas::Cli
