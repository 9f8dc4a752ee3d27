// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "networkfolder.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("brankas-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return fromSqlError(query.lastError());
    }
    return {};
}

// SQLite gives the -wal and -shm files the main file's permissions, so a vault created readable by
// its owner only stays so, whatever the umask. An empty file is a valid empty SQLite database.
Status createOwnerOnly(const QString &path)
{
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || !file.setPermissions(ownerOnly)) {
        if (file.error() == QFileDevice::OpenError && QFileInfo::exists(path)) {
            return {}; // an existing file is refused further on, where its content is known
        }
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas cannot create the vault file %1: %2"),
                     {QDir::toNativeSeparators(path), file.errorString()});
    }
    return {};
}
Result<qint64> schemaRecord(QSqlDatabase &db, const QString &column)
{
    // An empty database (no brankas_schema yet) is version 0 of no application, as an empty SQLite
    // file is. The table is looked up first: a statement naming a missing table fails to parse.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('brankas_schema') IS NOT NULL")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    if (!query.value(0).toBool()) {
        return qint64(0);
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(max(%1), 0) FROM brankas_schema").arg(column)) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}
} // namespace

Database::Database(QString path, QString connectionName, Mode mode, Engine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_engine(engine)
    , m_db(QSqlDatabase::addDatabase(engine == Engine::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                     m_connectionName))
{}

Database::~Database()
{
    m_prepared.clear(); // statements go before their connection
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const VaultAddress &address, Mode mode, const QString &serverPassword)
{
    if (address.isServer()) {
        return openServer(address, mode, serverPassword);
    }
    return open(address.path(), mode);
}

Result<std::unique_ptr<Database>> Database::openServer(const VaultAddress &address, Mode mode,
                                                       const QString &serverPassword)
{
    std::unique_ptr<Database> database(
        new Database(address.toString(), nextConnectionName(), mode, Engine::PostgreSql));
    QSqlDatabase &db = database->m_db;
    if (!db.isValid()) {
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The PostgreSQL driver of Qt is missing (on Debian and "
                                                         "Ubuntu: the package libqt6sql6-psql); reinstall Brankas."));
    }
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setUserName(address.user());
    db.setDatabaseName(address.database());
    if (!serverPassword.isEmpty()) {
        db.setPassword(serverPassword);
    }
    // A server that does not answer must not hang the window: libpq gives up after this many
    // seconds and the officer sees why. A connection whose other end vanished (a pulled cable, a
    // server switched off) fails within about half a minute instead of TCP's quarter of an hour:
    // keepalives find an idle one dead, tcp_user_timeout one that waits for an answer (Linux).
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=30"),
                        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=30000")};
    if (!address.sslMode().isEmpty()) {
        options << QStringLiteral("sslmode=") + address.sslMode();
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return fromSqlError(db.lastError());
    }
    if (Status status = database->startServerSession(); !status) {
        return status.error();
    }
    return database;
}

Status Database::startServerSession()
{
    // The stores bind texts as Brankas wrote them (dates, times, JSON details): the session must
    // not reinterpret them, and a read-only vault must not write, not even by mistake.
    // The server's notices and warnings (a shutdown under way, a BEGIN inside a transaction) are
    // not for the officer: brankas-cli says what went wrong in one line of its own.
    QStringList settings{QStringLiteral("SET client_encoding = 'UTF8'"),
                         QStringLiteral("SET standard_conforming_strings = on"),
                         QStringLiteral("SET client_min_messages = error")};
    if (m_mode == Mode::ReadOnly) {
        settings << QStringLiteral("SET default_transaction_read_only = on");
    }
    for (const QString &setting : settings) {
        if (Status status = exec(m_db, setting); !status) {
            return status;
        }
    }
    return {};
}

QSqlDatabase &Database::connection()
{
    if (m_engine == Engine::PostgreSql && m_openTransactions == 0 && !m_db.isOpen()) {
        reconnectIfLost();
    }
    return m_db;
}

quint64 Database::connectionNumber()
{
    connection();
    return m_connectionNumber;
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    QSqlDatabase &db = connection(); // a lost connection opened again has dropped the old statements
    auto found = m_prepared.find(sql);
    if (found != m_prepared.end()) {
        return found->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return fromSqlError(query->lastError());
    }
    return m_prepared.emplace(sql, std::move(query)).first->second.get();
}

