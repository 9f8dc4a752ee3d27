// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/term.h"
#include "../result.h"
#include "../vault/session.h"

namespace Brankas {

class Vault;

// The masa tugas of the committees: added, extended by decree, listed. Accounts follow them.
class Terms
{
public:
    explicit Terms(Vault &vault)
        : m_vault(vault)
    {}

    Result<Term> add(const Session &session, const QString &name, const QDate &formedOn, const QDate &endsOn);
    Result<Term> extend(const Session &session, qint64 termId, const QDate &until, const QString &basis);
    Result<QList<Term>> list();
    Result<Term> find(qint64 id);
    // The term whose period covers the date (the most recently formed one if several do), or none.
    Result<std::optional<Term>> current(const QDate &date);

private:
    Vault &m_vault;
};

} // namespace Brankas
