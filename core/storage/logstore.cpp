// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"

#include "batchinsert.h"
#include "bindvalue.h"
#include "database.h"
#include "dialect.h"
#include "readsnapshot.h"
#include "selectquery.h"
#include "sqlerror.h"
#include "vaultfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Brankas::Storage {

namespace {
LogEntry entryFrom(const QSqlQuery &query, bool withMac)
{
    LogEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = parseLogTime(query.value(1).toString());
    entry.officer = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.target = query.value(4).toString();
    entry.details = query.value(5).toString();
    if (withMac) {
        entry.mac = query.value(6).toByteArray();
    }
    return entry;
}

// The stored UTF-8 bytes, as Dialect::utf8Bytes hands them over.
QString rawSelect(const Database &db)
{
    QStringList columns{QStringLiteral("seq")};
    for (const char *column : {"at", "officer", "action", "target", "details"}) {
        columns << Dialect::utf8Bytes(db, QString::fromLatin1(column));
    }
    columns << QStringLiteral("mac");
    return QStringLiteral("SELECT %1 FROM archive_log").arg(columns.join(QStringLiteral(", ")));
}
} // namespace

LogStore::LogStore(Database &db)
    : m_db(db)
{}

LogStore::~LogStore() = default;

Result<LogStore::Head> LogStore::head()
{
    auto prepared = m_headQuery.on(m_db, QStringLiteral("SELECT seq, mac FROM archive_log ORDER BY seq DESC LIMIT 1"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return fromSqlError(error);
    }
    Head head;
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.mac = query.value(1).toByteArray();
    }
    // Resets the statement, so it holds no read snapshot of the database between calls.
    query.finish();
    return head;
}

namespace {
// The row of LogStore::tip() and of brankas_lock_head(): head seq, head MAC, and the newest
// signature's first seq, last seq and signer (all NULL where there is none).
Result<LogStore::Tip> tipFrom(QSqlQuery &query)
{
    if (!query.exec() || !query.next()) {
        const QSqlError error = query.lastError();
        query.finish();
        return fromSqlError(error);
    }
    LogStore::Tip tip;
    if (!query.isNull(0)) {
        tip.head = LogStore::Head{query.value(0).toLongLong(), query.value(1).toByteArray()};
    }
    if (!query.isNull(3)) {
        tip.newestSignature.firstSeq = query.value(2).toLongLong();
        tip.newestSignature.lastSeq = query.value(3).toLongLong();
        tip.newestSignature.signer = query.value(4).toByteArray();
    }
    query.finish();
    return tip;
}
} // namespace

Result<LogStore::Tip> LogStore::tip()
{
    auto prepared = m_tipQuery.on(
        m_db, QStringLiteral("SELECT h.seq, h.mac, s.first_seq, s.last_seq, s.signer FROM (SELECT 1 AS one) AS o "
                             "LEFT JOIN (SELECT seq, mac FROM archive_log ORDER BY seq DESC LIMIT 1) AS h ON 1 = 1 "
                             "LEFT JOIN (SELECT first_seq, last_seq, signer FROM log_signature "
                             "ORDER BY last_seq DESC LIMIT 1) AS s ON 1 = 1"));
    if (!prepared) {
        return prepared.error();
    }
    return tipFrom(*prepared.value());
}

Result<LogStore::Tip> LogStore::lockedTip()
{
    const quint64 transaction = m_db.transactionNumber();
    if (m_db.engine() == Database::Engine::SQLite || (transaction != 0 && transaction == m_lockedInTransaction)) {
        return tip();
    }
    // On a server, the lock and the read in one round trip (resources/sql/postgresql, format 8).
    auto prepared = m_lockedTipQuery.on(
        m_db, QStringLiteral("SELECT head_seq, head_mac, signed_first, signed_last, signer FROM brankas_lock_head(?)"));
    if (!prepared) {
        return prepared.error();
    }
    prepared.value()->bindValue(0, VaultApplicationId);
    auto tip = tipFrom(*prepared.value());
    if (tip) {
        m_lockedInTransaction = transaction;
    }
    return tip;
}

