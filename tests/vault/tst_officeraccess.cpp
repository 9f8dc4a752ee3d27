// SPDX-License-Identifier: GPL-3.0-or-later
// Officers come and go: an administrator closes and opens access, changes roles and resets
// passphrases; an officer changes their own. Each change is signed, keeps the secrets key's seals
// right in the same transaction, and leaves an archive log that verifies.
#include "../common/testvault.h"

#include <core/log/logactions.h>
#include <core/storage/migrations.h>

#include <QSqlQuery>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray BudiPassphrase = QByteArrayLiteral("budi lemari hijau");
const QByteArray RinaPassphrase = QByteArrayLiteral("rina meja biru tua");
const QByteArray TemporaryPassphrase = QByteArrayLiteral("sementara kursi merah");
const QByteArray NewPassphrase = QByteArrayLiteral("baru sekali pintu kayu");
} // namespace

class TestOfficerAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void disableClosesSignInAndSealKeepingHistory();
    void enableGivesTheSealBack();
    void lastActiveAdministratorIsNeverClosedOrDemoted();
    void refusals_data();
    void refusals();
    void roleChangesMoveTheSealAndTheVerifierFollows();
    void demotedAdministratorCannotVouchAnyMore();
    void roleChangeSignedByNonAdministratorIsForged();
    void ownPassphraseChangeKeepsTheKeys();
    void resetGivesNewKeysAndForcesAChange();
    void adminWithoutSecretsKeyIsToldSo();
    void migrationKeepsOfficers();

private:
    bool hasSeal(const QString &name);
    QList<LogEntry> entriesAbout(const QString &name);
    void expectIntact();

    std::unique_ptr<TestVault> m_t;
    std::unique_ptr<Vault> m_vault;
    Session m_admin;
};

void TestOfficerAccess::init()
{
    m_t = std::make_unique<TestVault>();
    m_vault = m_t->create();
    m_admin = m_vault->signIn(QStringLiteral("Siti"), AdminPassphrase).value();
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Budi"), Role::Operator, BudiPassphrase).ok());
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Rina"), Role::Viewer, RinaPassphrase).ok());
}

void TestOfficerAccess::cleanup()
{
    m_vault.reset();
    m_t.reset();
}

bool TestOfficerAccess::hasSeal(const QString &name)
{
    auto record = m_vault->officers().list().value();
    const auto found = std::find_if(record.cbegin(), record.cend(), [&](const Officer &o) { return o.name == name; });
    if (found == record.cend()) {
        qFatal("no officer %s", qPrintable(name));
    }
    QSqlQuery query(m_vault->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM secrets_wrap WHERE holder = ?"));
    query.addBindValue(QStringLiteral("officer:%1").arg(found->id));
    if (!query.exec() || !query.next()) {
        qFatal("secrets_wrap query failed");
    }
    return query.value(0).toInt() == 1;
}

QList<LogEntry> TestOfficerAccess::entriesAbout(const QString &name)
{
    return m_vault->log().entries({.targetContains = QStringLiteral("officer:") + name}).value();
}

void TestOfficerAccess::expectIntact()
{
    // A full verification, every signature checked, as `log verify --full` does.
    auto verification = m_vault->log().verify({}, true);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value().intact(), qPrintable(verification.value().summary()));
}

