// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "logstore.h"
#include "sqlerror.h"
#include "vaultfile.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace Brankas::Storage {

namespace {
// Each engine has its own set: SQLite's in resources/sql, PostgreSQL's in resources/sql/postgresql.
// A server vault starts at the version its first file names (no server vault predates it).
std::map<int, QString> migrationFiles(Database::Engine engine)
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(engine == Database::Engine::SQLite ? QStringLiteral(":/sql") : QStringLiteral(":/sql/postgresql"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch()) {
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
        }
    }
    return files;
}

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return fromSqlError(query.lastError());
    }
    return {};
}
} // namespace

int latestSchemaVersion(Database::Engine engine)
{
    const auto files = migrationFiles(engine);
    return files.empty() ? 0 : files.rbegin()->first;
}

int latestSchemaVersion(const Database &db)
{
    return latestSchemaVersion(db.engine());
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    bool inDollarQuote = false; // a PL/pgSQL body between "$$" lines
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (!inDollarQuote && line.startsWith(QLatin1String("--")))) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inDollarQuote = !inDollarQuote;
        } else if (inDollarQuote) {
            continue;
        } else if (line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
            inBody = true;
        } else if (inBody && line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0) {
            inBody = false;
        }
        if (!inBody && !inDollarQuote && line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

namespace {
Status recordVersion(Database &db, int version)
{
    if (db.engine() == Database::Engine::PostgreSql) {
        if (Status status = run(db.connection(), QStringLiteral("DELETE FROM brankas_schema")); !status) {
            return status;
        }
        return run(db.connection(), QStringLiteral("INSERT INTO brankas_schema (application, version) VALUES (%1, %2)")
                                        .arg(VaultApplicationId)
                                        .arg(version));
    }
    if (version == 1) {
        if (Status status = run(db.connection(), QStringLiteral("PRAGMA application_id = %1").arg(VaultApplicationId));
            !status) {
            return status;
        }
    }
    return run(db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// The migration files after `fromVersion`, each with its version bump, in the caller's transaction.
Status applyMigrations(Database &db, int fromVersion)
{
    for (const auto &[version, path] : migrationFiles(db.engine())) {
        if (version <= fromVersion) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                ErrorCode::Io,
                QT_TRANSLATE_NOOP("Brankas::Error", "Brankas is missing one of its own files (%1); reinstall it."),
                {path});
        }
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : splitStatements(script)) {
            if (Status status = run(db.connection(), statement); !status) {
                return status;
            }
        }
        if (Status status = recordVersion(db, version); !status) {
            return status;
        }
    }
    return {};
}
} // namespace

Status migrate(Database &db, int fromVersion, const std::function<Status()> &inTransaction)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    // Two PCs opening a server vault after an update both find it in the old format: the second
    // waits for the first's upgrade (the lock every writer of the vault takes), then reads the
    // version again and finds nothing left to do, nor to log. SQLite's BEGIN IMMEDIATE already
    // made this transaction the file's only writer.
    if (Status locked = LogStore(db).lockHead(); !locked) {
        return locked;
    }
    auto current = db.userVersion();
    if (!current) {
        return current.error();
    }
    if (current.value() > fromVersion) {
        fromVersion = current.value();
        if (fromVersion >= latestSchemaVersion(db.engine())) {
            return transaction.value()->commit();
        }
    }
    if (Status status = applyMigrations(db, fromVersion); !status) {
        return status;
    }
    if (inTransaction) {
        if (Status status = inTransaction(); !status) {
            return status;
        }
    }
    return transaction.value()->commit();
}

Status migrateInCallersTransaction(Database &db, int fromVersion)
{
    return applyMigrations(db, fromVersion);
}

} // namespace Brankas::Storage
