// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/term.h"
#include "../result.h"

#include <QList>

namespace Brankas::Storage {

class Database;

class TermStore
{
public:
    explicit TermStore(Database &db)
        : m_db(db)
    {}

    // Every term with its extensions, oldest first.
    Result<QList<Term>> list();
    Result<Term> find(qint64 id);
    Result<qint64> insert(const Term &term, const QDateTime &now);
    Result<qint64> addExtension(qint64 termId, const TermExtension &extension);

private:
    Database &m_db;
};

} // namespace Brankas::Storage
