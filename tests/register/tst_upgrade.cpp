// SPDX-License-Identifier: GPL-3.0-or-later
// A vault of the first release (format 1, before the register) is upgraded when it is first
// opened for writing: a copy of the old file is kept beside it, the register is added and seeded,
// and everything that was there still works.
#include "../common/testvault.h"

#include <core/log/logactions.h>
#include <core/register/kecamatanregister.h>
#include <core/register/officesettings.h>
#include <core/storage/database.h>
#include <core/storage/migrations.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QString Fixture = QStringLiteral(BRANKAS_FIXTURES_DIR "/schema1.brankas");
const QByteArray FixtureAdmin = QByteArrayLiteral("admin passphrase 1");
const QByteArray FixtureBudi = QByteArrayLiteral("budi passphrase");
const QByteArray FixtureRecovery = QByteArrayLiteral("meja kursi lemari pintu jendela");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void upgradesOnFirstWritableOpen();
    void readOnlyOpenRefusesAndLeavesTheFileAlone();
    void upgradeHappensOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    MemoryKeyStore m_keyStore;
    FixedClock m_clock{QDateTime(QDate(2024, 3, 1), QTime(8, 30), QTimeZone::utc())};
    VaultEnvironment environment() { return VaultEnvironment{m_keyStore, m_clock, cheapKdf()}; }
};

void TestUpgrade::initTestCase()
{
    QVERIFY2(QFile::exists(Fixture), qPrintable(Fixture));
    QVERIFY(Storage::latestSchemaVersion() >= 2);
}

void TestUpgrade::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("buol.brankas"));
    QVERIFY(QFile::copy(Fixture, m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestUpgrade::upgradesOnFirstWritableOpen()
{
    const QByteArray original = contents(Fixture);
    QVERIFY(!original.isEmpty());
    {
        auto vault = Vault::open(m_path, Vault::Access::ReadWrite, environment());
        QVERIFY2(vault.ok(), qPrintable(vault.error().untranslatedMessage()));
        Vault &v = *vault.value();
        QCOMPARE(v.schemaVersion(), Storage::latestSchemaVersion());
        auto userVersion = v.database().userVersion();
        QCOMPARE(userVersion.value(), Storage::latestSchemaVersion());
        QCOMPARE(v.officeName(), QStringLiteral("Bawaslu Kabupaten Buol"));

        // The copy beside it is the file exactly as it was before the upgrade.
        const QString backup = m_path + QStringLiteral(".v1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(contents(backup), original);

        // The register is there before anyone signs in (seeding needs no key).
        auto office = OfficeSettings(v).get();
        QVERIFY2(office.ok(), qPrintable(office.error().untranslatedMessage()));
        QCOMPARE(office.value().name, QStringLiteral("Bawaslu Kabupaten Buol"));
        QCOMPARE(office.value().emailDomains, QStringList{QStringLiteral("bawaslu.go.id")});
        auto kecamatan = KecamatanRegister(v).list();
        QCOMPARE(kecamatan.value().size(), 11);
        QCOMPARE(kecamatan.value().first().name, QStringLiteral("Momunu"));
        QCOMPARE(kecamatan.value().last().name, QStringLiteral("Paleleh Barat"));

        // The keychain of this test has no key for it: the recovery passphrase opens it.
        QCOMPARE(v.unlockFromKeychain().error().code(), ErrorCode::KeychainEntryMissing);
        const Status unlocked = v.unlockWithRecovery(FixtureRecovery, QStringLiteral("Siti"));
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().untranslatedMessage()));

        auto migrated = v.log().entries({.actionPrefix = LogAction::vaultMigrated()});
        QVERIFY(migrated.ok());
        QCOMPARE(migrated.value().size(), 1);
        const LogEntry &entry = migrated.value().first();
        QCOMPARE(entry.target, QStringLiteral("vault"));
        const QJsonObject details = entry.detailsObject();
        QCOMPARE(details.value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("to")).toInt(), Storage::latestSchemaVersion());
        QCOMPARE(details.value(QStringLiteral("recordedLate")).toBool(), true);
        QCOMPARE(entry.at, m_clock.nowUtc());
        // It comes after everything the first release logged, and before the recovery unlock.
        auto all = v.log().entries({});
        QVERIFY(all.value().size() >= 4);
        QCOMPARE(all.value().first().action, LogAction::vaultCreated());
        QCOMPARE(all.value()[all.value().size() - 2].action, LogAction::vaultMigrated());
        QCOMPARE(all.value().last().action, LogAction::unlockedWithRecovery());

        auto verification = v.log().verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification.value().intact(), qPrintable(verification.value().summary()));
        QCOMPARE(verification.value().entries, all.value().size());

        auto siti = v.signIn(QStringLiteral("Siti"), FixtureAdmin);
        QVERIFY2(siti.ok(), qPrintable(siti.error().untranslatedMessage()));
        QCOMPARE(siti.value().officer.role, Role::Administrator);
        auto budi = v.signIn(QStringLiteral("Budi"), FixtureBudi);
        QVERIFY2(budi.ok(), qPrintable(budi.error().untranslatedMessage()));
        QCOMPARE(budi.value().officer.role, Role::Operator);
        QCOMPARE(v.signIn(QStringLiteral("Budi"), "bukan sandinya").error().code(), ErrorCode::WrongPassphrase);

        // And the register works in the upgraded vault.
        auto added = KecamatanRegister(v).add(budi.value(), QStringLiteral("72.05.12"), QStringLiteral("Baru"));
        QVERIFY2(added.ok(), qPrintable(added.error().untranslatedMessage()));
        QVERIFY(v.log().verify().value().intact());
    }
    // The backup is left as it was.
    QCOMPARE(contents(m_path + QStringLiteral(".v1.bak")), original);
}

