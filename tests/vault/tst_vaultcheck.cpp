// SPDX-License-Identifier: GPL-3.0-or-later
// `vault check` finds what an attacker or a damaged disk did to a vault: secrets moved between rows
// or altered, an altered key check value, an edited archive log; and says when it could not check
// the secrets. A whole vault has no problem.
#include "../register/registertesting.h"

#include <core/vault/vaultcheck.h>

#include <QSqlQuery>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestVaultCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholeVaultHasNoProblem();
    void movedSecretsAreNamed();
    void alteredKeyCheckIsNamed();
    void editedLogFailsLikeLogVerify();
    void viewerIsToldSecretsWereNotChecked();

private:
    void exec(const QStringList &statements);
    std::unique_ptr<Office> m_office;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestVaultCheck::init()
{
    m_office = std::make_unique<Office>();
    m_first = m_office
                  ->addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("pw.satu")),
                               "Sandi-Pertama-1")
                  .id;
    m_second = m_office
                   ->addAccount(newAccount(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("pw.dua")),
                                "Sandi-Kedua-2")
                   .id;
}

void TestVaultCheck::cleanup()
{
    m_office.reset();
}

void TestVaultCheck::exec(const QStringList &statements)
{
    QSqlQuery query(m_office->vault->database().connection());
    for (const QString &statement : statements) {
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
}

void TestVaultCheck::wholeVaultHasNoProblem()
{
    auto checked = checkVault(*m_office->vault, m_office->siti);
    QVERIFY(checked.ok());
    QVERIFY2(checked.value().problems.isEmpty(), qPrintable(checked.value().problems.join(QLatin1Char('\n'))));
    QVERIFY(checked.value().logIntact());
    QCOMPARE(checked.value().log.entries, m_office->logCount());
}

void TestVaultCheck::movedSecretsAreNamed()
{
    // An attacker with the file swaps the two passwords: each still decrypts somewhere, so only the
    // binding to its row tells.
    exec({QStringLiteral("CREATE TEMP TABLE keep AS SELECT id, sealed FROM account_secret"),
          QStringLiteral("UPDATE account_secret SET sealed = (SELECT sealed FROM keep WHERE keep.id <> "
                         "account_secret.id LIMIT 1)")});
    auto checked = checkVault(*m_office->vault, m_office->budi);
    QVERIFY(checked.ok());
    QCOMPARE(checked.value().problems.size(), 2);
    for (const QString &problem : checked.value().problems) {
        QVERIFY2(problem.contains(QLatin1String("does not open under its binding")), qPrintable(problem));
    }
    QVERIFY(checked.value().problems.join(QLatin1Char(' ')).contains(QStringLiteral("account %1").arg(m_second)));
    QVERIFY(checked.value().logIntact());
}

void TestVaultCheck::alteredKeyCheckIsNamed()
{
    exec({QStringLiteral("UPDATE vault_meta SET value = 'AAAA' WHERE key = 'key_check'")});
    auto checked = checkVault(*m_office->vault, m_office->siti);
    QVERIFY(checked.ok());
    QCOMPARE(checked.value().problems.size(), 1);
    QVERIFY2(checked.value().problems.first().contains(QLatin1String("key check value")),
             qPrintable(checked.value().problems.first()));
}

void TestVaultCheck::editedLogFailsLikeLogVerify()
{
    exec({QStringLiteral("DROP TRIGGER archive_log_no_update"),
          QStringLiteral("UPDATE archive_log SET officer = 'Mallory' WHERE seq = 3")});
    auto checked = checkVault(*m_office->vault, m_office->siti);
    QVERIFY(checked.ok());
    QVERIFY(!checked.value().logIntact());
    QCOMPARE(checked.value().log.firstBadSeq, 3);
    QCOMPARE(checked.value().problems.size(), 1);
    QVERIFY(checked.value().problems.first().startsWith(QLatin1String("Archive log: ")));
}

void TestVaultCheck::viewerIsToldSecretsWereNotChecked()
{
    exec({QStringLiteral("UPDATE account_secret SET sealed = zeroblob(40)")});
    auto checked = checkVault(*m_office->vault, m_office->ani);
    QVERIFY(checked.ok());
    QCOMPARE(checked.value().problems.size(), 1);
    QVERIFY2(checked.value().problems.first().contains(QLatin1String("were not checked")),
             qPrintable(checked.value().problems.first()));
    // The same damage, checked by an operator, is named once per secret.
    auto operatorCheck = checkVault(*m_office->vault, m_office->budi);
    QCOMPARE(operatorCheck.value().problems.size(), 2);
}

QTEST_GUILESS_MAIN(TestVaultCheck)
#include "tst_vaultcheck.moc"
