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

private:
    Vault &m_vault;
};

} // namespace Brankas
