// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchinsert.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>

#include <algorithm>

namespace Brankas::Storage {

namespace {
constexpr int MaxRows = 1000;
// Below SQLite's default SQLITE_MAX_VARIABLE_NUMBER (32,766 since 3.32) and PostgreSQL's 65,535.
constexpr int MaxBoundValues = 30000;
} // namespace

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement(int(columns.size())))
{
    m_queued.reserve(qsizetype(m_rowsPerStatement) * columns.size());
}

int BatchInsert::rowsPerStatement(int columns)
{
    return std::clamp(MaxBoundValues / std::max(columns, 1), 1, MaxRows);
}

Status BatchInsert::add(const QVariantList &row)
{
    m_queued.append(row);
    if (m_queued.size() < qsizetype(m_rowsPerStatement) * m_columns.size()) {
        return {};
    }
    return send(m_rowsPerStatement);
}

Status BatchInsert::finish()
{
    if (m_queued.isEmpty() || m_columns.isEmpty()) {
        return {};
    }
    return send(int(m_queued.size() / m_columns.size()));
}

QString BatchInsert::statement(int rows) const
{
    const QString row = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), QStringList(rows, row).join(QStringLiteral(", ")));
}

Status BatchInsert::send(int rows)
{
    // The full statement is prepared once and reused; the one shorter rest at the end gets its own.
    const bool full = rows == m_rowsPerStatement;
    std::optional<QSqlQuery> rest;
    if (full && !m_full) {
        m_full.emplace(m_db.connection());
        if (!m_full->prepare(statement(rows))) {
            const QSqlError error = m_full->lastError();
            m_full.reset();
            return fromSqlError(error);
        }
    } else if (!full) {
        rest.emplace(m_db.connection());
        if (!rest->prepare(statement(rows))) {
            return fromSqlError(rest->lastError());
        }
    }
    QSqlQuery &query = full ? *m_full : *rest;
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        query.bindValue(int(i), m_queued.at(i));
    }
    m_queued.clear();
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
