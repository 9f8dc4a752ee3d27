// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
Result<IntegrityReport> sqliteCheck(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return fromSqlError(query.lastError());
    }
    IntegrityReport report;
    report.problemShown = QCoreApplication::translate("Brankas::VaultCheck", "SQLite integrity check: %1");
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            report.problems << line;
        }
    }
    return report;
}

// Each query names one problem per row.
Status collect(Database &db, const QString &sql, QStringList &problems)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return fromSqlError(query.lastError());
    }
    while (query.next()) {
        problems << query.value(0).toString();
    }
    return {};
}

Result<IntegrityReport> serverCheck(Database &db)
{
    IntegrityReport report;
    // The guards of the migration set (resources/sql/postgresql), by name.
    const QString guards = QStringLiteral(
        "SELECT 'trigger ' || g.name || ' is missing or disabled' FROM (VALUES ('archive_log_append_only'), "
        "('archive_log_no_truncate'), ('log_signature_append_only'), ('log_signature_no_truncate'), "
        "('handover_final'), ('handover_account_final')) AS g(name) WHERE NOT EXISTS (SELECT 1 FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace AND "
        "t.tgname = g.name AND t.tgenabled <> 'D') ORDER BY g.name");
    const QString constraints =
        QStringLiteral("SELECT 'constraint ' || conname || ' is not validated' FROM pg_constraint WHERE connamespace = "
                       "current_schema()::regnamespace AND NOT convalidated ORDER BY conname");
    const QString indexes = QStringLiteral(
        "SELECT 'index ' || c.relname || ' is invalid' FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready) "
        "ORDER BY c.relname");
    for (const QString &sql : {guards, constraints, indexes}) {
        if (Status status = collect(db, sql, report.problems); !status) {
            return status.error();
        }
    }
    QSqlQuery amcheck(db.connection());
    if (!amcheck.exec(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'")) ||
        !amcheck.next()) {
        return fromSqlError(amcheck.lastError());
    }
    if (amcheck.value(0).toInt() > 0) {
        QSqlQuery names(db.connection());
        if (!names.exec(QStringLiteral(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = "
                "c.relam WHERE c.relnamespace = current_schema()::regnamespace AND a.amname = 'btree' "
                "ORDER BY c.relname"))) {
            return fromSqlError(names.lastError());
        }
        QStringList all;
        while (names.next()) {
            all << names.value(0).toString();
        }
        for (const QString &index : all) {
            QSqlQuery check(db.connection());
            check.prepare(QStringLiteral("SELECT bt_index_check(?::regclass, true)"));
            check.addBindValue(index);
            if (!check.exec()) {
                report.problems << QStringLiteral("index %1: %2").arg(index, check.lastError().databaseText());
            }
        }
        report.indexesRead = true;
    }
    report.problemShown = QCoreApplication::translate("Brankas::VaultCheck", "Server check: %1");
    // Said every time: a server has no equivalent of SQLite's page check that a client may run.
    report.checked =
        report.indexesRead
            ? QCoreApplication::translate("Brankas::VaultCheck",
                                          "PostgreSQL server: the append-only triggers, constraints and "
                                          "indexes of the vault were checked, and every index was read "
                                          "with amcheck; the server checks its own data pages.")
            : QCoreApplication::translate("Brankas::VaultCheck",
                                          "PostgreSQL server: the append-only triggers, constraints and indexes "
                                          "of the vault were checked; the server checks its own data pages (SQLite's "
                                          "page check has no equivalent a client can run; an administrator of "
                                          "the server can install the amcheck extension to have indexes read "
                                          "too).");
    return report;
}
} // namespace

Result<IntegrityReport> checkIntegrity(Database &db)
{
    return db.engine() == Database::Engine::PostgreSql ? serverCheck(db) : sqliteCheck(db);
}

} // namespace Brankas::Storage
