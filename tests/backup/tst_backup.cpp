// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted backups and restore, in core: a backup reads as nothing but noise, restores on a "new
// PC" (another key store) with the recovery passphrase into a vault whose log verifies and whose
// secrets open, and every way an attacker or a damaged disk can change the file is refused with
// its own message, leaving nothing at the target and no plaintext anywhere.
#include "../register/registertesting.h"

#include <core/backup/backupwriter.h>
#include <core/backup/restore.h>
#include <core/crypto/random.h>
#include <core/log/logactions.h>

#include <QDirIterator>
#include <QJsonObject>
#include <QtEndian>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Password = "Sandi-Rahasia-Momunu-7";

// Where each chunk (frame and sealed bytes) lies in a backup file, read as an attacker would.
struct Span
{
    qint64 offset;
    qint64 size;
};

QList<Span> chunksOf(const QByteArray &file)
{
    QList<Span> spans;
    qint64 at = 14 + qFromBigEndian<quint32>(file.constData() + 10);
    while (at + 5 <= file.size()) {
        const qint64 size = 5 + qFromBigEndian<quint32>(file.constData() + at + 1);
        spans.append({at, size});
        at += size;
    }
    return spans;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Neither the group nor others may read or write it.
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return permissions.testFlag(QFileDevice::ReadOwner) && (permissions.toInt() & 0x0077) == 0;
}

// Everything in a folder, hidden files and subfolders included, relative to it.
QStringList everything(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found << QDir(folder).relativeFilePath(it.next());
    }
    found.sort();
    return found;
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupIsNoiseAndLogged();
    void restoresOnANewPc();
    void refusals_data();
    void refusals();
    void existingTargetNeedsReplace();
    void replaceKeepsTheOldVault();
    void onlyAnAdministratorRestores_data();
    void onlyAnAdministratorRestores();
    void plaintextOfACrashedRunIsCleared();
    void tamperedVaultIsNotBackedUp();

private:
    Backup::Written backUp(const QString &name);
    Result<Backup::Restored> restore(const QString &backup, const QString &target, MemoryKeyStore &keys,
                                     const QByteArray &recovery = RecoveryPassphrase, bool replace = false,
                                     const QString &officer = QStringLiteral("Siti"),
                                     const QByteArray &passphrase = AdminPassphrase);

    std::unique_ptr<Office> m_office;
    QTemporaryDir m_out;
    qint64 m_account = 0;
    Backup::Written m_backup;
};

void TestBackup::initTestCase()
{
    m_office = std::make_unique<Office>();
    m_office->addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2030, 12, 31));
    m_account =
        m_office
            ->addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("pw.momunu")),
                         Password)
            .id;
    // Enough log for three chunks, so chunks can be dropped and swapped: a report exported 2,500
    // times, each entry with a kilobyte of noise that SQLite cannot make smaller.
    require(m_office->vault->commitChange(
                m_office->siti,
                [] {
                    QList<LogEvent> events;
                    for (int i = 0; i < 2500; ++i) {
                        const QByteArray noise = Crypto::randomBytes(512).value().toHex();
                        events.append({LogAction::reportExported(), QStringLiteral("vault"),
                                       QJsonObject{{QStringLiteral("file"), QString::fromLatin1(noise)}}});
                    }
                    return Result<QList<LogEvent>>(events);
                }),
            "fill the log");
    m_backup = backUp(QStringLiteral("office.brankas-backup"));
    QVERIFY(chunksOf(readAll(m_backup.path)).size() >= 3);
}

Backup::Written TestBackup::backUp(const QString &name)
{
    return valueOf(Backup::writeBackup(*m_office->vault, m_office->budi, m_out.filePath(name)), "backup");
}

Result<Backup::Restored> TestBackup::restore(const QString &backup, const QString &target, MemoryKeyStore &keys,
                                             const QByteArray &recovery, bool replace, const QString &officer,
                                             const QByteArray &passphrase)
{
    auto reader = Backup::BackupReader::open(backup);
    if (!reader) {
        return reader.error();
    }
    return Backup::restoreBackup(*reader.value(),
                                 Backup::RestoreRequest{target, officer, passphrase, recovery, replace},
                                 VaultEnvironment{keys, m_office->t.clock, cheapKdf()});
}

