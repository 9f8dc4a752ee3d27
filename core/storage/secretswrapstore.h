// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QDateTime>
#include <QMap>

namespace Brankas::Storage {

class Database;

// secrets_wrap: the secrets key sealed to each holder ("officer:<id>", "recovery").
class SecretsWrapStore
{
public:
    explicit SecretsWrapStore(Database &db)
        : m_db(db)
    {}

    // NotFound when the holder has no wrap.
    Result<QByteArray> find(const QString &holder);
    Result<QMap<QString, QByteArray>> all();
    Status put(const QString &holder, const QByteArray &box, const QDateTime &at);
    Status remove(const QString &holder);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
