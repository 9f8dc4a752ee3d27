// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QHash>
#include <QString>

namespace Brankas::Storage {

class Database;

// What happened to the register in one year, for the evaluation report's summary.
struct RegisterYear
{
    int added = 0;            // accounts recorded during the year
    int deactivated = 0;      // accounts deactivated or closed during the year
    int handedOver = 0;       // accounts in a handover signed off during the year
    int passwordsRotated = 0; // of those, accounts whose password was changed at the handover
};

class EvaluationStore
{
public:
    explicit EvaluationStore(Database &db)
        : m_db(db)
    {}

    // With an area code (a province "72" or regency "72.05"), only the accounts of its kecamatan.
    Result<RegisterYear> registerYear(int year, const QString &areaCode = {});
    // Each account's status id at the end of the year: the newest status change before the next
    // year begins. Accounts recorded later are not in it.
    Result<QHash<qint64, QString>> statusesAtEndOf(int year);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
