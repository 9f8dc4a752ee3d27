// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"
#include "../result.h"
#include "../vault/session.h"

#include <memory>

namespace Brankas {

class Vault;
struct NewAccount;

// The checks a new account passes before it is recorded: who may record it, its kecamatan, texts,
// handle, contacts, status, nature and term, and that the register does not hold it already.
// Accounts::add checks one account with it; an import checks every row of a sheet with one
// instance, which reads the terms once and prepares its lookups once instead of once per row.
// Nothing is written. Valid while the vault's register does not change under it.
class AccountChecks
{
public:
    AccountChecks(Vault &vault, const Session &session);
    ~AccountChecks();
    AccountChecks(const AccountChecks &) = delete;
    AccountChecks &operator=(const AccountChecks &) = delete;

    // The account as it would be recorded, or why it cannot be.
    Result<Account> check(const NewAccount &spec);

private:
    struct Lookups;
    Result<qint64> termOf(const NewAccount &spec);

    Vault &m_vault;
    const Session &m_session;
    std::unique_ptr<Lookups> m_lookups;
};

} // namespace Brankas
