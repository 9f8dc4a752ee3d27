// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsql.h"

#include "bindvalue.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Brankas::Storage::LogSql {

QString insertEntries(qsizetype rows)
{
    return QStringLiteral("INSERT INTO archive_log (seq, at, officer, action, target, details, mac) VALUES ") +
           QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", "));
}

QList<qsizetype> statementSizes(qsizetype rows, qsizetype perStatement)
{
    QList<qsizetype> sizes;
    for (const qsizetype size : {perStatement, qsizetype(100), qsizetype(10)}) {
        for (; size <= perStatement && rows >= size; rows -= size) {
            sizes << size;
        }
    }
    if (rows > 0) {
        sizes << rows;
    }
    return sizes;
}

void bindEntries(QSqlQuery &query, const QList<LogEntry> &entries, qsizetype from, qsizetype rows, int &value)
{
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
}

QString writeSignature(qint64 extendsEndingAt)
{
    return extendsEndingAt > 0
               ? QStringLiteral("UPDATE log_signature SET last_seq = ?, signature = ? "
                                "WHERE last_seq = ? AND first_seq = ? AND signer = ?")
               : QStringLiteral(
                     "INSERT INTO log_signature (last_seq, first_seq, signer, signature) VALUES (?, ?, ?, ?)");
}

void bindSignature(QSqlQuery &query, const LogStore::SignatureRow &row, qint64 extendsEndingAt, int &value)
{
    const QVariantList values =
        extendsEndingAt > 0 ? QVariantList{row.lastSeq, row.signature, extendsEndingAt, row.firstSeq, row.signer}
                            : QVariantList{row.lastSeq, row.firstSeq, row.signer, row.signature};
    for (const QVariant &each : values) {
        query.bindValue(value++, each);
    }
}

Error signatureChangedMeanwhile()
{
    return Error(ErrorCode::Storage,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The archive log's newest signature changed while it was being "
                                                     "extended. Nothing was saved; try again."));
}

} // namespace Brankas::Storage::LogSql