Status LogStore::lockHead()
{
    if (m_db.engine() == Database::Engine::SQLite) {
        return {};
    }
    // Held to the transaction's end, so asked for once in it: asking again would be one more round
    // trip to the server while holding it.
    const quint64 transaction = m_db.transactionNumber();
    if (transaction != 0 && transaction == m_lockedInTransaction) {
        return {};
    }
    QSqlQuery query(m_db.connection());
    // The key is the vault's application id ("BRNK"): one lock per database, whatever else the
    // server's other databases lock.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(VaultApplicationId))) {
        return fromSqlError(query.lastError());
    }
    m_lockedInTransaction = transaction;
    return {};
}

Result<std::unique_ptr<ReadSnapshot>> LogStore::snapshot()
{
    return ReadSnapshot::begin(m_db);
}

Result<qint64> LogStore::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM archive_log")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

Status LogStore::append(const QList<LogEntry> &entries)
{
    constexpr int Columns = 7;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    const qsizetype perStatement = BatchInsert::rowsPerStatement(Columns);
    for (qsizetype from = 0; from < entries.size(); from += perStatement) {
        const qsizetype rows = std::min(perStatement, entries.size() - from);
        // Kept by the connection: a change appends one to three entries, so few sizes ever occur.
        auto prepared = m_db.prepared(QStringLiteral("INSERT INTO archive_log (seq, at, officer, action, target, "
                                                     "details, mac) VALUES ") +
                                      QStringList(rows, row).join(QStringLiteral(", ")));
        if (!prepared) {
            return prepared.error();
        }
        QSqlQuery &query = *prepared.value();
        int value = 0;
        for (qsizetype i = from; i < from + rows; ++i) {
            const LogEntry &entry = entries.at(i);
            query.bindValue(value++, entry.seq);
            query.bindValue(value++, formatLogTime(entry.at));
            query.bindValue(value++, text(entry.officer));
            query.bindValue(value++, entry.action);
            query.bindValue(value++, text(entry.target));
            query.bindValue(value++, entry.details);
            query.bindValue(value++, entry.mac);
        }
        if (Status status = runToEnd(query); !status) {
            return status;
        }
    }
    return {};
}

