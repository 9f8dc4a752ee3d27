// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "../vault/vaultaddress.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace Brankas::Storage {

// One connection to a vault: a SQLite file configured the way Brankas needs it (WAL, foreign keys,
// a busy timeout), or a PostgreSQL database on a server (Qt's QPSQL driver over libpq). Owns its Qt
// connection name and removes it when destroyed.
//
// What differs between the engines lives behind this class and the migration sets; the stores
// write SQL both engines understand, and ask engine() only where they cannot.
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    enum class Engine { SQLite, PostgreSql };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    // A server vault's database must exist (the server's administrator creates it); Create only
    // requires it to hold no vault yet. The server's password, when libpq's own ways (.pgpass,
    // certificates, peer or trust rules) are not used, is given here and never stored by this class.
    static Result<std::unique_ptr<Database>> open(const VaultAddress &address, Mode mode,
                                                  const QString &serverPassword = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection every statement runs on. A server connection that broke (a restarted
    // server, a network that dropped) is opened again here, with the same settings, before the
    // next statement outside a transaction: the window keeps its signed-in session, and its next
    // action works once the server is back. Never inside a transaction, whose statements must all
    // run on the connection that began it (the broken one fails them, and the server undid the
    // rest); after an attempt that failed slowly (a server that does not answer waits out
    // connect_timeout), not again for a few seconds.
    QSqlDatabase &connection();
    // Which connection that is: a broken one opened again is a new one, without the statements
    // prepared on the old (prepared() prepares them again), and a LISTEN must be sent on it again.
    // Opens a broken one first, as connection() does.
    quint64 connectionNumber();
    // Whether a statement may still be running on the connection: a transaction is open
    // (connection() opens no lost one then), or a read hands its rows to a caller who may process
    // events meanwhile (ReadInProgress). A command sent then (a LISTEN from the event loop) would
    // make libpq drop the read's remaining rows.
    bool isBusy() const { return m_openTransactions > 0 || m_openReads > 0 || m_openSnapshots > 0; }
    // ErrorCode::Busy while a ReadSnapshot is open on this connection: a change (or a backup's copy)
    // started from the event loop meanwhile would meet the open read.
    Status refuseWhileReading() const;
    // Which transaction is open: a new number at every begin, 0 when none is. A lock that lasts
    // to the end of a transaction need only be asked for once in it (LogStore::lockHead).
    quint64 transactionNumber() const { return m_openTransactions > 0 ? m_transactionNumber : 0; }
    // The open transaction now holds the vault's write order: on a server the log head's lock
    // (LogStore), on SQLite the file's write lock (BEGIN IMMEDIATE). Until its end no other PC's
    // change can commit, so how long that lasts bounds how many changes several PCs can make.
    void noteHeadLocked();
    // How long the last transaction that held it kept it, to its COMMIT or ROLLBACK, in
    // nanoseconds; -1 before any did. The writers' benchmark reads it.
    qint64 lastHeadHeldNs() const { return m_lastHeadHeldNs; }

    // The statement for `sql`, prepared on this connection when first asked for and kept for the
    // connection's life. Every change makes the same few writes, and on a server a statement
    // prepared anew costs two more round trips (QPSQL's PREPARE, and DEALLOCATE when the query
    // goes), some of them while the change holds the log head's lock. One statement per SQL, not
    // a pool: the caller runs it to its end (runToEnd) before anything else asks for the same SQL.
    Result<QSqlQuery *> prepared(const QString &sql);
    // How many statements prepared() keeps now: the statements of the few writes of a change, and
    // a short list of import sizes (LogSql::statementSizes), however long a window stays open.
    qsizetype keptStatements() const { return qsizetype(m_prepared.size()); }
    // The file's path, or the server address's normal form.
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    Engine engine() const { return m_engine; }

    // Moves everything in the WAL into the main file, so a plain copy of the file is complete.
    // Nothing to do on a server.
    Status checkpoint();

    Result<int> userVersion();
    // Refuses, before any work, a server database where this connection's user may not build a
    // vault's tables (userMayNotBuild): one it does not own. A file needs nothing here.
    Status checkMayBuild();
    Result<qint64> applicationId();

private:
    Database(QString path, QString connectionName, Mode mode, Engine engine);
    static Result<std::unique_ptr<Database>> openServer(const VaultAddress &address, Mode mode,
                                                        const QString &serverPassword);
    Status startServerSession();
    void reconnectIfLost();

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    Engine m_engine;
    QSqlDatabase m_db;
    int m_openTransactions = 0;
    int m_openReads = 0;
    int m_openSnapshots = 0;
    quint64 m_connectionNumber = 1;
    quint64 m_transactionNumber = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QElapsedTimer m_sinceSlowFailure;
    QElapsedTimer m_headHeld;
    qint64 m_lastHeadHeldNs = -1;
    friend class Transaction;
    friend class ReadInProgress;
    friend class ReadSnapshot;
};

// Marks a long read whose rows go to a caller who may let events run before the last one is in
// (the window's log verification under its progress dialog): nothing else is sent on the
// connection from the event loop meanwhile (see Database::isBusy).
class ReadInProgress
{
public:
    explicit ReadInProgress(Database &db)
        : m_db(db)
    {
        ++m_db.m_openReads;
    }
    ~ReadInProgress() { --m_db.m_openReads; }

    ReadInProgress(const ReadInProgress &) = delete;
    ReadInProgress &operator=(const ReadInProgress &) = delete;

private:
    Database &m_db;
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
