// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/logentry.h"
#include "../result.h"
#include "logstore.h"

#include <QList>
#include <QString>

class QSqlQuery;

// The archive log's write statements. LogStore runs them one by one, and a server's change runs
// them as one statement (LogStore::write): one text for both, so the two never write differently.
namespace Brankas::Storage::LogSql {

// INSERT of `rows` entries; bindEntries() fills its values.
QString insertEntries(qsizetype rows);
// How many entries each INSERT of `rows` takes, in order: as many of `perStatement` as fit, then
// the rest in hundreds, tens and one statement of the last one to nine. The connection keeps every
// statement it prepared (Database::prepared), so the sizes must come from a short list: an import's
// leftover in one statement would keep one more for every size an import ever ended with. Without
// its last size, the list for rows is the list for rows minus that size (LogStore::write relies on
// it).
QList<qsizetype> statementSizes(qsizetype rows, qsizetype perStatement);
// Binds entries[from, from + rows) from position `value` on, and advances it.
void bindEntries(QSqlQuery &query, const QList<LogEntry> &entries, qsizetype from, qsizetype rows, int &value);

// The statement writing a signature row: a new one, or (extendsEndingAt > 0) the signature ending at
// extendsEndingAt extended to the row's run. An extension finds that row by its last seq, first seq
// and signer, so a signature changed meanwhile is not overwritten: no row is.
QString writeSignature(qint64 extendsEndingAt);
// Binds that statement's values from position `value` on, and advances it.
void bindSignature(QSqlQuery &query, const LogStore::SignatureRow &row, qint64 extendsEndingAt, int &value);
// Why an extension found no row to extend: the signature it read under the head's lock is gone.
Error signatureChangedMeanwhile();

} // namespace Brankas::Storage::LogSql
