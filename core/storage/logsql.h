// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/logentry.h"
#include "../result.h"

#include <QList>
#include <QString>

class QSqlQuery;

// The archive log's write statements. LogStore runs them one by one, and a server's change runs
// them as one statement (LogStore::write): one text for both, so the two never write differently.
namespace Brankas::Storage::LogSql {

// INSERT of `rows` entries; bindEntries() fills its values.
QString insertEntries(qsizetype rows);
// Binds entries[from, from + rows) from position `value` on, and advances it.
void bindEntries(QSqlQuery &query, const QList<LogEntry> &entries, qsizetype from, qsizetype rows, int &value);

// Values: last_seq, first_seq, signer, signature.
QString insertSignature();
// Values: the new last_seq and signature, then the old last_seq, first_seq and signer (the row is
// found by all three, so a signature changed meanwhile is not overwritten: no row is).
QString extendSignature();
// Why an extension found no row to extend: the signature it read under the head's lock is gone.
Error signatureChangedMeanwhile();

} // namespace Brankas::Storage::LogSql
