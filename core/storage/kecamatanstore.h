// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/kecamatanrecord.h"
#include "../domain/region.h"
#include "../result.h"

#include <QList>

#include <memory>

class QSqlQuery;

namespace Brankas::Storage {

class Database;

class KecamatanStore
{
public:
    explicit KecamatanStore(Database &db);
    ~KecamatanStore();
    KecamatanStore(const KecamatanStore &) = delete;
    KecamatanStore &operator=(const KecamatanStore &) = delete;

    Result<QList<KecamatanRecord>> list(bool includeRetired = true);
    Result<KecamatanRecord> findByCode(const QString &code);
    // The same with accountCount left 0: the checks of every account added need the kecamatan
    // alone, and counting its accounts costs more the more it has.
    Result<KecamatanRecord> findByCodeUncounted(const QString &code);
    Result<qint64> count();
    Result<qint64> insert(const Kecamatan &kecamatan, const QDateTime &now);
    Status insertAll(const QList<Kecamatan> &kecamatan, const QDateTime &now);
    Status updateContacts(qint64 id, const QString &address, const QString &phone, const QString &email);
    Status setRetired(qint64 id, const QDateTime &retiredAt); // invalid = back in use

private:
    Result<KecamatanRecord> findByCode(const QString &select, const QString &code);

    Database &m_db;
};

} // namespace Brankas::Storage