void TestOfficerAccess::disableClosesSignInAndSealKeepingHistory()
{
    QVERIFY(hasSeal(QStringLiteral("Budi")));
    auto budi = m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QVERIFY(budi.ok());
    m_t->clock.advance(3'600'000);
    const Status closed = m_vault->officers().disable(m_admin, QStringLiteral("budi"), QStringLiteral("pindah tugas"));
    QVERIFY2(closed.ok(), qPrintable(closed.error().untranslatedMessage()));
    QVERIFY(!hasSeal(QStringLiteral("Budi")));

    const auto officers = m_vault->officers().list().value();
    const Officer &listed = *std::find_if(officers.cbegin(), officers.cend(),
                                          [](const Officer &o) { return o.name == QLatin1String("Budi"); });
    QVERIFY(listed.disabled);
    QCOMPARE(listed.disabledBy, QStringLiteral("Siti"));
    QCOMPARE(listed.disabledReason, QStringLiteral("pindah tugas"));
    QCOMPARE(listed.disabledAt, m_t->clock.nowUtc());

    const QList<LogEntry> about = entriesAbout(QStringLiteral("Budi"));
    QCOMPARE(about.at(about.size() - 2).action, LogAction::officerDisabled());
    QCOMPARE(about.at(about.size() - 2).officer, QStringLiteral("Siti"));
    QCOMPARE(about.last().action, LogAction::secretsAccessRevoked());
    expectIntact();

    // The right passphrase is refused, naming when and by whom; the refusal is logged, unsigned.
    const qint64 before = m_vault->log().verify().value().entries;
    auto refused = m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QVERIFY2(refused.error().untranslatedMessage().contains(QStringLiteral("closed on 2024-02-14 by Siti")),
             qPrintable(refused.error().untranslatedMessage()));
    auto newest = m_vault->log().entries({.limit = 1, .newestFirst = true}).value().first();
    QCOMPARE(newest.action, LogAction::signInRefused());
    QCOMPARE(newest.officer, QStringLiteral("Budi"));
    QCOMPARE(m_vault->log().verify().value().entries, before + 1);
    // A wrong passphrase still reads as any wrong passphrase: it does not reveal the closure.
    QCOMPARE(m_vault->signIn(QStringLiteral("Budi"), "salah sekali ini").error().code(), ErrorCode::WrongPassphrase);
    // Their history stays: entries they made still name them.
    QVERIFY(!m_vault->log().entries({.officer = QStringLiteral("Budi")}).value().isEmpty());
    expectIntact();
}

void TestOfficerAccess::enableGivesTheSealBack()
{
    QVERIFY(m_vault->officers().disable(m_admin, QStringLiteral("Budi"), QStringLiteral("cuti panjang")).ok());
    QVERIFY(!hasSeal(QStringLiteral("Budi")));
    const Status opened = m_vault->officers().enable(m_admin, QStringLiteral("Budi"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().untranslatedMessage()));
    QVERIFY(hasSeal(QStringLiteral("Budi")));
    auto budi = m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QVERIFY(budi.ok());
    QVERIFY(m_vault->hasSecretsAccess(budi.value()));
    const auto officers = m_vault->officers().list().value();
    for (const Officer &officer : officers) {
        QVERIFY(!officer.disabled && officer.disabledBy.isEmpty() && officer.disabledReason.isEmpty());
    }
    QCOMPARE(entriesAbout(QStringLiteral("Budi")).at(entriesAbout(QStringLiteral("Budi")).size() - 2).action,
             LogAction::officerEnabled());
    expectIntact();
}

void TestOfficerAccess::lastActiveAdministratorIsNeverClosedOrDemoted()
{
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Andi"), Role::Administrator, "andi jendela kuning").ok());
    auto andi = m_vault->signIn(QStringLiteral("Andi"), "andi jendela kuning").value();
    // Two administrators: Andi may close Siti's access; then Siti is closed and Andi is the last.
    QVERIFY(m_vault->officers().disable(andi, QStringLiteral("Siti"), QStringLiteral("pensiun")).ok());
    const Status demoted = m_vault->officers().setRole(andi, QStringLiteral("Andi"), Role::Operator);
    QCOMPARE(demoted.error().code(), ErrorCode::InvalidInput);
    QVERIFY(demoted.error().untranslatedMessage().contains(QLatin1String("last active administrator")));
    // A closed administrator does not count: enabling Siti would make two again.
    QVERIFY(m_vault->officers().enable(andi, QStringLiteral("Siti")).ok());
    QVERIFY(m_vault->officers().setRole(andi, QStringLiteral("Andi"), Role::Operator).ok());
    // Now Siti is the last one again, and a closed officer may not close anyone.
    auto siti = m_vault->signIn(QStringLiteral("Siti"), AdminPassphrase).value();
    QCOMPARE(m_vault->officers().setRole(siti, QStringLiteral("Siti"), Role::Viewer).error().code(),
             ErrorCode::InvalidInput);
    expectIntact();
}

