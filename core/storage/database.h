// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QSqlDatabase>
#include <QString>

namespace Brankas::Storage {

// One SQLite connection to a vault file, configured the way Brankas needs it (WAL, foreign keys,
// a busy timeout). Owns its Qt connection name and removes it when destroyed.
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Moves everything in the WAL into the main file, so a plain copy of the file is complete.
    Status checkpoint();

    Result<int> userVersion();
    Result<qint64> applicationId();

private:
    Database(QString path, QString connectionName, Mode mode);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
};

// Commits explicitly; rolls back if destroyed before commit(). Every state change in Brankas runs
// inside one of these together with its archive-log entry.
class Transaction
{
public:
    static Result<std::unique_ptr<Transaction>> begin(Database &db);
    ~Transaction();
    Status commit();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    explicit Transaction(Database &db);
    Database &m_db;
    bool m_done = false;
};

} // namespace Brankas::Storage
