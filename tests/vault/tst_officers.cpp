// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testvault.h"

#include <core/log/logactions.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestOfficers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void administratorAddsOfficersOfEachRole_data();
    void administratorAddsOfficersOfEachRole();
    void onlyAdministratorsAddOfficers_data();
    void onlyAdministratorsAddOfficers();
    void namesAreUniqueWithoutCase();
    void badNamesAndPassphrasesAreRefused_data();
    void badNamesAndPassphrasesAreRefused();
    void viewerCanNeverDecryptASecret();
    void roleIdsRoundTrip();

private:
    std::unique_ptr<TestVault> m_t;
    std::unique_ptr<Vault> m_vault;
    Session m_admin;
};

void TestOfficers::init()
{
    m_t = std::make_unique<TestVault>();
    m_vault = m_t->create();
    m_admin = m_vault->signIn(QStringLiteral("Siti"), AdminPassphrase).value();
}

void TestOfficers::cleanup()
{
    m_vault.reset();
    m_t.reset();
}

void TestOfficers::administratorAddsOfficersOfEachRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("administrator") << Role::Administrator;
    QTest::newRow("operator") << Role::Operator;
    QTest::newRow("viewer") << Role::Viewer;
}

void TestOfficers::administratorAddsOfficersOfEachRole()
{
    QFETCH(Role, role);
    auto added = m_vault->officers().add(m_admin, QStringLiteral("  Budi Santoso "), role, "budi lemari hijau");
    QVERIFY2(added.ok(), qPrintable(added.error().untranslatedMessage()));
    QCOMPARE(added.value().name, QStringLiteral("Budi Santoso"));
    auto session = m_vault->signIn(QStringLiteral("budi santoso"), "budi lemari hijau");
    QVERIFY(session.ok());
    QCOMPARE(session.value().officer.role, role);
    auto logged = m_vault->log().entries({.targetContains = QStringLiteral("officer:Budi")});
    // Operators and administrators are given the secrets key in the same change; viewers never.
    QCOMPARE(logged.value().size(), role == Role::Viewer ? 1 : 2);
    QCOMPARE(logged.value().first().action, LogAction::officerAdded());
    QCOMPARE(logged.value().first().officer, QStringLiteral("Siti"));
    QCOMPARE(logged.value().first().detailsObject().value(QStringLiteral("role")).toString(), roleId(role));
    QCOMPARE(logged.value().first().detailsObject().value(QStringLiteral("signingKey")).toString().size(), 64);
    if (role != Role::Viewer) {
        QCOMPARE(logged.value().at(1).action, LogAction::secretsAccessGranted());
    }
    // The passphrase never reaches the log.
    for (const LogEntry &entry : m_vault->log().entries({}).value()) {
        QVERIFY(!entry.details.contains(QStringLiteral("passphrase")));
    }
}

void TestOfficers::onlyAdministratorsAddOfficers_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("operator") << Role::Operator;
    QTest::newRow("viewer") << Role::Viewer;
}

void TestOfficers::onlyAdministratorsAddOfficers()
{
    QFETCH(Role, role);
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Budi"), role, "budi lemari hijau").ok());
    auto budi = m_vault->signIn(QStringLiteral("Budi"), "budi lemari hijau");
    const qint64 before = m_vault->officers().list().value().size();
    auto refused = m_vault->officers().add(budi.value(), QStringLiteral("Ani"), Role::Administrator, "ani passphrase");
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_vault->officers().list().value().size(), before);
}

void TestOfficers::namesAreUniqueWithoutCase()
{
    auto refused = m_vault->officers().add(m_admin, QStringLiteral("SITI"), Role::Viewer, "another passphrase");
    QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(refused.error().untranslatedMessage().contains(QStringLiteral("\"Siti\"")));
}

void TestOfficers::badNamesAndPassphrasesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("empty name") << QStringLiteral("   ") << QByteArray("long enough passphrase");
    QTest::newRow("control character") << QStringLiteral("Bu\x01di") << QByteArray("long enough passphrase");
    QTest::newRow("very long name") << QString(81, QLatin1Char('a')) << QByteArray("long enough passphrase");
    QTest::newRow("short passphrase") << QStringLiteral("Budi") << QByteArray("1234567");
    QTest::newRow("passphrase is the name") << QStringLiteral("Budi Santoso") << QByteArray("budi santoso");
    // As an attacker would name an officer to pass for another in the log and on paper.
    QTest::newRow("right-to-left override")
        << QStringLiteral("Siti\u202Enimda") << QByteArray("long enough passphrase");
    QTest::newRow("left-to-right isolate")
        << QStringLiteral("\u2066Siti\u2069") << QByteArray("long enough passphrase");
    QTest::newRow("arabic letter mark") << QStringLiteral("Siti\u061C") << QByteArray("long enough passphrase");
    QTest::newRow("zero-width space") << QStringLiteral("Si\u200Bti") << QByteArray("long enough passphrase");
    QTest::newRow("terminal escape") << QStringLiteral("Budi\x1b[2J") << QByteArray("long enough passphrase");
    QTest::newRow("Cyrillic A in Admin") << QStringLiteral("\u0410dmin") << QByteArray("long enough passphrase");
    QTest::newRow("Greek omicron in Budi Santoso")
        << QStringLiteral("Budi Sant\u03BFso") << QByteArray("long enough passphrase");
    QTest::newRow("common passphrase") << QStringLiteral("Budi") << QByteArray("password");
    QTest::newRow("digits in a row") << QStringLiteral("Budi") << QByteArray("12345678");
    QTest::newRow("invalid UTF-8") << QStringLiteral("Budi") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff");
}

void TestOfficers::badNamesAndPassphrasesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, passphrase);
    const qint64 entries = m_vault->log().count().value();
    auto refused = m_vault->officers().add(m_admin, name, Role::Operator, passphrase);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(m_vault->officers().list().value().size(), 1);
    QCOMPARE(m_vault->log().count().value(), entries);
}

void TestOfficers::viewerCanNeverDecryptASecret()
{
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Wati"), Role::Viewer, "viewer passphrase").ok());
    auto sealed =
        m_vault->sealField(m_admin, QStringLiteral("account_secret"), 1, QStringLiteral("password"), "s3cret!");
    auto viewer = m_vault->signIn(QStringLiteral("Wati"), "viewer passphrase");
    auto refused = m_vault->openField(viewer.value(), QStringLiteral("account_secret"), 1, QStringLiteral("password"),
                                      sealed.value());
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    auto allowed =
        m_vault->openField(m_admin, QStringLiteral("account_secret"), 1, QStringLiteral("password"), sealed.value());
    QCOMPARE(allowed.value().view(), QByteArrayView("s3cret!"));
}

void TestOfficers::roleIdsRoundTrip()
{
    for (Role role : {Role::Administrator, Role::Operator, Role::Viewer}) {
        QCOMPARE(roleFromId(roleId(role)), std::optional(role));
        QVERIFY(!roleDisplayName(role).isEmpty());
    }
    QCOMPARE(roleFromId(QStringLiteral(" Viewer ")), std::optional(Role::Viewer));
    QCOMPARE(roleFromId(QStringLiteral("admin")), std::optional(Role::Administrator));
    QCOMPARE(roleFromId(QStringLiteral("owner")), std::nullopt);
    QVERIFY(!canRevealSecrets(Role::Viewer));
    QVERIFY(canRevealSecrets(Role::Operator));
    QVERIFY(!canManageOfficers(Role::Operator));
}

QTEST_GUILESS_MAIN(TestOfficers)
#include "tst_officers.moc"
