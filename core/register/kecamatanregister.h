// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/kecamatanrecord.h"
#include "../result.h"
#include "../vault/session.h"

namespace Brankas {

class Vault;

// The office's kecamatan: created from the reference list, added by hand after a re-districting,
// retired when they no longer exist. Never deleted: accounts and the log refer to them.
class KecamatanRegister
{
public:
    explicit KecamatanRegister(Vault &vault)
        : m_vault(vault)
    {}

    Result<QList<KecamatanRecord>> list(bool includeRetired = true);
    Result<KecamatanRecord> find(const QString &code);
    Result<KecamatanRecord> add(const Session &session, const QString &code, const QString &name);
    Result<KecamatanRecord> setContacts(const Session &session, const QString &code, const QString &address,
                                        const QString &phone, const QString &email);
    Result<KecamatanRecord> retire(const Session &session, const QString &code, const QString &reason);

private:
    Vault &m_vault;
};

} // namespace Brankas