void TestBackup::backupIsNoiseAndLogged()
{
    const QByteArray bytes = readAll(m_backup.path);
    QVERIFY(ownerOnly(m_backup.path));
    QCOMPARE(m_backup.size, bytes.size());
    QCOMPARE(m_backup.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    // Nothing of the vault reads in it: not SQLite's header, an officer, the office, a handle.
    for (const char *plain : {"SQLite format 3", "Siti", "Budi", "Buol", "pw.momunu", "Pemilu", "report.exported"}) {
        QVERIFY2(!bytes.contains(plain), plain);
    }
    const LogEntry last = m_office->lastLogEntry();
    QCOMPARE(last.action, LogAction::vaultBackedUp());
    QCOMPARE(last.officer, QStringLiteral("Budi"));
    QCOMPARE(last.detailsObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(m_backup.sha256.toHex()));
    QCOMPARE(last.detailsObject().value(QStringLiteral("entries")).toInteger(), m_backup.logEntries);
    // The vault's folder holds the vault, its WAL files and lock, and nothing the backup left.
    for (const QString &name : everything(m_office->t.dir.path())) {
        QVERIFY2(name.startsWith(QStringLiteral("office.brankas")) && !name.contains(QLatin1Char('/')),
                 qPrintable(name));
    }
}

void TestBackup::restoresOnANewPc()
{
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    const QString target = newPc.filePath(QStringLiteral("kantor/vault.brankas"));
    auto restored = restore(m_backup.path, target, keys);
    QVERIFY2(restored, qPrintable(restored.error().untranslatedMessage()));
    QCOMPARE(restored.value().path, target);
    QVERIFY(restored.value().keptAs.isEmpty());
    QVERIFY(restored.value().keychain.ok());
    QVERIFY(restored.value().log.intact());
    QCOMPARE(everything(newPc.path()), (QStringList{QStringLiteral("kantor"), QStringLiteral("kantor/vault.brankas")}));
    QVERIFY(ownerOnly(target));

    // The new PC's keychain opens it, its log verifies, and Budi's password is there.
    auto vault = Vault::open(target, Vault::Access::ReadWrite, VaultEnvironment{keys, m_office->t.clock, cheapKdf()});
    QVERIFY(vault);
    QCOMPARE(vault.value()->id(), m_office->vault->id());
    QVERIFY(vault.value()->unlockFromKeychain());
    auto budi = vault.value()->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QVERIFY(budi);
    auto verified = vault.value()->verifyLog(nullptr, {}, true);
    QVERIFY(verified && verified.value().intact());
    auto password = Secrets(*vault.value()).reveal(budi.value(), m_account, SecretKind::Password);
    QVERIFY2(password, qPrintable(password.error().untranslatedMessage()));
    QCOMPARE(password.value().view(), QByteArrayView(Password));

    // The restore is the entry after the administrator's checkpoint, naming the backup's SHA-256.
    auto entries = vault.value()->log().entries({.actionPrefix = QStringLiteral("vault.restored")});
    QVERIFY(entries && entries.value().size() == 1);
    const LogEntry restoredEntry = entries.value().first();
    QCOMPARE(restoredEntry.officer, QStringLiteral("Siti"));
    QCOMPARE(restoredEntry.detailsObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(m_backup.sha256.toHex()));
    QCOMPARE(restoredEntry.detailsObject().value(QStringLiteral("replaced")).toBool(), false);
    // Everything up to the backup is there, and the backup's own entry is not (it names the file's
    // hash, which did not exist yet when the snapshot was taken).
    QVERIFY(restoredEntry.seq > m_backup.logEntries);
    auto backedUp = vault.value()->log().entries({.actionPrefix = QStringLiteral("vault.backed-up")});
    QVERIFY(backedUp && backedUp.value().isEmpty());
}

void TestBackup::refusals_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, const char *attack, ErrorCode code, const char *says) {
        QTest::newRow(name) << QString::fromLatin1(attack) << int(code) << QString::fromLatin1(says);
    };
    row("cut inside a chunk", "cut-inside", ErrorCode::VaultDamaged, "is incomplete");
    row("last chunk dropped", "drop-last", ErrorCode::VaultDamaged, "is incomplete");
    row("header only", "header-only", ErrorCode::VaultDamaged, "is incomplete");
    row("chunks swapped", "swap", ErrorCode::VaultDamaged, "part 1 was altered, moved");
    row("byte of a chunk flipped", "flip", ErrorCode::VaultDamaged, "part 2 was altered, moved");
    row("final flag set early", "flag", ErrorCode::VaultDamaged, "part 1 was altered, moved");
    row("chunk of another backup", "splice", ErrorCode::VaultDamaged, "part 2 was altered, moved");
    row("header's time edited", "edit-header", ErrorCode::VaultDamaged, "part 1 was altered, moved");
    row("data appended", "append", ErrorCode::VaultDamaged, "something was added after its last part");
    row("wrong recovery passphrase", "wrong-recovery", ErrorCode::WrongPassphrase,
        "recovery passphrase does not open the backup");
    row("newer format", "newer", ErrorCode::VaultTooNew, "newer version of Brankas (backup format 2");
    row("the vault itself", "vault", ErrorCode::NotAVault, "is not a Brankas backup");
    row("empty file", "empty", ErrorCode::NotAVault, "is not a Brankas backup");
    row("no such file", "missing", ErrorCode::NotFound, "no backup file");
}