void TestUpgrade::readOnlyOpenRefusesAndLeavesTheFileAlone()
{
    const QByteArray before = fileHash(m_path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    auto vault = Vault::open(m_path, Vault::Access::ReadOnly, environment());
    QVERIFY(!vault.ok());
    QCOMPARE(vault.error().code(), ErrorCode::VaultNeedsUpgrade);
    QVERIFY(!vault.error().message().isEmpty());
    QVERIFY2(vault.error().untranslatedMessage().contains(QStringLiteral("write access")),
             qPrintable(vault.error().untranslatedMessage()));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".v1.bak")));
    // The fixture itself is untouched too.
    QCOMPARE(fileHash(m_path), fileHash(Fixture));
}

void TestUpgrade::upgradeHappensOnce()
{
    {
        auto vault = Vault::open(m_path, Vault::Access::ReadWrite, environment());
        QVERIFY2(vault.ok(), qPrintable(vault.error().untranslatedMessage()));
        QVERIFY(vault.value()->unlockWithRecovery(FixtureRecovery, QStringLiteral("Siti")).ok());
    }
    const QByteArray backup = contents(m_path + QStringLiteral(".v1.bak"));
    m_clock.advance(3600 * 1000);
    {
        auto vault = Vault::open(m_path, Vault::Access::ReadWrite, environment());
        QVERIFY2(vault.ok(), qPrintable(vault.error().untranslatedMessage()));
        QVERIFY(vault.value()->unlockWithRecovery(FixtureRecovery, QStringLiteral("Siti")).ok());
        QCOMPARE(vault.value()->log().entries({.actionPrefix = LogAction::vaultMigrated()}).value().size(), 1);
        QCOMPARE(KecamatanRegister(*vault.value()).list().value().size(), 11);
        QVERIFY(vault.value()->log().verify().value().intact());
    }
    QCOMPARE(contents(m_path + QStringLiteral(".v1.bak")), backup);
    // Once upgraded, a read-only open works.
    auto readOnly = Vault::open(m_path, Vault::Access::ReadOnly, environment());
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.error().untranslatedMessage()));
    QCOMPARE(readOnly.value()->schemaVersion(), Storage::latestSchemaVersion());
    QCOMPARE(KecamatanRegister(*readOnly.value()).list().value().size(), 11);
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