Result<QList<LogEntry>> LogStore::entries(const LogFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << formatLogTime(filter.from);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << formatLogTime(filter.until);
    }
    if (!filter.officer.isEmpty()) {
        where << Dialect::equalsIgnoringCase(m_db, QStringLiteral("officer"));
        values << filter.officer;
    }
    if (!filter.actionPrefix.isEmpty()) {
        where << QStringLiteral("substr(action, 1, ?) = ?");
        values << filter.actionPrefix.size() << filter.actionPrefix;
    }
    if (!filter.targetContains.isEmpty()) {
        where << Dialect::containsIgnoringCase(m_db, QStringLiteral("target"));
        values << filter.targetContains;
    }
    if (filter.afterSeq > 0) {
        where << QStringLiteral("seq > ?");
        values << filter.afterSeq;
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        values << filter.beforeSeq;
    }
    if (!filter.targetIn.isEmpty()) {
        QStringList marks;
        for (const QString &target : filter.targetIn) {
            marks << QStringLiteral("?");
            values << target;
        }
        where << QStringLiteral("target IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    auto query =
        SelectQuery{QStringLiteral("SELECT seq, at, officer, action, target, details, mac FROM archive_log"), where,
                    values, filter.newestFirst ? QStringLiteral("seq DESC") : QStringLiteral("seq"), filter.limit}
            .run(m_db);
    if (!query) {
        return query.error();
    }
    QList<LogEntry> result;
    while (query.value().next()) {
        result.append(entryFrom(query.value(), true));
    }
    return result;
}

Status LogStore::forEachRaw(const std::function<bool(const RawRow &)> &visit)
{
    const ReadInProgress reading(m_db); // the window verifies under a progress dialog
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(rawSelect(m_db) + QStringLiteral(" ORDER BY seq"))) {
        return fromSqlError(query.lastError());
    }
    RawRow row;
    while (query.next()) {
        row.seq = query.value(0).toLongLong();
        row.at = query.value(1).toByteArray();
        row.officer = query.value(2).toByteArray();
        row.action = query.value(3).toByteArray();
        row.target = query.value(4).toByteArray();
        row.details = query.value(5).toByteArray();
        row.mac = query.value(6).toByteArray();
        if (!visit(row)) {
            break;
        }
    }
    if (query.lastError().isValid()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Result<QList<LogStore::RawRow>> LogStore::tail(int count)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(rawSelect(m_db) + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(count);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<RawRow> rows;
    while (query.next()) {
        rows.append(RawRow{query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toByteArray(),
                           query.value(3).toByteArray(), query.value(4).toByteArray(), query.value(5).toByteArray(),
                           query.value(6).toByteArray()});
    }
    if (query.lastError().isValid()) {
        return fromSqlError(query.lastError());
    }
    return rows;
}

Status LogStore::appendSignature(const SignatureRow &row)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO log_signature (last_seq, first_seq, signer, signature) VALUES (?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(row.lastSeq);
    query.addBindValue(row.firstSeq);
    query.addBindValue(row.signer);
    query.addBindValue(row.signature);
    return runToEnd(query);
}

Status LogStore::extendSignature(qint64 previousLastSeq, const SignatureRow &row)
{
    auto prepared = m_db.prepared(QStringLiteral("UPDATE log_signature SET last_seq = ?, signature = ? "
                                                 "WHERE last_seq = ? AND first_seq = ? AND signer = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(row.lastSeq);
    query.addBindValue(row.signature);
    query.addBindValue(previousLastSeq);
    query.addBindValue(row.firstSeq);
    query.addBindValue(row.signer);
    const bool updated = query.exec();
    const QSqlError error = query.lastError();
    const int rows = query.numRowsAffected();
    query.finish();
    if (!updated) {
        return fromSqlError(error);
    }
    if (rows != 1) {
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The archive log's newest signature changed while it was being extended. "
                                       "Nothing was saved; try again."));
    }
    return {};
}

Status LogStore::forEachSignature(const std::function<bool(const SignatureRow &)> &visit)
{
    const ReadInProgress reading(m_db); // the window verifies under a progress dialog
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT first_seq, last_seq, signer, signature FROM log_signature "
                                   "ORDER BY last_seq"))) {
        return fromSqlError(query.lastError());
    }
    SignatureRow row;
    while (query.next()) {
        row.firstSeq = query.value(0).toLongLong();
        row.lastSeq = query.value(1).toLongLong();
        row.signer = query.value(2).toByteArray();
        row.signature = query.value(3).toByteArray();
        if (!visit(row)) {
            break;
        }
    }
    if (query.lastError().isValid()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Result<LogStore::SignatureRow> LogStore::newestSignature()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT first_seq, last_seq, signer, signature FROM log_signature "
                                   "ORDER BY last_seq DESC LIMIT 1"))) {
        return fromSqlError(query.lastError());
    }
    SignatureRow row;
    if (query.next()) {
        row = SignatureRow{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray(),
                           query.value(3).toByteArray()};
    }
    return row;
}

Result<LogEntry> LogStore::newestWithAction(const QString &action)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT seq, at, officer, action, target, details, mac FROM archive_log "
                                 "WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(action);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.next() ? entryFrom(query, true) : LogEntry{};
}

Status LogStore::addPending(const LogEntry &entry)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO pending_event (at, officer, action, target, details) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(formatLogTime(entry.at));
    query.addBindValue(text(entry.officer));
    query.addBindValue(entry.action);
    query.addBindValue(text(entry.target));
    query.addBindValue(entry.details);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Result<QList<LogEntry>> LogStore::pending()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, at, officer, action, target, details FROM pending_event ORDER BY id"))) {
        return fromSqlError(query.lastError());
    }
    QList<LogEntry> result;
    while (query.next()) {
        result.append(entryFrom(query, false));
    }
    return result;
}

Status LogStore::clearPending()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM pending_event"))) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