void TestBackup::refusals()
{
    QFETCH(QString, attack);
    QFETCH(int, code);
    QFETCH(QString, says);
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("edited.brankas-backup"));
    const QByteArray original = readAll(m_backup.path);
    const QList<Span> chunks = chunksOf(original);
    QByteArray bytes = original;
    QByteArray recovery = RecoveryPassphrase;
    if (attack == QLatin1String("cut-inside")) {
        bytes.truncate(chunks[1].offset + 1000);
    } else if (attack == QLatin1String("drop-last")) {
        bytes.truncate(chunks.last().offset);
    } else if (attack == QLatin1String("header-only")) {
        bytes.truncate(chunks.first().offset);
    } else if (attack == QLatin1String("swap")) {
        bytes = original.first(chunks[0].offset) + original.mid(chunks[1].offset, chunks[1].size) +
                original.mid(chunks[0].offset, chunks[0].size) + original.mid(chunks[2].offset);
    } else if (attack == QLatin1String("flip")) {
        bytes[chunks[1].offset + chunks[1].size / 2] = char(bytes[chunks[1].offset + chunks[1].size / 2] ^ 0x01);
    } else if (attack == QLatin1String("flag")) {
        bytes[chunks[0].offset] = 1;
    } else if (attack == QLatin1String("splice")) {
        const QByteArray other = readAll(backUp(QStringLiteral("other.brankas-backup")).path);
        const QList<Span> otherChunks = chunksOf(other);
        bytes = original.first(chunks[1].offset) + other.mid(otherChunks[1].offset, otherChunks[1].size) +
                original.mid(chunks[2].offset);
    } else if (attack == QLatin1String("edit-header")) {
        const qsizetype at = bytes.indexOf("\"created\":\"2024-02-14T09:00");
        QVERIFY(at > 0);
        bytes[at + 22] = '1';
    } else if (attack == QLatin1String("append")) {
        bytes.append(original.mid(chunks.last().offset));
    } else if (attack == QLatin1String("wrong-recovery")) {
        recovery = "meja kursi lemari pintu jendelo";
    } else if (attack == QLatin1String("newer")) {
        bytes[9] = 2;
    } else if (attack == QLatin1String("vault")) {
        bytes = readAll(m_office->t.path);
    } else if (attack == QLatin1String("empty")) {
        bytes.clear();
    }
    if (attack != QLatin1String("missing")) {
        writeAll(path, bytes);
    }
    MemoryKeyStore keys;
    QTemporaryDir newPc;
    const QString target = newPc.filePath(QStringLiteral("vault.brankas"));
    auto restored = restore(path, target, keys, recovery);
    QVERIFY(!restored);
    QCOMPARE(int(restored.error().code()), code);
    QVERIFY2(restored.error().untranslatedMessage().contains(says), qPrintable(restored.error().untranslatedMessage()));
    // Nothing written: no vault, no working folder, no key.
    QCOMPARE(everything(newPc.path()), QStringList());
    QVERIFY(!keys.readKey(m_office->vault->id()));
}

