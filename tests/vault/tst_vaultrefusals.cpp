// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a file can fail to be an openable vault: each is refused with its own error and the
// file is left exactly as it was, byte for byte, with nothing created beside it.
#include "../common/testvault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a file outside Brankas, as a tamperer or another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestVaultRefusals : public QObject
{
    Q_OBJECT

private slots:
    void refusesAndLeavesFileUntouched_data();
    void refusesAndLeavesFileUntouched();
    void missingFileIsNotCreated();
    void secondWriterIsToldWhoHasTheVault();
    void wrongOfficerPassphraseIsRefusedAndLogged();
};

void TestVaultRefusals::refusesAndLeavesFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("text file") << QStringLiteral("text") << ErrorCode::NotAVault;
    QTest::newRow("empty file") << QStringLiteral("empty") << ErrorCode::NotAVault;
    QTest::newRow("another program's SQLite database") << QStringLiteral("foreign-sqlite") << ErrorCode::NotAVault;
    QTest::newRow("newer Brankas") << QStringLiteral("newer") << ErrorCode::VaultTooNew;
    QTest::newRow("cut short") << QStringLiteral("truncated") << ErrorCode::VaultDamaged;
    QTest::newRow("pages overwritten") << QStringLiteral("garbled") << ErrorCode::VaultDamaged;
    QTest::newRow("vault records removed") << QStringLiteral("no-meta") << ErrorCode::VaultDamaged;
}

void TestVaultRefusals::refusesAndLeavesFileUntouched()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, expected);
    TestVault t;
    if (kind == QLatin1String("text")) {
        writeFile(t.path, "Berita acara serah terima\nNomor: 001/BA/2024\n");
    } else if (kind == QLatin1String("empty")) {
        writeFile(t.path, {});
    } else if (kind == QLatin1String("foreign-sqlite")) {
        rawSql(t.path, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                        QStringLiteral("INSERT INTO notes VALUES ('rapat pleno')")});
    } else {
        t.create().reset();
        if (kind == QLatin1String("newer")) {
            rawSql(t.path, {QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == QLatin1String("truncated")) {
            QByteArray bytes = readFile(t.path);
            writeFile(t.path, bytes.left(bytes.size() - 1000));
        } else if (kind == QLatin1String("garbled")) {
            QByteArray bytes = readFile(t.path);
            for (qsizetype i = 4096; i < bytes.size(); ++i) {
                bytes[i] = char(0xA5 ^ (i & 0xff));
            }
            writeFile(t.path, bytes);
        } else if (kind == QLatin1String("no-meta")) {
            rawSql(t.path, {QStringLiteral("DELETE FROM vault_meta")});
        }
    }
    const QByteArray before = readFile(t.path);
    const QStringList filesBefore = filesIn(t.dir.path());

    for (auto access : {Vault::Access::ReadWrite, Vault::Access::ReadOnly}) {
        auto vault = Vault::open(t.path, access, t.environment());
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().code(), expected);
        QVERIFY(!vault.error().message().isEmpty());
    }
    QCOMPARE(readFile(t.path), before);
    QCOMPARE(filesIn(t.dir.path()).join(QLatin1Char(' ')), filesBefore.join(QLatin1Char(' ')));
}

void TestVaultRefusals::missingFileIsNotCreated()
{
    TestVault t;
    auto vault = Vault::open(t.path, Vault::Access::ReadWrite, t.environment());
    QCOMPARE(vault.error().code(), ErrorCode::NoVault);
    QVERIFY(vault.error().untranslatedMessage().contains(QDir::toNativeSeparators(t.path)));
    QVERIFY(filesIn(t.dir.path()).isEmpty());
}

void TestVaultRefusals::secondWriterIsToldWhoHasTheVault()
{
    TestVault t;
    t.create().reset();
    const QByteArray before = readFile(t.path);
    // The other writer is a real second process: this test binary in its holding mode.
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-vault"), t.path});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));

    auto vault = Vault::open(t.path, Vault::Access::ReadWrite, t.environment());
    QCOMPARE(vault.error().code(), ErrorCode::VaultInUse);
    QVERIFY2(vault.error().untranslatedMessage().contains(
                 QStringLiteral("in use by %1 (process %2 on computer")
                     .arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName())
                     .arg(holder.processId())),
             qPrintable(vault.error().untranslatedMessage()));
    QCOMPARE(readFile(t.path), before);
    // Reading is still possible while another program writes.
    QVERIFY(Vault::open(t.path, Vault::Access::ReadOnly, t.environment()).ok());
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    // Once the other process is gone, the vault opens again.
    QVERIFY(Vault::open(t.path, Vault::Access::ReadWrite, t.environment()).ok());
}

void TestVaultRefusals::wrongOfficerPassphraseIsRefusedAndLogged()
{
    TestVault t;
    t.create().reset();
    auto vault = t.open();
    QVERIFY(vault->unlockFromKeychain().ok());
    auto wrong = vault->signIn(QStringLiteral("Siti"), "admin passphrase 2");
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassphrase);
    auto unknown = vault->signIn(QStringLiteral("Nobody"), "admin passphrase 1");
    QCOMPARE(unknown.error().code(), ErrorCode::WrongPassphrase);
    // Same words for both, so the answer does not reveal which officer names exist.
    QCOMPARE(unknown.error().untranslatedMessage(), wrong.error().untranslatedMessage());
    auto failed = vault->log().entries({.actionPrefix = QStringLiteral("officer.sign-in-failed")});
    QCOMPARE(failed.value().size(), 2);
    QCOMPARE(failed.value().at(0).officer, QStringLiteral("Siti"));
    QCOMPARE(failed.value().at(1).officer, QStringLiteral("Nobody"));
}

// With --hold-vault PATH the binary opens that vault for writing and keeps it open until its
// standard input closes: the second process of secondWriterIsToldWhoHasTheVault.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments[1] == QLatin1String("--hold-vault")) {
        MemoryKeyStore keyStore;
        SystemClock clock;
        auto vault = Vault::open(arguments[2], Vault::Access::ReadWrite, VaultEnvironment{keyStore, clock, {}});
        if (!vault) {
            return 1;
        }
        std::fputs("holding\n", stdout);
        std::fflush(stdout);
        while (std::fgetc(stdin) != EOF) {
        }
        return 0;
    }
    TestVaultRefusals test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vaultrefusals.moc"