void Database::reconnectIfLost()
{
    // A server that refuses at once (stopped, restarting) is asked again at the next statement;
    // one that does not answer costs connect_timeout each time, so it is left alone for a moment.
    constexpr qint64 SlowAttemptMs = 1000;
    constexpr qint64 RetryAfterSlowMs = 3000;
    if (m_sinceSlowFailure.isValid() && m_sinceSlowFailure.elapsed() < RetryAfterSlowMs) {
        return;
    }
    m_sinceSlowFailure.invalidate();
    // QPSQL's isOpen() is libpq's status: a connection that failed a statement because the server
    // went away reports itself closed. A clone keeps host, user, options and any password the
    // connection was given, so the new one is the old one again.
    QElapsedTimer attempt;
    attempt.start();
    m_prepared.clear(); // they belong to the broken connection, and go with it
    m_db.close();
    // A connection of its own rather than the old one opened again: the statements prepared on the
    // old one (prepared()) go with it, and are never freed on the new one, where freeing
    // them would fail and, inside a transaction, abort it.
    const QString broken = m_connectionName;
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::cloneDatabase(m_db, m_connectionName);
    QSqlDatabase::removeDatabase(broken);
    ++m_connectionNumber;
    if (!m_db.open() || !startServerSession()) {
        m_db.close(); // a half-started session must not run statements
        if (attempt.elapsed() >= SlowAttemptMs) {
            m_sinceSlowFailure.start();
        }
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), mode, Engine::SQLite));
    QSqlDatabase &db = database->m_db;
    if (!db.isValid()) {
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The SQLite driver of Qt is missing; reinstall Brankas."));
    }
    db.setDatabaseName(path);
    if (mode != Mode::ReadOnly) {
        if (Status local = refuseNetworkFolder(path); !local) {
            return local.error();
        }
    }
    if (mode == Mode::Create) {
        if (Status created = createOwnerOnly(path); !created) {
            return created.error();
        }
    }
    // A SQLite connection opened read-only cannot tidy up the -wal and -shm files when it closes,
    // and would leave them beside the vault. So a read-only vault uses a normal connection with
    // query_only set, and only falls back to a truly read-only one on read-only media.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        if (mode != Mode::ReadOnly) {
            return namingFile(fromSqlError(db.lastError()), path);
        }
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            return namingFile(fromSqlError(db.lastError()), path);
        }
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (mode == Mode::ReadOnly) {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    }
    if (mode == Mode::Create) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL");
    }
    if (mode != Mode::ReadOnly) {
        // FULL syncs the WAL at every commit: what Brankas shows as done (a generated password, a
        // new officer) is on disk before it is shown, even if the power fails the next moment.
        pragmas << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        if (Status status = exec(db, pragma); !status) {
            return namingFile(status.error(), path);
        }
    }
    return database;
}

Status Database::checkpoint()
{
    if (m_engine == Engine::PostgreSql) {
        return {};
    }
    return exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status Database::refuseWhileReading() const
{
    if (m_openSnapshots == 0) {
        return {};
    }
    return Error(ErrorCode::Busy, QT_TRANSLATE_NOOP("Brankas::Error",
                                                    "Brankas is still reading the vault (the archive log is being "
                                                    "verified). Nothing was changed; try again when it has finished."));
}

Result<int> Database::userVersion()
{
    QSqlQuery query(m_db);
    if (m_engine == Engine::PostgreSql) {
        auto version = schemaRecord(m_db, QStringLiteral("version"));
        if (!version) {
            return version.error();
        }
        return static_cast<int>(version.value());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toInt();
}

Status Database::checkMayBuild()
{
    if (m_engine != Engine::PostgreSql) {
        return {};
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT has_schema_privilege('public', 'CREATE'), current_user")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    if (!query.value(0).toBool()) {
        return userMayNotBuild(QStringLiteral("%1 may not create in the schema public of %2")
                                   .arg(query.value(1).toString(), m_db.databaseName()));
    }
    return {};
}

Result<qint64> Database::applicationId()
{
    QSqlQuery query(m_db);
    if (m_engine == Engine::PostgreSql) {
        return schemaRecord(m_db, QStringLiteral("application"));
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

void Database::noteHeadLocked()
{
    if (m_openTransactions > 0 && !m_headHeld.isValid()) {
        m_headHeld.start();
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_openTransactions++ == 0) {
        ++m_db.m_transactionNumber;
    }
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database &db)
{
    if (Status quiet = db.refuseWhileReading(); !quiet) {
        return quiet.error();
    }
    // SQLite: IMMEDIATE takes the write lock now, so a conflict shows before any work is done.
    // PostgreSQL: rows lock as they are written, and appending to the archive log takes the
    // head's own transaction-scoped lock (LogStore), so several PCs can work at once.
    QSqlQuery query(db.connection());
    const QString begin =
        db.engine() == Database::Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!query.exec(begin)) {
        return fromSqlError(query.lastError());
    }
    auto transaction = std::unique_ptr<Transaction>(new Transaction(db));
    if (db.engine() == Database::Engine::SQLite) {
        db.noteHeadLocked();
    }
    return transaction;
}

Transaction::~Transaction()
{
    // A server connection that broke has rolled back already (the server undoes an unfinished
    // transaction), and there is nothing to send the ROLLBACK to.
    if (!m_done && m_db.connection().isOpen()) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("ROLLBACK"));
    }
    if (--m_db.m_openTransactions == 0 && m_db.m_headHeld.isValid()) {
        m_db.m_lastHeadHeldNs = m_db.m_headHeld.nsecsElapsed();
        m_db.m_headHeld.invalidate();
    }
}

Status Transaction::commit()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fromSqlError(query.lastError());
    }
    m_done = true;
    return {};
}

} // namespace Brankas::Storage