void TestOfficerAccess::refusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("target");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("operator disables") << "Budi"
                                       << "disable"
                                       << "Rina" << ErrorCode::PermissionDenied;
    QTest::newRow("viewer enables") << "Rina"
                                    << "enable"
                                    << "Budi" << ErrorCode::PermissionDenied;
    QTest::newRow("operator promotes self") << "Budi"
                                            << "role"
                                            << "Budi" << ErrorCode::PermissionDenied;
    QTest::newRow("operator resets") << "Budi"
                                     << "reset"
                                     << "Rina" << ErrorCode::PermissionDenied;
    QTest::newRow("unknown name disabled") << "Siti"
                                           << "disable"
                                           << "Nobody" << ErrorCode::NotFound;
    QTest::newRow("unknown name enabled") << "Siti"
                                          << "enable"
                                          << "Nobody" << ErrorCode::NotFound;
    QTest::newRow("unknown name role") << "Siti"
                                       << "role"
                                       << "Nobody" << ErrorCode::NotFound;
    QTest::newRow("unknown name reset") << "Siti"
                                        << "reset"
                                        << "Nobody" << ErrorCode::NotFound;
    QTest::newRow("own access closed") << "Siti"
                                       << "disable"
                                       << "Siti" << ErrorCode::InvalidInput;
    QTest::newRow("open access opened") << "Siti"
                                        << "enable"
                                        << "Budi" << ErrorCode::InvalidInput;
    QTest::newRow("own passphrase reset") << "Siti"
                                          << "reset"
                                          << "Siti" << ErrorCode::InvalidInput;
    QTest::newRow("same role") << "Siti"
                               << "same-role"
                               << "Budi" << ErrorCode::InvalidInput;
    QTest::newRow("no reason") << "Siti"
                               << "disable-no-reason"
                               << "Budi" << ErrorCode::InvalidInput;
    QTest::newRow("weak temporary") << "Siti"
                                    << "reset-weak"
                                    << "Budi" << ErrorCode::InvalidInput;
}

void TestOfficerAccess::refusals()
{
    QFETCH(QString, actor);
    QFETCH(QString, what);
    QFETCH(QString, target);
    QFETCH(ErrorCode, code);
    const QByteArray passphrase = actor == QLatin1String("Siti")   ? AdminPassphrase
                                  : actor == QLatin1String("Budi") ? BudiPassphrase
                                                                   : RinaPassphrase;
    const Session session = m_vault->signIn(actor, passphrase).value();
    const qint64 before = m_vault->log().verify().value().entries;
    Officers &officers = m_vault->officers();
    Status status;
    if (what == QLatin1String("disable")) {
        status = officers.disable(session, target, QStringLiteral("alasan"));
    } else if (what == QLatin1String("disable-no-reason")) {
        status = officers.disable(session, target, QStringLiteral("   "));
    } else if (what == QLatin1String("enable")) {
        status = officers.enable(session, target);
    } else if (what == QLatin1String("role")) {
        status = officers.setRole(session, target, Role::Administrator);
    } else if (what == QLatin1String("same-role")) {
        status = officers.setRole(session, target, Role::Operator);
    } else if (what == QLatin1String("reset")) {
        status = officers.reset(session, target, TemporaryPassphrase);
    } else if (what == QLatin1String("reset-weak")) {
        status = officers.reset(session, target, "budi123");
    }
    QCOMPARE(status.error().code(), code);
    // Nothing was written and nobody's access changed.
    QCOMPARE(m_vault->log().verify().value().entries, before);
    QVERIFY(hasSeal(QStringLiteral("Budi")));
    QVERIFY(!hasSeal(QStringLiteral("Rina")));
    QVERIFY(m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase).ok());
}

