// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Brankas {

// One official account as the public may see it: where it belongs, where it lives and while it is
// official. Nothing else of an Account ever gets here: no e-mail, phone, holder, note or secret.
struct PublicAccount
{
    QString kecamatanCode;
    QString kecamatanName;
    QString platformId;   // "instagram", ..., "other"
    QString platformName; // "Instagram", or the name recorded for an "other" platform
    QString handle;       // without "@"
    QString url;          // https://...; empty for a platform Brankas has no address pattern for
    QDate activeFrom;     // invalid when the account has no active period
    QDate activeUntil;
};

// The public list of official accounts on one day, in kecamatan code and platform order.
struct PublicList
{
    QString officeName;
    QDate asOf;
    QList<PublicAccount> accounts;
};

// Whether the account is official on `day`: active, and `day` inside its active period (both ends
// included). A term that ended yesterday no longer makes an account official, whatever its status
// says: that is exactly the misuse the list must not vouch for.
bool isOfficialOn(const Account &account, const QDate &day);

// The accounts official on `day`, as the public may see them, sorted.
PublicList publicListOf(const QList<Account> &accounts, const QDate &day, const QString &officeName);

} // namespace Brankas
