// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"

#include "batchinsert.h"
#include "bindvalue.h"
#include "database.h"
#include "dialect.h"
#include "keptstatement.h"
#include "logsql.h"
#include "metastore.h"
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
constexpr int EntryColumns = 7; // LogSql::insertEntries

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
    // Kept by the connection, as are the other reads of every change here.
    auto row = KeptRow::read(m_db, QStringLiteral("SELECT seq, mac FROM archive_log ORDER BY seq DESC LIMIT 1"));
    if (!row) {
        return row.error();
    }
    if (!row->found()) {
        return Head{};
    }
    return Head{row->query().value(0).toLongLong(), row->query().value(1).toByteArray()};
}

namespace {
// The row of LogStore::tip() and of brankas_lock_head(): head seq, head MAC, and the newest
// signature's first seq, last seq and signer (all NULL where there is none).
Result<LogStore::Tip> tipFrom(Result<KeptRow> row)
{
    if (!row) {
        return row.error();
    }
    LogStore::Tip tip;
    const QSqlQuery &query = row->query();
    if (!row->found()) {
        return tip; // the statements give one row always; none would be an empty log
    }
    if (!query.isNull(0)) {
        tip.head = LogStore::Head{query.value(0).toLongLong(), query.value(1).toByteArray()};
    }
    if (!query.isNull(3)) {
        tip.newestSignature.firstSeq = query.value(2).toLongLong();
        tip.newestSignature.lastSeq = query.value(3).toLongLong();
        tip.newestSignature.signer = query.value(4).toByteArray();
    }
    return tip;
}
} // namespace

Result<LogStore::Tip> LogStore::tip()
{
    return tipFrom(KeptRow::read(
        m_db, QStringLiteral("SELECT h.seq, h.mac, s.first_seq, s.last_seq, s.signer FROM (SELECT 1 AS one) AS o "
                             "LEFT JOIN (SELECT seq, mac FROM archive_log ORDER BY seq DESC LIMIT 1) AS h ON 1 = 1 "
                             "LEFT JOIN (SELECT first_seq, last_seq, signer FROM log_signature "
                             "ORDER BY last_seq DESC LIMIT 1) AS s ON 1 = 1")));
}

bool LogStore::holdsHead() const
{
    const quint64 transaction = m_db.transactionNumber();
    return transaction != 0 && transaction == m_lockedInTransaction;
}

Result<LogStore::Tip> LogStore::lockedTip()
{
    if (m_db.engine() == Database::Engine::SQLite || holdsHead()) {
        return tip();
    }
    // On a server, the lock and the read in one round trip (resources/sql/postgresql, format 8).
    auto tip = tipFrom(KeptRow::read(
        m_db, QStringLiteral("SELECT head_seq, head_mac, signed_first, signed_last, signer FROM brankas_lock_head(?)"),
        {VaultApplicationId}));
    if (tip) {
        m_lockedInTransaction = m_db.transactionNumber();
        m_db.noteHeadLocked();
    }
    return tip;
}

Status LogStore::lockHead()
{
    if (m_db.engine() == Database::Engine::SQLite || holdsHead()) {
        return {};
    }
    QSqlQuery query(m_db.connection());
    // The key is the vault's application id ("BRNK"): one lock per database, whatever else the
    // server's other databases lock.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(VaultApplicationId))) {
        return fromSqlError(query.lastError());
    }
    m_lockedInTransaction = m_db.transactionNumber();
    m_db.noteHeadLocked();
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
    qsizetype from = 0;
    for (const qsizetype rows : LogSql::statementSizes(entries.size(), BatchInsert::rowsPerStatement(EntryColumns))) {
        auto prepared = m_db.prepared(LogSql::insertEntries(rows));
        if (!prepared) {
            return prepared.error();
        }
        int value = 0;
        LogSql::bindEntries(*prepared.value(), entries, from, rows, value);
        if (Status status = runToEnd(*prepared.value()); !status) {
            return status;
        }
        from += rows;
    }
    return {};
}

Status LogStore::write(const Write &write)
{
    if (m_db.engine() == Database::Engine::PostgreSql) {
        return writeOnServer(write);
    }
    // Each statement is a call into the file: nothing to gain by joining them.
    if (Status status = append(write.entries); !status) {
        return status;
    }
    if (write.signature) {
        Status signed_ = write.extendsSignatureEndingAt > 0
                             ? extendSignature(write.extendsSignatureEndingAt, *write.signature)
                             : appendSignature(*write.signature);
        if (!signed_) {
            return signed_;
        }
    }
    return MetaStore(m_db).setValue(write.headKey, write.sealedHead);
}

Status LogStore::writeOnServer(const Write &write)
{
    // An import's entries before the last statement's go first.
    const auto sizes = LogSql::statementSizes(write.entries.size(), BatchInsert::rowsPerStatement(EntryColumns));
    const qsizetype inLast = sizes.isEmpty() ? 0 : sizes.last();
    if (Status status = append(write.entries.first(write.entries.size() - inLast)); !status) {
        return status;
    }
    // One statement of data-modifying WITH parts: each sees the tables as they were before it, and
    // none reads what another writes (the triggers look at their own row only).
    QStringList parts;
    if (inLast > 0) {
        parts << QStringLiteral("entries AS (") + LogSql::insertEntries(inLast) + QLatin1Char(')');
    }
    if (write.signature) {
        parts << QStringLiteral("signature AS (") + LogSql::writeSignature(write.extendsSignatureEndingAt) +
                     QStringLiteral(" RETURNING 1)");
    }
    parts << QStringLiteral("head AS (") + MetaStore::setValueSql() + QLatin1Char(')');
    const QString written = write.signature ? QStringLiteral("(SELECT count(*) FROM signature)") : QStringLiteral("1");
    const auto bind = [&](QSqlQuery &query) {
        int value = 0;
        LogSql::bindEntries(query, write.entries, write.entries.size() - inLast, inLast, value);
        if (write.signature) {
            LogSql::bindSignature(query, *write.signature, write.extendsSignatureEndingAt, value);
        }
        query.bindValue(value++, write.headKey);
        query.bindValue(value++, write.sealedHead);
    };
    auto row = KeptRow::read(
        m_db, QStringLiteral("WITH ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" SELECT ") + written, bind);
    if (!row) {
        return row.error();
    }
    const qint64 signaturesWritten = row->found() ? row->query().value(0).toLongLong() : 0;
    if (write.signature && signaturesWritten != 1) {
        return LogSql::signatureChangedMeanwhile();
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

} // namespace Brankas::Storage
