// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The storage suites that run each case on both engines: SQLite in a temporary folder, and the
// private PostgreSQL cluster of tests/with-postgres.sh (a row named "postgresql", skipped without it).
#include "../common/testserver.h"

#include <core/storage/database.h>
#include <core/storage/migrations.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Brankas::Testing {

// One migrated, empty vault database on the engine a test row names.
struct Engine
{
    QTemporaryDir dir;
    std::unique_ptr<TestServer> server;
    std::unique_ptr<Storage::Database> db;
    QString error;

    explicit Engine(bool onServer, const QString &name = QStringLiteral("v"))
    {
        Result<std::unique_ptr<Storage::Database>> opened = Error();
        if (onServer) {
            server = std::make_unique<TestServer>(*TestServer::cluster());
            if (!server->ok()) {
                error = server->error();
                return;
            }
            opened = Storage::Database::open(server->address(), Storage::Database::Mode::Create);
        } else {
            opened = Storage::Database::open(dir.filePath(name + QStringLiteral(".brankas")),
                                             Storage::Database::Mode::Create);
        }
        if (!opened) {
            error = opened.error().message();
            return;
        }
        if (Status status = Storage::migrate(*opened.value(), 0); !status) {
            error = status.error().message();
            return;
        }
        db = std::move(opened).value();
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db->connection());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
};

inline void addEngines()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

inline bool skipsWithoutServer()
{
    return QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("postgresql") && !TestServer::cluster();
}

} // namespace Brankas::Testing
