// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/office.h"
#include "../result.h"
#include "../vault/session.h"

namespace Brankas {

class Vault;

// The office details printed on letterheads and used by the health check. Administrators edit them.
class OfficeSettings
{
public:
    explicit OfficeSettings(Vault &vault)
        : m_vault(vault)
    {}

    Result<OfficeDetails> get();
    Status set(const Session &session, const OfficeDetails &details);

    // set() quietly drops blank and repeated e-mail domains and phone numbers; these refuse, naming
    // it, a value that is not a domain ("bawaslu.go.id", "@bawaslu.go.id") or not a phone number, so a
    // form can say why instead of losing what the officer typed.
    static Status checkEmailDomain(const QString &domain);
    static Status checkPhoneNumber(const QString &phone);

private:
    Vault &m_vault;
};

} // namespace Brankas