void TestBackup::existingTargetNeedsReplace()
{
    QTemporaryDir newPc;
    const QString target = newPc.filePath(QStringLiteral("vault.brankas"));
    writeAll(target, "the officer's own file");
    MemoryKeyStore keys;
    auto refused = restore(m_backup.path, target, keys);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(refused.error().untranslatedMessage().contains(QStringLiteral("never overwrites")));
    QCOMPARE(readAll(target), QByteArray("the officer's own file"));
    QCOMPARE(everything(newPc.path()), QStringList{QStringLiteral("vault.brankas")});

    // A copy kept by an earlier restore is never overwritten either.
    writeAll(Backup::keptAsPath(target), "an earlier vault");
    refused = restore(m_backup.path, target, keys, RecoveryPassphrase, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(readAll(Backup::keptAsPath(target)), QByteArray("an earlier vault"));
    QCOMPARE(readAll(target), QByteArray("the officer's own file"));
}

void TestBackup::replaceKeepsTheOldVault()
{
    // Restoring over a vault in use is refused: its lock is held.
    MemoryKeyStore keys;
    auto inUse = restore(m_backup.path, m_office->t.path, keys, RecoveryPassphrase, true);
    QVERIFY(!inUse);
    QCOMPARE(inUse.error().code(), ErrorCode::VaultInUse);

    QTemporaryDir place;
    const QString target = place.filePath(QStringLiteral("vault.brankas"));
    QVERIFY(restore(m_backup.path, target, keys));
    const QByteArray before = fileHash(target);
    auto replaced = restore(m_backup.path, target, keys, RecoveryPassphrase, true);
    QVERIFY2(replaced, qPrintable(replaced.error().untranslatedMessage()));
    QCOMPARE(replaced.value().keptAs, Backup::keptAsPath(target));
    QCOMPARE(fileHash(Backup::keptAsPath(target)), before);
    QVERIFY(fileHash(target) != before);
    QCOMPARE(everything(place.path()),
             (QStringList{QStringLiteral("vault.brankas"), QStringLiteral("vault.brankas.before-restore")}));
    auto vault = Vault::open(target, Vault::Access::ReadOnly, VaultEnvironment{keys, m_office->t.clock, cheapKdf()});
    QVERIFY(vault && vault.value()->unlockFromKeychain());
    auto restoredEntry = vault.value()->log().entries(
        {.actionPrefix = QStringLiteral("vault.restored"), .limit = 1, .newestFirst = true});
    QVERIFY(restoredEntry && restoredEntry.value().size() == 1);
    QCOMPARE(restoredEntry.value().first().detailsObject().value(QStringLiteral("replaced")).toBool(), true);
}

void TestBackup::onlyAnAdministratorRestores_data()
{
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("code");
    QTest::newRow("operator") << QStringLiteral("Budi") << BudiPassphrase << int(ErrorCode::PermissionDenied);
    QTest::newRow("viewer") << QStringLiteral("Ani") << AniPassphrase << int(ErrorCode::PermissionDenied);
    QTest::newRow("wrong passphrase") << QStringLiteral("Siti") << QByteArray("kata sandi salah")
                                      << int(ErrorCode::WrongPassphrase);
    QTest::newRow("unknown officer") << QStringLiteral("Joko") << AdminPassphrase << int(ErrorCode::WrongPassphrase);
}

void TestBackup::onlyAnAdministratorRestores()
{
    QFETCH(QString, officer);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, code);
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    auto refused = restore(m_backup.path, newPc.filePath(QStringLiteral("vault.brankas")), keys, RecoveryPassphrase,
                           false, officer, passphrase);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code()), code);
    QCOMPARE(everything(newPc.path()), QStringList());
    QVERIFY(!keys.readKey(m_office->vault->id()));
}

void TestBackup::plaintextOfACrashedRunIsCleared()
{
    // What a backup killed half-way leaves: its private folder with a plaintext snapshot.
    const QString stale = m_office->t.dir.filePath(QStringLiteral(".brankas-snapshot-office.brankas-Ab12Cd"));
    QVERIFY(QDir().mkpath(stale));
    writeAll(stale + QStringLiteral("/vault-1.brankas"), readAll(m_office->t.path));
    // Another vault's folder beside it is not this run's to clear.
    const QString others = m_office->t.dir.filePath(QStringLiteral(".brankas-snapshot-other.brankas-Ab12Cd"));
    QVERIFY(QDir().mkpath(others));
    backUp(QStringLiteral("after-crash.brankas-backup"));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(others));
    QVERIFY(QDir(others).removeRecursively());
}

void TestBackup::tamperedVaultIsNotBackedUp()
{
    Office office;
    QSqlQuery query(office.vault->database().connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS archive_log_no_delete")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM archive_log WHERE seq = (SELECT max(seq) FROM archive_log)")));
    office.reopen();
    QVERIFY(office.vault->logTampered());
    const QString out = m_out.filePath(QStringLiteral("tampered.brankas-backup"));
    auto written = Backup::writeBackup(*office.vault, office.siti, out);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::LogTampered);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
