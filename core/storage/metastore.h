// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "../vault/keywrap.h"

#include <QDateTime>
#include <QMap>

namespace Brankas::Storage {

class Database;

// vault_meta: small named values describing the vault (id, office, key check value, log head).
class MetaStore
{
public:
    explicit MetaStore(Database &db)
        : m_db(db)
    {}

    Result<QMap<QString, QString>> all();
    Result<QString> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    // The statement of setValue (values: key, value), which a change's log write also runs.
    static QString setValueSql();

private:
    Database &m_db;
};

class KeyWrapStore
{
public:
    explicit KeyWrapStore(Database &db)
        : m_db(db)
    {}

    Result<KeyWrap> find(const QString &name);
    Status put(const KeyWrap &wrap);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
