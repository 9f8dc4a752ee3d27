// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testvault.h"

#include <core/crypto/random.h>
#include <core/log/logactions.h>
#include <core/storage/migrations.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestVault_ : public QObject
{
    Q_OBJECT

private slots:
    void createdVaultDescribesItsOffice();
    void createdVaultStoresItsKeyInTheKeychain();
    void reopensThroughTheKeychainAndSignsIn();
    void missingKeychainEntryNeedsTheRecoveryPassphrase();
    void wrongRecoveryPassphraseChangesNothing();
    void keychainKeyOfAnotherVaultIsRefused();
    void restoreKeychainPutsTheKeyBack();
    void restoreKeychainIsForAdministrators();
    void sealedFieldOpensOnlyWhereItBelongs_data();
    void sealedFieldOpensOnlyWhereItBelongs();
    void lockForgetsTheKey();
    void failedChangeLeavesNoLogEntry();
    void readOnlyOpenWorksBesideAWriter();
    void createRefusesAnExistingFile();
    void createRefusesUnknownRegencyWithSuggestions();
    void createRefusesWeakPassphrases_data();
    void createRefusesWeakPassphrases();
    void keychainFailureAtCreateStillMakesAVault();
};

void TestVault_::createdVaultDescribesItsOffice()
{
    TestVault t;
    auto vault = t.create(QStringLiteral("72.71"));
    QCOMPARE(vault->officeName(), QStringLiteral("Bawaslu Kota Palu"));
    QCOMPARE(vault->regency().code, QStringLiteral("72.71"));
    QCOMPARE(vault->provinceName(), QStringLiteral("Sulawesi Tengah"));
    QVERIFY(!QUuid::fromString(vault->id()).isNull());
    QCOMPARE(vault->schemaVersion(), Storage::latestSchemaVersion());
    QCOMPARE(vault->createdAt(), t.clock.nowUtc());
    auto counts = vault->counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().officers, 1);
    // vault.created, officer.added, and the secrets key sealed to the administrator and the recovery passphrase
    QCOMPARE(counts.value().logEntries, 4);
    auto entries = vault->log().entries({});
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().at(0).action, LogAction::vaultCreated());
    QCOMPARE(entries.value().at(0).officer, QStringLiteral("Siti"));
    QCOMPARE(entries.value().at(0).detailsObject().value(QStringLiteral("office")).toString(),
             QStringLiteral("Bawaslu Kota Palu"));
    QVERIFY(!QFile::exists(t.path + QStringLiteral(".partial")));
}

void TestVault_::createdVaultStoresItsKeyInTheKeychain()
{
    TestVault t;
    auto vault = t.create();
    auto key = t.keyStore.readKey(vault->id());
    QVERIFY(key.ok());
    QCOMPARE(key.value().size(), 32);
    QCOMPARE(vault->keychainState().kind, KeychainState::Kind::Ready);
}

void TestVault_::reopensThroughTheKeychainAndSignsIn()
{
    TestVault t;
    t.create().reset();
    auto vault = t.open();
    QVERIFY(!vault->isUnlocked());
    QVERIFY(vault->unlockFromKeychain().ok());
    auto session = vault->signIn(QStringLiteral("siti"), AdminPassphrase); // names compare without case
    QVERIFY2(session.ok(), qPrintable(session.error().untranslatedMessage()));
    QCOMPARE(session.value().officer.name, QStringLiteral("Siti"));
    QCOMPARE(session.value().officer.role, Role::Administrator);
    auto last = vault->log().entries({.limit = 1, .newestFirst = true});
    QCOMPARE(last.value().first().action, LogAction::signedIn());
}

void TestVault_::missingKeychainEntryNeedsTheRecoveryPassphrase()
{
    TestVault t;
    QString id;
    {
        auto vault = t.create();
        id = vault->id();
    }
    QVERIFY(t.keyStore.removeKey(id).ok());
    const QByteArray before = fileHash(t.path);
    auto vault = t.open();
    Status unlocked = vault->unlockFromKeychain();
    QCOMPARE(unlocked.error().code(), ErrorCode::KeychainEntryMissing);
    QCOMPARE(vault->keychainState().kind, KeychainState::Kind::Missing);
    // A "not found" for an existing vault must never lead to a new key.
    QCOMPARE(t.keyStore.readKey(id).error().code(), ErrorCode::KeychainEntryMissing);
    vault.reset();
    QCOMPARE(fileHash(t.path), before);

    vault = t.open();
    QVERIFY(vault->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).ok());
    QVERIFY(vault->signIn(QStringLiteral("Siti"), AdminPassphrase).ok());
    auto entries = vault->log().entries({.actionPrefix = QStringLiteral("vault.unlocked")});
    QCOMPARE(entries.value().size(), 1);
    // The recovery passphrase opens the vault but does not silently write the keychain.
    QCOMPARE(t.keyStore.readKey(id).error().code(), ErrorCode::KeychainEntryMissing);
}

