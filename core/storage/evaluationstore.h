// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../evaluation/registeryear.h"
#include "../result.h"

#include <QHash>
#include <QString>

namespace Brankas::Storage {

class Database;

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
