// SPDX-License-Identifier: GPL-3.0-or-later
#include "publiclist.h"

#include <algorithm>
#include <tuple>

namespace Brankas {

bool isOfficialOn(const Account &account, const QDate &day)
{
    if (account.status != AccountStatus::Active) {
        return false;
    }
    if (account.activeFrom.isValid() && day < account.activeFrom) {
        return false;
    }
    return !account.activeUntil.isValid() || day <= account.activeUntil;
}

PublicList publicListOf(const QList<Account> &accounts, const QDate &day, const QString &officeName)
{
    PublicList list;
    list.officeName = officeName;
    list.asOf = day;
    for (const Account &account : accounts) {
        if (!isOfficialOn(account, day)) {
            continue;
        }
        const bool other = account.platform == Platform::Other;
        list.accounts.append(PublicAccount{account.kecamatanCode, account.kecamatanName, platformId(account.platform),
                                           other ? account.platformName : platformDisplayName(account.platform),
                                           account.handle, account.url(), account.activeFrom, account.activeUntil});
    }
    std::stable_sort(list.accounts.begin(), list.accounts.end(), [](const PublicAccount &a, const PublicAccount &b) {
        return std::tie(a.kecamatanCode, a.platformName, a.handle) <
               std::tie(b.kecamatanCode, b.platformName, b.handle);
    });
    return list;
}

} // namespace Brankas