void TestVault_::wrongRecoveryPassphraseChangesNothing()
{
    TestVault t;
    QString id;
    {
        auto vault = t.create();
        id = vault->id();
    }
    QVERIFY(t.keyStore.removeKey(id).ok());
    const QByteArray before = fileHash(t.path);
    {
        auto vault = t.open();
        Status status = vault->unlockWithRecovery("not the recovery passphrase", QStringLiteral("Budi"));
        QCOMPARE(status.error().code(), ErrorCode::WrongPassphrase);
        QVERIFY(status.error().untranslatedMessage().contains(QStringLiteral("recovery sheet")));
        QVERIFY(!vault->isUnlocked());
        QCOMPARE(vault->log().verify().error().code(), ErrorCode::VaultLocked);
    }
    QCOMPARE(fileHash(t.path), before);
    QCOMPARE(t.keyStore.readKey(id).error().code(), ErrorCode::KeychainEntryMissing);
    auto vault = t.open();
    // Spaces and line ends around a passphrase retyped from paper do not matter.
    QVERIFY(vault->unlockWithRecovery("  meja kursi  lemari pintu jendela \r", QStringLiteral("Siti")).ok());
    QVERIFY(vault->log().verify().value().intact());
}

void TestVault_::keychainKeyOfAnotherVaultIsRefused()
{
    TestVault t;
    QString id;
    {
        auto vault = t.create();
        id = vault->id();
    }
    auto stranger = Crypto::randomSecret(32);
    QVERIFY(t.keyStore.writeKey(id, stranger.value()).ok());
    auto vault = t.open();
    QCOMPARE(vault->unlockFromKeychain().error().code(), ErrorCode::KeychainMismatch);
    QVERIFY(!vault->isUnlocked());
    QCOMPARE(vault->keychainState().kind, KeychainState::Kind::Mismatch);
}

void TestVault_::restoreKeychainPutsTheKeyBack()
{
    TestVault t;
    QString id;
    {
        auto vault = t.create();
        id = vault->id();
    }
    QVERIFY(t.keyStore.removeKey(id).ok());
    {
        auto vault = t.open();
        QVERIFY(vault->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).ok());
        auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
        QVERIFY(vault->restoreKeychain(session.value()).ok());
    }
    auto vault = t.open();
    QVERIFY(vault->unlockFromKeychain().ok());
    QCOMPARE(vault->log().entries({.actionPrefix = LogAction::keychainRestored()}).value().size(), 1);
}

void TestVault_::restoreKeychainIsForAdministrators()
{
    TestVault t;
    auto vault = t.create();
    auto admin = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(vault->officers().add(admin.value(), QStringLiteral("Budi"), Role::Operator, "operator passphrase").ok());
    auto budi = vault->signIn(QStringLiteral("Budi"), "operator passphrase");
    QCOMPARE(vault->restoreKeychain(budi.value()).error().code(), ErrorCode::PermissionDenied);
}

void TestVault_::sealedFieldOpensOnlyWhereItBelongs_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("opens");
    QTest::newRow("its own place") << QStringLiteral("account_secret") << qint64(7) << QStringLiteral("password")
                                   << true;
    QTest::newRow("another row") << QStringLiteral("account_secret") << qint64(8) << QStringLiteral("password")
                                 << false;
    QTest::newRow("another field") << QStringLiteral("account_secret") << qint64(7) << QStringLiteral("totp") << false;
    QTest::newRow("another table") << QStringLiteral("officer") << qint64(7) << QStringLiteral("password") << false;
}

void TestVault_::sealedFieldOpensOnlyWhereItBelongs()
{
    QFETCH(QString, table);
    QFETCH(qint64, row);
    QFETCH(QString, field);
    QFETCH(bool, opens);
    TestVault t;
    auto vault = t.create();
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    auto sealed = vault->sealField(session.value(), QStringLiteral("account_secret"), 7, QStringLiteral("password"),
                                   "Rahasia#2024");
    QVERIFY(sealed.ok());
    QVERIFY(!sealed.value().contains("Rahasia"));
    auto opened = vault->openField(session.value(), table, row, field, sealed.value());
    QCOMPARE(opened.ok(), opens);
    if (opens) {
        QCOMPARE(opened.value().view(), QByteArrayView("Rahasia#2024"));
    } else {
        QCOMPARE(opened.error().code(), ErrorCode::DamagedOrMovedData);
        QVERIFY(opened.error().untranslatedMessage().contains(QStringLiteral("damaged or was moved")));
    }
}

