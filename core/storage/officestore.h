// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/office.h"
#include "../result.h"

namespace Brankas::Storage {

class Database;

class OfficeStore
{
public:
    explicit OfficeStore(Database &db)
        : m_db(db)
    {}

    // NotFound before the office row exists (a vault upgraded from format 1 gets it on first open).
    Result<OfficeDetails> get();
    Status put(const OfficeDetails &office);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