void TestOfficerAccess::roleChangesMoveTheSealAndTheVerifierFollows()
{
    QVERIFY(m_vault->officers().setRole(m_admin, QStringLiteral("Budi"), Role::Viewer).ok());
    QVERIFY(!hasSeal(QStringLiteral("Budi")));
    QVERIFY(m_vault->officers().setRole(m_admin, QStringLiteral("Rina"), Role::Administrator).ok());
    QVERIFY(hasSeal(QStringLiteral("Rina")));
    const QList<LogEntry> rina = entriesAbout(QStringLiteral("Rina"));
    const auto changed = std::find_if(rina.cbegin(), rina.cend(),
                                      [](const LogEntry &e) { return e.action == LogAction::officerRoleChanged(); });
    QVERIFY(changed != rina.cend());
    QCOMPARE(changed->detailsObject().value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    // Rina, now an administrator, can vouch: her registration of a new officer and her checkpoint verify.
    auto rinaSession = m_vault->signIn(QStringLiteral("Rina"), RinaPassphrase).value();
    QVERIFY(m_vault->hasSecretsAccess(rinaSession));
    QVERIFY(m_vault->officers().add(rinaSession, QStringLiteral("Tono"), Role::Operator, "tono kebun pisang").ok());
    auto checkpoint = m_vault->verifyLog(&rinaSession, {}, true);
    QVERIFY(checkpoint.ok() && checkpoint.value().intact());
    auto again = m_vault->log().verify();
    QVERIFY(again.ok());
    QVERIFY2(again.value().intact(), qPrintable(again.value().summary()));
    QVERIFY(again.value().checkpointSeq > 0);
    expectIntact();
}

void TestOfficerAccess::demotedAdministratorCannotVouchAnyMore()
{
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Andi"), Role::Administrator, "andi jendela kuning").ok());
    auto andi = m_vault->signIn(QStringLiteral("Andi"), "andi jendela kuning").value();
    QVERIFY(m_vault->officers().setRole(m_admin, QStringLiteral("Andi"), Role::Operator).ok());
    // Andi's old session no longer acts as an administrator: the vault asks what his role is now.
    QCOMPARE(m_vault->officers().disable(andi, QStringLiteral("Budi"), QStringLiteral("x")).error().code(),
             ErrorCode::PermissionDenied);
    // An attacker with Andi's key who signs a registration after the demotion is caught by verify:
    // forge one by calling the signed path directly with Andi's signer.
    auto signer = m_vault->signerFor(andi);
    QVERIFY(signer);
    QVERIFY(m_vault->log()
                .appendAll(QStringLiteral("Andi"),
                           {{LogAction::officerKeysRegistered(), QStringLiteral("officer:Budi"),
                             QJsonObject{{QStringLiteral("role"), QStringLiteral("administrator")},
                                         {QStringLiteral("signingKey"), QString(64, QLatin1Char('a'))}}}},
                           &*signer)
                .ok());
    auto verification = m_vault->log().verify({}, true);
    QVERIFY(verification.ok());
    QCOMPARE(verification.value().problem, LogVerification::Problem::ForgedKey);
}

void TestOfficerAccess::roleChangeSignedByNonAdministratorIsForged()
{
    // Budi, an operator, promotes himself in the log with his own key: verify refuses to count it.
    auto budi = m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase).value();
    auto signer = m_vault->signerFor(budi);
    QVERIFY(signer);
    QVERIFY(m_vault->log()
                .appendAll(QStringLiteral("Budi"),
                           {{LogAction::officerRoleChanged(), QStringLiteral("officer:Budi"),
                             QJsonObject{{QStringLiteral("role"), QStringLiteral("administrator")}}}},
                           &*signer)
                .ok());
    auto verification = m_vault->log().verify({}, true);
    QVERIFY(verification.ok());
    QCOMPARE(verification.value().problem, LogVerification::Problem::ForgedKey);
    QCOMPARE(verification.value().problemOfficer, QStringLiteral("Budi"));
}

void TestOfficerAccess::ownPassphraseChangeKeepsTheKeys()
{
    auto budi = m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase).value();
    const QByteArray keyBefore = entriesAbout(QStringLiteral("Budi"))
                                     .first()
                                     .detailsObject()
                                     .value(QStringLiteral("signingKey"))
                                     .toString()
                                     .toLatin1();
    QCOMPARE(m_vault->officers().changePassphrase(budi, "salah sekali ini", NewPassphrase).error().code(),
             ErrorCode::WrongPassphrase);
    QCOMPARE(m_vault->officers().changePassphrase(budi, BudiPassphrase, BudiPassphrase).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(m_vault->officers().changePassphrase(budi, BudiPassphrase, "budi").error().code(),
             ErrorCode::InvalidInput);
    const Status changed = m_vault->officers().changePassphrase(budi, BudiPassphrase, NewPassphrase);
    QVERIFY2(changed.ok(), qPrintable(changed.error().untranslatedMessage()));
    QCOMPARE(m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase).error().code(), ErrorCode::WrongPassphrase);
    auto again = m_vault->signIn(QStringLiteral("Budi"), NewPassphrase);
    QVERIFY(again.ok());
    // The same key pairs: the seal made for the old X25519 key still opens, and no new key is registered.
    QVERIFY(m_vault->hasSecretsAccess(again.value()));
    QCOMPARE(m_vault->signerFor(again.value())->publicKey.toHex(), keyBefore);
    for (const LogEntry &entry : entriesAbout(QStringLiteral("Budi"))) {
        QVERIFY(entry.action != LogAction::officerKeysRegistered());
    }
    expectIntact();
}