void TestVault_::lockForgetsTheKey()
{
    TestVault t;
    auto vault = t.create();
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    auto sealed = vault->sealField(session.value(), QStringLiteral("t"), 1, QStringLiteral("f"), "x");
    vault->lock();
    QVERIFY(!vault->isUnlocked());
    QCOMPARE(
        vault->openField(session.value(), QStringLiteral("t"), 1, QStringLiteral("f"), sealed.value()).error().code(),
        ErrorCode::VaultLocked);
    QCOMPARE(vault->signIn(QStringLiteral("Siti"), AdminPassphrase).error().code(), ErrorCode::VaultLocked);
    Status change = vault->commitChange(session.value(), [] { return Result<QList<LogEvent>>(QList<LogEvent>{}); });
    QCOMPARE(change.error().code(), ErrorCode::VaultLocked);
}

void TestVault_::failedChangeLeavesNoLogEntry()
{
    TestVault t;
    auto vault = t.create();
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    const qint64 before = vault->log().count().value();
    Status status = vault->commitChange(session.value(), []() -> Result<QList<LogEvent>> {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Give the officer's name."));
    });
    QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(vault->log().count().value(), before);
    QVERIFY(vault->log().verify().value().intact());
}

void TestVault_::readOnlyOpenWorksBesideAWriter()
{
    TestVault t;
    auto writer = t.create();
    auto reader = Vault::open(t.path, Vault::Access::ReadOnly, t.environment());
    QVERIFY2(reader.ok(), qPrintable(reader.error().untranslatedMessage()));
    QCOMPARE(reader.value()->id(), writer->id());
    QCOMPARE(reader.value()->counts().value().officers, 1);
}

void TestVault_::createRefusesAnExistingFile()
{
    TestVault t;
    QFile file(t.path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("minutes of the meeting");
    file.close();
    auto reference = ReferenceData::load();
    auto created =
        Vault::create(t.path, {QStringLiteral("72.05"), QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase},
                      reference.value(), t.environment());
    QCOMPARE(created.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("minutes of the meeting"));
}

void TestVault_::createRefusesUnknownRegencyWithSuggestions()
{
    TestVault t;
    auto reference = ReferenceData::load();
    auto created =
        Vault::create(t.path, {QStringLiteral("72.5"), QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase},
                      reference.value(), t.environment());
    QCOMPARE(created.error().code(), ErrorCode::NotFound);
    QVERIFY2(created.error().untranslatedMessage().contains(QStringLiteral("72.05 Kabupaten Buol")),
             qPrintable(created.error().untranslatedMessage()));
    QVERIFY(!QFile::exists(t.path));
}

void TestVault_::createRefusesWeakPassphrases_data()
{
    QTest::addColumn<QByteArray>("admin");
    QTest::addColumn<QByteArray>("recovery");
    QTest::newRow("short admin") << QByteArray("short") << RecoveryPassphrase;
    QTest::newRow("admin is the name") << QByteArray("siti    ") << RecoveryPassphrase;
    QTest::newRow("short recovery") << AdminPassphrase << QByteArray("two words");
    QTest::newRow("recovery equals admin")
        << QByteArray("the same long passphrase") << QByteArray("the same long passphrase");
}

void TestVault_::createRefusesWeakPassphrases()
{
    QFETCH(QByteArray, admin);
    QFETCH(QByteArray, recovery);
    TestVault t;
    auto reference = ReferenceData::load();
    auto created = Vault::create(t.path, {QStringLiteral("72.05"), QStringLiteral("Siti"), admin, recovery},
                                 reference.value(), t.environment());
    QCOMPARE(created.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(t.path));
}

void TestVault_::keychainFailureAtCreateStillMakesAVault()
{
    TestVault t;
    t.keyStore.failWith(Error(ErrorCode::KeychainUnavailable, QT_TRANSLATE_NOOP("Brankas::Error", "no keychain")));
    auto reference = ReferenceData::load();
    auto created =
        Vault::create(t.path, {QStringLiteral("72.05"), QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase},
                      reference.value(), t.environment());
    QVERIFY(created.ok());
    QCOMPARE(created.value().keychain.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(created.value().vault->isUnlocked());
    created.value().vault.reset();
    auto vault = t.open();
    QCOMPARE(vault->unlockFromKeychain().error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(vault->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).ok());
}

QTEST_GUILESS_MAIN(TestVault_)
#include "tst_vault.moc"
