// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing the recovery passphrase: afterwards only the new one opens the vault and its passwords,
// the old one (and whatever it unwrapped before) opens nothing, every refusal leaves the vault as it
// was, and a vault from before format 5 whose recovery passphrase cannot open the passwords is a
// finding until the passphrase is replaced.
#include "../common/testvault.h"

#include <core/crypto/sealedbox.h>
#include <core/log/logactions.h>
#include <core/register/healthcheck.h>
#include <core/storage/metastore.h>
#include <core/storage/secretswrapstore.h>
#include <core/vault/passphrase.h>
#include <core/vault/recoveryproposal.h>
#include <core/vault/secretskey.h>
#include <core/vault/vaultkey.h>

#include <QSet>
#include <QSqlQuery>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray NewRecovery = QByteArrayLiteral("awan sungai batu merah jauh");
const QByteArray BudiPassphrase = QByteArrayLiteral("budi lemari hijau");
const QByteArray RinaPassphrase = QByteArrayLiteral("rina meja biru tua");
} // namespace

class TestRecoveryChange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyTheNewPassphraseOpensTheVault();
    void oldRecoveryKeyCannotOpenTheNewSeal();
    void refusals_data();
    void refusals();
    void readOnlyVaultRefuses();
    void proposalPassesTheStrengthCheck();
    void legacyVaultIsAFindingUntilReplaced();

private:
    qint64 logCount() { return m_vault->log().entries({}).value().size(); }

    std::unique_ptr<TestVault> m_t;
    std::unique_ptr<Vault> m_vault;
    Session m_admin;
};

void TestRecoveryChange::init()
{
    m_t = std::make_unique<TestVault>();
    m_vault = m_t->create();
    m_admin = m_vault->signIn(QStringLiteral("Siti"), AdminPassphrase).value();
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Budi"), Role::Operator, BudiPassphrase).ok());
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Rina"), Role::Viewer, RinaPassphrase).ok());
}

void TestRecoveryChange::cleanup()
{
    m_vault.reset();
    m_t.reset();
}

void TestRecoveryChange::onlyTheNewPassphraseOpensTheVault()
{
    const Status changed = m_vault->changeRecovery(m_admin, RecoveryPassphrase, NewRecovery);
    QVERIFY2(changed.ok(), qPrintable(changed.error().untranslatedMessage()));
    auto entries = m_vault->log().entries({.actionPrefix = LogAction::recoveryChanged()});
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().officer, QStringLiteral("Siti"));
    QCOMPARE(entries.value().first().target, QStringLiteral("recovery"));
    QVERIFY(LogAction::describe(LogAction::recoveryChanged()));
    QVERIFY(m_vault->log().verify().value().intact());
    m_vault.reset();

    // A new PC: no key in its keychain.
    MemoryKeyStore newPc;
    VaultEnvironment environment{newPc, m_t->clock, cheapKdf()};
    auto vault = Vault::open(m_t->path, Vault::Access::ReadWrite, environment);
    QVERIFY(vault.ok());
    QCOMPARE(vault.value()->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).error().code(),
             ErrorCode::WrongPassphrase);
    QVERIFY(!vault.value()->isUnlocked());
    // The unlock also opens the passwords' seal to the recovery passphrase, and fails if it does not.
    const Status opened = vault.value()->unlockWithRecovery(NewRecovery, QStringLiteral("Siti"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().untranslatedMessage()));
    auto siti = vault.value()->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(siti.ok());
    QVERIFY(vault.value()->hasSecretsAccess(siti.value()));
    QCOMPARE(vault.value()->recoveryOpensSecrets().value(), true);
    QVERIFY(vault.value()->log().verify().value().intact());
}

void TestRecoveryChange::oldRecoveryKeyCannotOpenTheNewSeal()
{
    // Someone who once read the old sheet unwrapped the old recovery key pair and kept it.
    Storage::KeyWrapStore wraps(m_vault->database());
    Storage::MetaStore meta(m_vault->database());
    const SecretBytes oldPassphrase = normalizedPassphrase(RecoveryPassphrase, PassphraseKind::Recovery);
    auto oldBoxPrivate =
        unwrapVaultKey(wraps.find(QStringLiteral("recovery-box")).value(), oldPassphrase, m_vault->id());
    QVERIFY(oldBoxPrivate.ok());
    const QString boxPublicBefore = meta.value(QStringLiteral("recovery_box_public")).value();

    QVERIFY(m_vault->changeRecovery(m_admin, RecoveryPassphrase, NewRecovery).ok());

    QVERIFY(meta.value(QStringLiteral("recovery_box_public")).value() != boxPublicBefore);
    const QByteArray seal = Storage::SecretsWrapStore(m_vault->database()).find(recoveryHolder()).value();
    auto stolen = openSecretsKey(oldBoxPrivate.value(), seal, m_vault->id(), recoveryHolder(),
                                 meta.value(QStringLiteral("log_signed_from")).value().toLongLong(),
                                 meta.value(QStringLiteral("secrets_check")).value());
    QVERIFY(!stolen.ok());
    // Nor does the old passphrase unwrap either new wrap.
    for (const char *name : {"recovery", "recovery-box"}) {
        auto wrap = wraps.find(QString::fromLatin1(name));
        QCOMPARE(unwrapVaultKey(wrap.value(), oldPassphrase, m_vault->id()).error().code(), ErrorCode::WrongPassphrase);
    }
}

