// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcopy.h"

#include "batchinsert.h"
#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Brankas::Storage {

namespace {
// In an order that satisfies every foreign key. Every table of the format is here: a table added
// by a later migration must be added too (tst_vaultcopy compares the lists of both engines).
const char *const Tables[] = {"vault_meta",
                              "key_wrap",
                              "officer",
                              "archive_log",
                              "pending_event",
                              "office",
                              "kecamatan",
                              "term",
                              "term_extension",
                              "committee",
                              "committee_member",
                              "account",
                              "account_status_change",
                              "account_secret",
                              "handover",
                              "handover_account",
                              "secrets_wrap",
                              "log_signature",
                              "account_metric",
                              "evaluation_note"};

// Tables whose id column is an identity on PostgreSQL.
const char *const Identities[] = {
    "officer", "pending_event",         "kecamatan",      "term",     "term_extension", "committee", "committee_member",
    "account", "account_status_change", "account_secret", "handover", "evaluation_note"};

Status run(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return fromSqlError(query.lastError());
    }
    return {};
}

Error notEmpty()
{
    return Error(ErrorCode::AlreadyExists,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The target already holds a vault (its archive log has entries); Brankas copies a "
                                   "vault only into an empty one. Nothing was copied."));
}

// A finalised handover refuses new accounts (the triggers of both engines), so handovers are copied
// as drafts and finalised once their accounts are in: finalising a draft is the one change allowed.
struct Finalised
{
    QVariant id, at, by, number;
};

// The columns of `table` the engine computes from the others (the server's search_text, migration
// 0008): nothing can be written into one, and the target computes its own from the copied columns.
Result<QStringList> generatedColumns(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (db.engine() == Database::Engine::PostgreSql) {
        query.prepare(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND "
                                     "attgenerated <> '' AND NOT attisdropped"));
        query.addBindValue(table);
    } else {
        // table_xinfo marks a generated column "hidden" 2 (virtual) or 3 (stored).
        query.prepare(QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)"));
        query.addBindValue(table);
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QStringList columns;
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns;
}

Status copyTable(Database &source, Database &target, const QString &table, QList<Finalised> &finalised)
{
    const auto generated = generatedColumns(source, table);
    if (!generated) {
        return generated.error();
    }
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        return fromSqlError(read.lastError());
    }
    const QSqlRecord record = read.record();
    QStringList names;
    QList<int> copied; // the record's fields that are written into the target
    for (int i = 0; i < record.count(); ++i) {
        if (!generated.value().contains(record.fieldName(i))) {
            names << record.fieldName(i);
            copied << i;
        }
    }
    BatchInsert write(target, table, names);
    const bool handover = table == QLatin1String("handover");
    const int idColumn = names.indexOf(QStringLiteral("id"));
    const int atColumn = names.indexOf(QStringLiteral("finalized_at"));
    const int byColumn = names.indexOf(QStringLiteral("finalized_by"));
    const int numberColumn = names.indexOf(QStringLiteral("number"));
    QVariantList values;
    values.reserve(names.size());
    while (read.next()) {
        values.clear();
        for (int field : std::as_const(copied)) {
            values << read.value(field);
        }
        if (handover && !values.value(atColumn).isNull()) {
            finalised.append({values[idColumn], values[atColumn], values[byColumn], values[numberColumn]});
            for (int column : {atColumn, byColumn, numberColumn}) {
                values[column] = QVariant(QMetaType::fromType<QString>());
            }
        }
        if (Status status = write.add(values); !status) {
            return status;
        }
    }
    if (read.lastError().isValid()) {
        return fromSqlError(read.lastError());
    }
    return write.finish();
}

Status finalise(Database &target, const QList<Finalised> &handovers)
{
    QSqlQuery query(target.connection());
    if (!query.prepare(
            QStringLiteral("UPDATE handover SET finalized_at = ?, finalized_by = ?, number = ? WHERE id = ?"))) {
        return fromSqlError(query.lastError());
    }
    for (const Finalised &handover : handovers) {
        query.bindValue(0, handover.at);
        query.bindValue(1, handover.by);
        query.bindValue(2, handover.number);
        query.bindValue(3, handover.id);
        if (!query.exec()) {
            return fromSqlError(query.lastError());
        }
    }
    return {};
}

Status continueSequences(Database &target)
{
    if (target.engine() != Database::Engine::PostgreSql) {
        return {}; // SQLite's INTEGER PRIMARY KEY continues after the largest id by itself
    }
    for (const char *table : Identities) {
        const QString name = QString::fromLatin1(table);
        if (Status status = run(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) "
                                                       "FROM %1 HAVING max(id) IS NOT NULL")
                                            .arg(name));
            !status) {
            return status;
        }
    }
    return {};
}

Status copyRows(Database &source, Database &target)
{
    QSqlQuery count(target.connection());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM archive_log")) || !count.next()) {
        return fromSqlError(count.lastError());
    }
    if (count.value(0).toLongLong() != 0) {
        return notEmpty();
    }
    // A new vault's migrations write their own meta records; the source's are the vault's.
    if (Status status = run(target, QStringLiteral("DELETE FROM vault_meta")); !status) {
        return status;
    }
    QList<Finalised> finalised;
    for (const char *table : Tables) {
        if (Status status = copyTable(source, target, QString::fromLatin1(table), finalised); !status) {
            return status;
        }
        if (qstrcmp(table, "handover_account") == 0) {
            if (Status status = finalise(target, finalised); !status) {
                return status;
            }
        }
    }
    return continueSequences(target);
}
} // namespace

Status copyVault(Database &source, Database &target)
{
    const bool server = source.engine() == Database::Engine::PostgreSql;
    if (Status status = run(source, server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                           : QStringLiteral("BEGIN DEFERRED"));
        !status) {
        return status;
    }
    auto transaction = Transaction::begin(target);
    if (!transaction) {
        (void)run(source, QStringLiteral("ROLLBACK"));
        return transaction.error();
    }
    Status copied = copyRows(source, target);
    // The source was only read: ending its transaction either way changes nothing.
    (void)run(source, QStringLiteral("ROLLBACK"));
    if (!copied) {
        return copied;
    }
    return transaction.value()->commit();
}

QStringList vaultTables()
{
    QStringList tables;
    for (const char *table : Tables) {
        tables << QString::fromLatin1(table);
    }
    return tables;
}

} // namespace Brankas::Storage
