// SPDX-License-Identifier: GPL-3.0-or-later
// LogStore's log_signature rows: the officers' signatures over runs of the chain.
#include "logstore.h"

#include "database.h"
#include "keptstatement.h"
#include "logsql.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Status LogStore::appendSignature(const SignatureRow &row)
{
    auto prepared = m_db.prepared(LogSql::writeSignature(0));
    if (!prepared) {
        return prepared.error();
    }
    int value = 0;
    LogSql::bindSignature(*prepared.value(), row, 0, value);
    return runToEnd(*prepared.value());
}

Status LogStore::extendSignature(qint64 previousLastSeq, const SignatureRow &row)
{
    auto prepared = m_db.prepared(LogSql::writeSignature(previousLastSeq));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    int value = 0;
    LogSql::bindSignature(query, row, previousLastSeq, value);
    const bool updated = query.exec();
    const QSqlError error = query.lastError();
    const int rows = query.numRowsAffected();
    query.finish();
    if (!updated) {
        return fromSqlError(error);
    }
    if (rows != 1) {
        return LogSql::signatureChangedMeanwhile();
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

} // namespace Brankas::Storage
