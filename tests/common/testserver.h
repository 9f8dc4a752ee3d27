// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database of its own on the private PostgreSQL cluster that tests/with-postgres.sh starts
// (BRANKAS_TEST_PG_URL), created for one test and dropped after it.

#include <core/vault/vaultaddress.h>

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Brankas::Testing {

class TestServer
{
public:
    // The cluster's address, or nothing when the suite runs without one (it should QSKIP then).
    static std::optional<VaultAddress> cluster()
    {
        const QString url = qEnvironmentVariable("BRANKAS_TEST_PG_URL");
        if (url.isEmpty()) {
            return std::nullopt;
        }
        auto address = VaultAddress::parse(url);
        return address.ok() ? std::optional<VaultAddress>(address.value()) : std::nullopt;
    }

    explicit TestServer(const VaultAddress &cluster)
        : m_cluster(cluster)
        , m_name(QStringLiteral("brankas_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16))
    {
        m_ok = admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }

    ~TestServer() { admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }

    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }

    // The new, empty database's address.
    VaultAddress address() const
    {
        return VaultAddress::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                       .arg(m_cluster.user(), m_cluster.host())
                                       .arg(m_cluster.port())
                                       .arg(m_name))
            .value();
    }

    // Runs one statement on the test's database as the cluster's superuser, as an attacker with
    // the server's keys (or its administrator) would; returns the server's refusal, or "".
    QString sql(const QString &statement) const { return run(m_name, statement); }

private:
    bool admin(const QString &statement)
    {
        m_error = run(m_cluster.database(), statement);
        return m_error.isEmpty();
    }

    QString run(const QString &database, const QString &statement) const
    {
        const QString connection = QStringLiteral("brankas-test-admin-%1").arg(m_name);
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_cluster.host());
            db.setPort(m_cluster.port());
            db.setUserName(m_cluster.user());
            db.setDatabaseName(database);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    VaultAddress m_cluster;
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace Brankas::Testing
