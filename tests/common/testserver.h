// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database of its own on the private PostgreSQL cluster that tests/with-postgres.sh starts
// (BRANKAS_TEST_PG_URL), created for one test and dropped after it.

#include <core/vault/vaultaddress.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <optional>
#include <unistd.h>

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

    // The same database's address with another user in it.
    VaultAddress addressAs(const QString &user) const
    {
        const VaultAddress own = address();
        return VaultAddress::parse(
                   QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, own.host()).arg(own.port()).arg(own.database()))
            .value();
    }

    // A new login role that owns nothing (the cluster trusts it), or "" when the server refused.
    QString newGuestRole() const
    {
        const QString role = QStringLiteral("guest_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        return sql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)).isEmpty() ? role : QString();
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

// Whether this run may stop, restart and reconfigure the private cluster (tests/with-postgres.sh
// says where it is); suites that do so run serially.
inline bool clusterIsControllable()
{
    return TestServer::cluster() && !qEnvironmentVariableIsEmpty("BRANKAS_TEST_PG_DATA");
}

// pg_ctl of the private cluster, as the user who owns it.
inline int pgCtl(const QStringList &arguments)
{
    const QString owner = qEnvironmentVariable("BRANKAS_TEST_PG_OWNER");
    const QString pgCtlPath = qEnvironmentVariable("BRANKAS_TEST_PG_BIN") + QStringLiteral("/pg_ctl");
    QStringList command{pgCtlPath, QStringLiteral("-D"), qEnvironmentVariable("BRANKAS_TEST_PG_DATA")};
    command << arguments;
    if (geteuid() == 0 && !owner.isEmpty() && owner != QLatin1String("root")) {
        command = QStringList{QStringLiteral("-u"), owner, QStringLiteral("--")} + command;
        command.prepend(QStringLiteral("/usr/sbin/runuser"));
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(command.takeFirst(), command);
    process.waitForFinished(120000);
    return process.exitCode();
}

// The server gone at once, as a power cut or a pulled cable looks to its clients.
inline bool stopCluster()
{
    return pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")}) ==
           0;
}

// Starts the stopped cluster again with the options it had (pg_ctl restart reuses them).
inline bool restartCluster()
{
    // Beside the cluster's data, where its owner may write.
    const QString log =
        QFileInfo(qEnvironmentVariable("BRANKAS_TEST_PG_DATA")).absolutePath() + QStringLiteral("/restart.log");
    return pgCtl({QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"), log,
                  QStringLiteral("restart")}) == 0;
}

// A login role that must give its password (the cluster trusts every other one), allowed into the
// test's database. The cluster's rules are as they were once it goes; the role stays, unused.
class PasswordRole
{
public:
    PasswordRole(const TestServer &database, const QByteArray &password)
        : m_database(database)
        , m_name(QStringLiteral("humas_%1").arg(QDateTime::currentMSecsSinceEpoch()))
        , m_hba(qEnvironmentVariable("BRANKAS_TEST_PG_DATA") + QStringLiteral("/pg_hba.conf"))
    {
        m_error = database.sql(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, QString::fromLatin1(password)));
        if (m_error.isEmpty()) {
            m_error = database.sql(QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(m_name));
        }
        QFile file(m_hba);
        if (!m_error.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_error += QStringLiteral(" (cannot read pg_hba.conf)");
            return;
        }
        m_original = file.readAll();
        file.close();
        const QByteArray rule = "host all " + m_name.toLatin1() + " 127.0.0.1/32 scram-sha-256\n";
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rule + m_original) < 0) {
            m_error = QStringLiteral("cannot write pg_hba.conf");
            return;
        }
        file.close();
        m_changed = true;
        if (pgCtl({QStringLiteral("reload")}) != 0) {
            m_error = QStringLiteral("pg_ctl reload failed");
        }
        QThread::msleep(500); // the postmaster rereads its rules asynchronously
    }

    ~PasswordRole()
    {
        if (!m_changed) {
            return;
        }
        QFile back(m_hba);
        if (back.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            back.write(m_original);
        }
        back.close();
        pgCtl({QStringLiteral("reload")});
    }

    PasswordRole(const PasswordRole &) = delete;
    PasswordRole &operator=(const PasswordRole &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }

    // The test's database, signed into as this role.
    VaultAddress address() const
    {
        const VaultAddress database = m_database.address();
        return VaultAddress::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                       .arg(m_name, database.host())
                                       .arg(database.port())
                                       .arg(database.database()))
            .value();
    }

private:
    const TestServer &m_database;
    QString m_name;
    QString m_hba;
    QByteArray m_original;
    bool m_changed = false;
    QString m_error;
};

} // namespace Brankas::Testing