void TestRecoveryChange::refusals_data()
{
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("operator") << QStringLiteral("Budi") << RecoveryPassphrase << NewRecovery
                              << ErrorCode::PermissionDenied;
    QTest::newRow("viewer") << QStringLiteral("Rina") << RecoveryPassphrase << NewRecovery
                            << ErrorCode::PermissionDenied;
    QTest::newRow("wrong current") << QStringLiteral("Siti") << QByteArray("bukan frasa pemulihan kami") << NewRecovery
                                   << ErrorCode::WrongPassphrase;
    QTest::newRow("administrator's passphrase as current")
        << QStringLiteral("Siti") << AdminPassphrase << NewRecovery << ErrorCode::WrongPassphrase;
    QTest::newRow("weak new") << QStringLiteral("Siti") << RecoveryPassphrase << QByteArray("password123456789")
                              << ErrorCode::InvalidInput;
    QTest::newRow("short new") << QStringLiteral("Siti") << RecoveryPassphrase << QByteArray("dua kata")
                               << ErrorCode::InvalidInput;
    QTest::newRow("same as current, respaced")
        << QStringLiteral("Siti") << RecoveryPassphrase << QByteArray("  meja kursi  lemari pintu jendela ")
        << ErrorCode::InvalidInput;
}

void TestRecoveryChange::refusals()
{
    QFETCH(QString, officer);
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, replacement);
    QFETCH(ErrorCode, code);
    const QByteArray passphrase = officer == QLatin1String("Siti")   ? AdminPassphrase
                                  : officer == QLatin1String("Budi") ? BudiPassphrase
                                                                     : RinaPassphrase;
    auto session = m_vault->signIn(officer, passphrase);
    QVERIFY(session.ok());
    const qint64 entries = logCount();
    const Status refused = m_vault->changeRecovery(session.value(), current, replacement);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), code);
    QVERIFY(!refused.error().message().isEmpty());
    QCOMPARE(logCount(), entries);
    m_vault.reset();
    // The current passphrase still opens everything.
    MemoryKeyStore newPc;
    auto vault = Vault::open(m_t->path, Vault::Access::ReadWrite, {newPc, m_t->clock, cheapKdf()});
    QVERIFY(vault.value()->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).ok());
    QCOMPARE(vault.value()->recoveryOpensSecrets().value(), true);
}

void TestRecoveryChange::readOnlyVaultRefuses()
{
    m_vault.reset();
    auto vault = m_t->open(Vault::Access::ReadOnly);
    QVERIFY(vault->unlockFromKeychain().ok());
    auto siti = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(siti.ok());
    const QByteArray before = fileHash(m_t->path);
    QCOMPARE(vault->changeRecovery(siti.value(), RecoveryPassphrase, NewRecovery).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(fileHash(m_t->path), before);
}

void TestRecoveryChange::proposalPassesTheStrengthCheck()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 20; ++i) {
        auto proposed = proposeRecoveryPassphrase();
        QVERIFY(proposed.ok());
        const QByteArray text = proposed.value().toByteArrayUnsafe();
        QCOMPARE(text.count(' '), 5);
        QVERIFY2(checkNewPassphrase(proposed.value().view(), PassphraseKind::Recovery).ok(), text.constData());
        QVERIFY(text == text.toLower());
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 20);
}

void TestRecoveryChange::legacyVaultIsAFindingUntilReplaced()
{
    // A vault as format 4 left it: the recovery passphrase has no key pair of its own, so nothing
    // seals the passwords to it.
    {
        QSqlQuery query(m_vault->database().connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM key_wrap WHERE name = 'recovery-box'")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM vault_meta WHERE key = 'recovery_box_public'")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM secrets_wrap WHERE holder = 'recovery'")));
    }
    m_vault.reset();
    m_vault = m_t->open();
    QVERIFY(m_vault->unlockFromKeychain().ok());
    m_admin = m_vault->signIn(QStringLiteral("Siti"), AdminPassphrase).value();
    QCOMPARE(m_vault->recoveryOpensSecrets().value(), false);
    auto findings = HealthCheck(*m_vault).run(QDate(2024, 2, 14));
    QVERIFY(findings.ok());
    const auto finding = std::find_if(findings.value().cbegin(), findings.value().cend(), [](const Finding &f) {
        return f.rule == QLatin1String("recovery-without-passwords");
    });
    QVERIFY(finding != findings.value().cend());
    QCOMPARE(finding->accountId, qint64(0));
    QVERIFY(allRules().contains(finding->rule));
    QVERIFY(ruleExplanation(finding->rule).contains(QStringLiteral("recovery change")));

    QVERIFY(m_vault->changeRecovery(m_admin, RecoveryPassphrase, NewRecovery).ok());
    QCOMPARE(m_vault->recoveryOpensSecrets().value(), true);
    findings = HealthCheck(*m_vault).run(QDate(2024, 2, 14));
    QVERIFY(std::none_of(findings.value().cbegin(), findings.value().cend(),
                         [](const Finding &f) { return f.rule == QLatin1String("recovery-without-passwords"); }));
    auto entry = m_vault->log().entries({.actionPrefix = LogAction::recoveryChanged()}).value();
    QCOMPARE(entry.size(), 1);
    QCOMPARE(entry.first().detailsObject().value(QStringLiteral("openedPasswordsBefore")).toBool(true), false);
}

QTEST_GUILESS_MAIN(TestRecoveryChange)
#include "tst_recoverychange.moc"