void TestOfficerAccess::resetGivesNewKeysAndForcesAChange()
{
    const Status reset = m_vault->officers().reset(m_admin, QStringLiteral("Budi"), TemporaryPassphrase);
    QVERIFY2(reset.ok(), qPrintable(reset.error().untranslatedMessage()));
    QCOMPARE(m_vault->signIn(QStringLiteral("Budi"), BudiPassphrase).error().code(), ErrorCode::WrongPassphrase);
    // The temporary passphrase alone does not sign in; nothing is written for asking.
    const qint64 before = m_vault->log().verify().value().entries;
    auto needsChange = m_vault->signIn(QStringLiteral("Budi"), TemporaryPassphrase);
    QCOMPARE(needsChange.error().code(), ErrorCode::PassphraseChangeRequired);
    QCOMPARE(m_vault->log().verify().value().entries, before);
    // The new keys were registered by the administrator, and sealed to at once.
    const QList<LogEntry> about = entriesAbout(QStringLiteral("Budi"));
    const auto registered = std::find_if(about.crbegin(), about.crend(), [](const LogEntry &e) {
        return e.action == LogAction::officerKeysRegistered();
    });
    QVERIFY(registered != about.crend());
    QCOMPARE(registered->officer, QStringLiteral("Siti"));
    QVERIFY(hasSeal(QStringLiteral("Budi")));
    expectIntact();

    auto weak = m_vault->signIn(QStringLiteral("Budi"), TemporaryPassphrase, "budi");
    QCOMPARE(weak.error().code(), ErrorCode::InvalidInput);
    auto signedIn = m_vault->signIn(QStringLiteral("Budi"), TemporaryPassphrase, NewPassphrase);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().untranslatedMessage()));
    QVERIFY(m_vault->hasSecretsAccess(signedIn.value()));
    QCOMPARE(m_vault->signerFor(signedIn.value())->publicKey.toHex(),
             registered->detailsObject().value(QStringLiteral("signingKey")).toString().toLatin1());
    QCOMPARE(m_vault->signIn(QStringLiteral("Budi"), TemporaryPassphrase).error().code(), ErrorCode::WrongPassphrase);
    auto later = m_vault->signIn(QStringLiteral("Budi"), NewPassphrase);
    QVERIFY(later.ok());
    // Secrets Budi can open are the vault's, sealed with the one secrets key.
    auto sealed =
        m_vault->sealField(m_admin, QStringLiteral("account_secret"), 1, QStringLiteral("password"), "rahasia");
    QCOMPARE(
        m_vault
            ->openField(later.value(), QStringLiteral("account_secret"), 1, QStringLiteral("password"), sealed.value())
            .value()
            .view(),
        QByteArrayView("rahasia"));
    QCOMPARE(entriesAbout(QStringLiteral("Budi")).last().action, LogAction::officerPassphraseChanged());
    expectIntact();
}

void TestOfficerAccess::adminWithoutSecretsKeyIsToldSo()
{
    // An administrator whose seal an attacker removed from the file signs in without the secrets key.
    QVERIFY(m_vault->officers().add(m_admin, QStringLiteral("Andi"), Role::Administrator, "andi jendela kuning").ok());
    const auto officers = m_vault->officers().list().value();
    const qint64 andiId = std::find_if(officers.cbegin(), officers.cend(), [](const Officer &o) {
                              return o.name == QLatin1String("Andi");
                          })->id;
    m_vault.reset();
    auto vault = m_t->open();
    QVERIFY(vault->unlockFromKeychain().ok());
    QSqlQuery query(vault->database().connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM secrets_wrap WHERE holder = 'officer:%1'").arg(andiId)));
    auto andi = vault->signIn(QStringLiteral("Andi"), "andi jendela kuning");
    QVERIFY(andi.ok());
    QVERIFY(!vault->hasSecretsAccess(andi.value()));
    const Status refused = vault->officers().disable(andi.value(), QStringLiteral("Budi"), QStringLiteral("x"));
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(refused.error().untranslatedMessage().contains(QLatin1String("secrets key")));
}

void TestOfficerAccess::migrationKeepsOfficers()
{
    // A fresh vault is at the newest format and its new columns read as "open, no change needed".
    QCOMPARE(m_vault->schemaVersion(), Storage::latestSchemaVersion());
    for (const Officer &officer : m_vault->officers().list().value()) {
        QVERIFY(!officer.disabled);
        QVERIFY(!officer.mustChangePassphrase);
    }
}

QTEST_GUILESS_MAIN(TestOfficerAccess)
#include "tst_officeraccess.moc"
