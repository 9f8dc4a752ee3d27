// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vault/vaultaddress.h>

#include <QTest>

using namespace Brankas;

class TestVaultAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/home/humas/.local/share/brankas/vault.brankas");
        QTest::newRow("relative") << QStringLiteral("kantor.brankas");
        QTest::newRow("windows") << QStringLiteral("C:\\Users\\humas\\AppData\\Local\\brankas\\vault.brankas");
        QTest::newRow("windows forward") << QStringLiteral("D:/arsip/vault.brankas");
        QTest::newRow("colon in name") << QStringLiteral("arsip: 2024.brankas");
    }

    void files()
    {
        QFETCH(QString, text);
        const auto address = VaultAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.error().message()));
        QCOMPARE(address->engine(), VaultAddress::Engine::File);
        QCOMPARE(address->path(), text);
        QCOMPARE(address->toString(), text);
    }

    void servers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("normal");
        QTest::newRow("plain") << "postgresql://humas@192.168.1.10/brankas"
                               << "humas"
                               << "192.168.1.10" << 5432 << "brankas"
                               << ""
                               << "postgresql://humas@192.168.1.10/brankas";
        QTest::newRow("port and ssl") << "postgresql://humas@server.bawaslu.local:5433/buol?sslmode=verify-full"
                                      << "humas"
                                      << "server.bawaslu.local" << 5433 << "buol"
                                      << "verify-full"
                                      << "postgresql://humas@server.bawaslu.local:5433/buol?sslmode=verify-full";
        QTest::newRow("short scheme") << "postgres://humas@db/brankas"
                                      << "humas"
                                      << "db" << 5432 << "brankas"
                                      << ""
                                      << "postgresql://humas@db/brankas";
        QTest::newRow("default port dropped") << "  postgresql://humas@db:5432/brankas  "
                                              << "humas"
                                              << "db" << 5432 << "brankas"
                                              << ""
                                              << "postgresql://humas@db/brankas";
        QTest::newRow("ipv6") << "postgresql://humas@[::1]:6000/brankas"
                              << "humas"
                              << "::1" << 6000 << "brankas"
                              << ""
                              << "postgresql://humas@[::1]:6000/brankas";
    }

    void servers()
    {
        QFETCH(QString, text);
        const auto address = VaultAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.error().message()));
        QCOMPARE(address->engine(), VaultAddress::Engine::PostgreSql);
        QVERIFY(address->isServer());
        QTEST(address->user(), "user");
        QTEST(address->host(), "host");
        QTEST(address->port(), "port");
        QTEST(address->database(), "database");
        QTEST(address->sslMode(), "sslMode");
        QTEST(address->toString(), "normal");
        // The normal form reads back as the same address.
        QCOMPARE(VaultAddress::parse(address->toString()).value(), address.value());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "   "
                               << "file path";
        QTest::newRow("other scheme") << "mysql://humas@db/brankas"
                                      << "not a vault address";
        QTest::newRow("http") << "https://bawaslu.go.id/vault"
                              << "not a vault address";
        QTest::newRow("no user") << "postgresql://db/brankas"
                                 << "database user";
        QTest::newRow("no host") << "postgresql://humas@/brankas"
                                 << "server's name";
        QTest::newRow("no database") << "postgresql://humas@db"
                                     << "database's name";
        QTest::newRow("database with slash") << "postgresql://humas@db/a/b"
                                             << "database's name";
        QTest::newRow("bad port") << "postgresql://humas@db:99999/brankas"
                                  << "not a vault address";
        QTest::newRow("unknown option") << "postgresql://humas@db/brankas?application_name=x"
                                        << "application_name";
        QTest::newRow("bad sslmode") << "postgresql://humas@db/brankas?sslmode=always"
                                     << "always";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto address = VaultAddress::parse(text);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(address.error().message().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(address.error().message()));
    }

    void passwordIsRefusedAndNeverRepeated()
    {
        const auto address = VaultAddress::parse(QStringLiteral("postgresql://humas:Rahasia-2024@db/brankas"));
        QVERIFY(!address.ok());
        QVERIFY(address.error().message().contains(QStringLiteral(".pgpass")));
        QVERIFY(!address.error().message().contains(QStringLiteral("Rahasia")));
        for (const QString &argument : address.error().arguments()) {
            QVERIFY(!argument.contains(QStringLiteral("Rahasia")));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultAddress)
#include "tst_vaultaddress.moc"
