// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's attacks, made the way an attacker makes them: `sqlite3` on the vault file (after
// dropping the append-only triggers) and `secret-tool` on the OS keychain of the same login,
// then brankas-cli as the office would run it next. Each attack ends in a refusal or a detection.
#include "../common/clirunner.h"

#include <core/crypto/aead.h>
#include <core/crypto/binding.h>
#include <core/crypto/kdf.h>
#include <core/crypto/signing.h>
#include <core/domain/secretkind.h>
#include <core/log/logchain.h>
#include <core/vault/vaultkey.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Budi = "budi lemari hijau";
const QByteArray Ani = "ani sepeda merah";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Password = "Momunu#Rahasia2024";

// The attacker's sqlite3: one script, its output.
QString sqlite(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("sqlite3 failed: %s", process.readAllStandardError().constData());
        return QStringLiteral("<sqlite3 failed>");
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

const QString DropTriggers = QStringLiteral("DROP TRIGGER IF EXISTS archive_log_no_update;"
                                            "DROP TRIGGER IF EXISTS archive_log_no_delete;"
                                            "DROP TRIGGER IF EXISTS log_signature_no_update;"
                                            "DROP TRIGGER IF EXISTS log_signature_no_delete;");

QString hex(const QByteArray &bytes)
{
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

QString quoted(const QByteArray &text)
{
    return QLatin1Char('\'') + QString::fromUtf8(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}
} // namespace

class TestAttackFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cutOrEmptiedLogIsReportedAndNeverResealed_data();
    void cutOrEmptiedLogIsReportedAndNeverResealed();
    void forgedPendingEventIsShownAsNotProof();
    void keychainItemAloneDecryptsNoSecret();
    void entryForgedWithTheVaultKeyIsCaught_data();
    void entryForgedWithTheVaultKeyIsCaught();
    void movedSigningBoundaryIsCaught();
    void viewerGetsNoSecretsKey();

private:
    QStringList at(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path} +
               arguments;
    }
    QStringList asSiti(const QStringList &arguments) const
    {
        return at(QStringList{QStringLiteral("--officer"), QStringLiteral("Siti")} + arguments);
    }
    // A vault with Budi (operator), Ani (viewer), a term and one account whose password was revealed.
    void makeOffice();
    SecretBytes stealVaultKey();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAttackFlow::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1-%2.brankas")
            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                 QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
}

void TestAttackFlow::makeOffice()
{
    auto ok = [](const Run &run) {
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
        }
        return run.exitCode == 0;
    };
    QVERIFY(ok(cli(at({QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                       QStringLiteral("--admin"), QStringLiteral("Siti")}),
                   {Admin, Recovery})));
    QVERIFY(ok(cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                           QStringLiteral("--role"), QStringLiteral("operator")}),
                   {Admin, Budi})));
    QVERIFY(ok(cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Ani"),
                           QStringLiteral("--role"), QStringLiteral("viewer")}),
                   {Admin, Ani})));
    QVERIFY(ok(cli(asSiti({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Pemilu 2024"), QStringLiteral("--from"), QStringLiteral("2023-01-14"),
                           QStringLiteral("--until"), QStringLiteral("2030-12-31")}),
                   {Admin})));
    QVERIFY(ok(cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                           QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                           QStringLiteral("--handle"), QStringLiteral("panwaslu_momunu")}),
                   {Admin, Password})));
    Run reveal = cli(at({QStringLiteral("--officer"), QStringLiteral("Budi"), QStringLiteral("secret"),
                         QStringLiteral("reveal"), QStringLiteral("1")}),
                     {Budi});
    QVERIFY2(reveal.exitCode == 0, qPrintable(reveal.err));
    QCOMPARE(reveal.out.trimmed(), QString::fromUtf8(Password));
}

// What anyone using the same OS login can do: ask the Secret Service for Brankas's item.
SecretBytes TestAttackFlow::stealVaultKey()
{
    const QString vaultId = sqlite(m_path, QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id';"));
    QProcess search;
    search.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                  QStringLiteral("server"), QStringLiteral("Brankas")});
    if (!search.waitForFinished(30000)) {
        return {};
    }
    // secret-tool prints "secret = <value>" for each item; QtKeychain keeps binary data base64.
    const QString out = QString::fromUtf8(search.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("secret = "))) {
            QByteArray value = line.mid(9).trimmed().toLatin1();
            QByteArray decoded = QByteArray::fromBase64(value);
            SecretBytes key = SecretBytes::takeFrom(decoded.size() == VaultKeySize ? decoded : value);
            auto check = keyCheckValue(key, vaultId);
            if (check && check.value() ==
                             sqlite(m_path, QStringLiteral("SELECT value FROM vault_meta WHERE key = 'key_check';"))) {
                return key;
            }
        }
    }
    // Never print what secret-tool answered: it is a vault key.
    qWarning("no Brankas key among the %lld lines secret-tool printed", qint64(out.count(QLatin1Char('\n'))));
    return {};
}

void TestAttackFlow::cutOrEmptiedLogIsReportedAndNeverResealed_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QString>("says");
    QTest::newRow("last two entries deleted")
        << QStringLiteral("DELETE FROM archive_log WHERE seq > (SELECT max(seq) - 2 FROM archive_log);")
        << QStringLiteral("were removed");
    QTest::newRow("head record edited") << QStringLiteral(
                                               "UPDATE vault_meta SET value = '3 00' WHERE key = 'log_head';")
                                        << QStringLiteral("removed");
    QTest::newRow("head record deleted") << QStringLiteral("DELETE FROM vault_meta WHERE key = 'log_head';")
                                         << QStringLiteral("removed");
    QTest::newRow("every entry deleted")
        << QStringLiteral("DELETE FROM archive_log; DELETE FROM vault_meta WHERE key = 'log_head';")
        << QStringLiteral("every entry was removed");
    QTest::newRow("last entry edited")
        << QStringLiteral("UPDATE archive_log SET officer = 'Ani' WHERE seq = (SELECT max(seq) FROM archive_log);")
        << QStringLiteral("was edited");
}

void TestAttackFlow::cutOrEmptiedLogIsReportedAndNeverResealed()
{
    QFETCH(QString, attack);
    QFETCH(QString, says);
    makeOffice();
    QCOMPARE(sqlite(m_path, QStringLiteral("SELECT action FROM archive_log ORDER BY seq DESC LIMIT 1;")),
             QStringLiteral("secret.revealed"));
    sqlite(m_path, DropTriggers + attack);
    const QString state =
        QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM archive_log;"
                       "SELECT coalesce((SELECT value FROM vault_meta WHERE key = 'log_head'), '-');");
    const QString before = sqlite(m_path, state);

    // The next command that opens the vault says so, with exit 3, and changes nothing...
    Run list = cli(asSiti({QStringLiteral("account"), QStringLiteral("list")}), {Admin});
    QCOMPARE(list.exitCode, 3);
    QVERIFY2(list.err.contains(says) && list.err.contains(QStringLiteral("tampered")), qPrintable(list.err));
    // ...nor does a failed sign-in by a stranger, which used to re-seal the head.
    Run stranger =
        cli(at({QStringLiteral("--officer"), QStringLiteral("Mallory"), QStringLiteral("log"), QStringLiteral("list")}),
            {"bukan siapa siapa"});
    QVERIFY(stranger.exitCode != 0);
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.err.contains(QStringLiteral("tampered")), qPrintable(verify.err));
    QCOMPARE(sqlite(m_path, state), before);
    QCOMPARE(sqlite(m_path, QStringLiteral("SELECT count(*) FROM pending_event;")), QStringLiteral("0"));
}

void TestAttackFlow::forgedPendingEventIsShownAsNotProof()
{
    makeOffice();
    // "Vicky revealed account 1 on 1 November", written without any key.
    sqlite(m_path, QStringLiteral("INSERT INTO pending_event (at, officer, action, target, details) VALUES "
                                  "('2026-11-01T09:00:00.000Z', 'Vicky', 'secret.revealed', 'account:1', "
                                  "'{\"kind\":\"password\"}');"));
    Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    QCOMPARE(log.exitCode, 0);
    QJsonObject vicky;
    for (const QJsonValue &entry : json(log).array()) {
        if (entry.toObject().value(QStringLiteral("officer")).toString() == QLatin1String("Vicky")) {
            vicky = entry.toObject();
        } else {
            QVERIFY(!entry.toObject().value(QStringLiteral("unattested")).toBool());
        }
    }
    QCOMPARE(vicky.value(QStringLiteral("action")).toString(), QStringLiteral("secret.revealed"));
    QCOMPARE(vicky.value(QStringLiteral("unattested")).toBool(), true);
    Run text = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--officer-filter"),
                           QStringLiteral("Vicky")}),
                   {Admin});
    QVERIFY2(text.out.contains(QStringLiteral("not proof")), qPrintable(text.out));
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.contains(QStringLiteral("1 entry was recorded without the vault key")), qPrintable(verify.out));
}

void TestAttackFlow::keychainItemAloneDecryptsNoSecret()
{
    makeOffice();
    SecretBytes vaultKey = stealVaultKey();
    QCOMPARE(vaultKey.size(), VaultKeySize);
    const QString vaultId = sqlite(m_path, QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id';"));
    const QStringList rows =
        sqlite(m_path, QStringLiteral("SELECT id, account_id, kind, hex(sealed) FROM account_secret;"))
            .split(QLatin1Char('\n'));
    QVERIFY(!rows.isEmpty());
    // Every field-key derivation Brankas has ever documented, tried with the stolen key.
    for (const char *label : {"brankas field encryption v1", "brankas field encryption v2"}) {
        auto fieldKey = Crypto::hkdfSha256(vaultKey.view(), vaultId.toUtf8(), label, Crypto::AesKeySize);
        QVERIFY(fieldKey);
        for (const QString &row : rows) {
            const QStringList columns = row.split(QLatin1Char('|'));
            QCOMPARE(columns.size(), 4);
            const QString field = boundSecretField(*secretKindFromId(columns.at(2)), columns.at(1).toLongLong());
            auto opened = Crypto::open(
                fieldKey.value(), QByteArray::fromHex(columns.at(3).toLatin1()),
                Crypto::bindingFor(vaultId, QStringLiteral("account_secret"), columns.at(0).toLongLong(), field));
            QVERIFY2(!opened, label);
        }
    }
    // The secrets key's seals are for officers' X25519 keys, which the vault key does not give either.
    QCOMPARE(sqlite(m_path, QStringLiteral("SELECT count(*) FROM secrets_wrap;")), QStringLiteral("3"));
    QVERIFY(!sqlite(m_path, QStringLiteral("SELECT hex(box) FROM secrets_wrap;"))
                 .contains(QString::fromLatin1(Password.toHex().toUpper())));
}

void TestAttackFlow::entryForgedWithTheVaultKeyIsCaught_data()
{
    QTest::addColumn<bool>("withOwnKey");
    QTest::addColumn<QString>("says");
    QTest::newRow("unsigned entry in Budi's name") << false << QStringLiteral("carries no officer signature");
    QTest::newRow("Budi re-keyed by the attacker") << true << QStringLiteral("no administrator approved");
}

void TestAttackFlow::entryForgedWithTheVaultKeyIsCaught()
{
    QFETCH(bool, withOwnKey);
    QFETCH(QString, says);
    makeOffice();
    SecretBytes vaultKey = stealVaultKey();
    QCOMPARE(vaultKey.size(), VaultKeySize);
    const QString vaultId = sqlite(m_path, QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id';"));
    auto chain = LogChain::create(vaultKey, vaultId);
    QVERIFY(chain);
    const QStringList head =
        sqlite(m_path, QStringLiteral("SELECT seq, hex(mac) FROM archive_log ORDER BY seq DESC LIMIT 1;"))
            .split(QLatin1Char('|'));
    qint64 seq = head.at(0).toLongLong();
    QByteArray mac = QByteArray::fromHex(head.at(1).toLatin1());
    const qint64 firstForged = seq + 1;

    // The attacker knows the chain's construction and holds its key: the MACs and the head seal
    // they write are right. What they cannot make is Budi's signature.
    auto attackerKey = Crypto::generateSigningKey();
    QVERIFY(attackerKey);
    QList<std::array<QByteArray, 4>> forged; // officer, action, target, details
    if (withOwnKey) {
        forged.append({"Budi", "officer.keys-registered", "officer:Budi",
                       "{\"role\":\"operator\",\"signingKey\":\"" + attackerKey.value().publicKey.toHex() + "\"}"});
    }
    forged.append({"Budi", "secret.revealed", "account:1", "{\"kind\":\"password\"}"});
    QString script = DropTriggers;
    for (const auto &[officer, action, target, details] : forged) {
        ++seq;
        const QByteArray at = "2026-11-01T09:00:00.000Z";
        mac = chain.value().macFor(mac, seq, at, officer, action, target, details);
        script += QStringLiteral("INSERT INTO archive_log VALUES (%1, %2, %3, %4, %5, %6, %7);")
                      .arg(QString::number(seq), quoted(at), quoted(officer), quoted(action), quoted(target),
                           quoted(details), hex(mac));
    }
    if (withOwnKey) {
        auto signature = Crypto::sign(attackerKey.value().seed, chain.value().signatureMessage(firstForged, seq, mac));
        script += QStringLiteral("INSERT INTO log_signature VALUES (%1, %2, %3, %4);")
                      .arg(QString::number(seq), QString::number(firstForged), hex(attackerKey.value().publicKey),
                           hex(signature.value()));
    }
    script += QStringLiteral("UPDATE vault_meta SET value = '%1 %2' WHERE key = 'log_head';")
                  .arg(seq)
                  .arg(QString::fromLatin1(chain.value().headSeal(seq, mac).toHex()));
    sqlite(m_path, script);

    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.err.contains(says), qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QStringLiteral("Budi")), qPrintable(verify.err));
}

void TestAttackFlow::movedSigningBoundaryIsCaught()
{
    makeOffice();
    // Pass signed entries off as older, unsigned ones.
    sqlite(m_path, QStringLiteral("UPDATE vault_meta SET value = '1000' WHERE key = 'log_signed_from';"));
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    QVERIFY(verify.exitCode != 0);
    QVERIFY2(verify.err.contains(QStringLiteral("altered")), qPrintable(verify.err));
    Run reveal = cli(at({QStringLiteral("--officer"), QStringLiteral("Budi"), QStringLiteral("secret"),
                         QStringLiteral("reveal"), QStringLiteral("1")}),
                     {Budi});
    QVERIFY(reveal.exitCode != 0);
    QVERIFY(!reveal.out.contains(QString::fromUtf8(Password)));
}

void TestAttackFlow::viewerGetsNoSecretsKey()
{
    makeOffice();
    Run reveal = cli(at({QStringLiteral("--officer"), QStringLiteral("Ani"), QStringLiteral("secret"),
                         QStringLiteral("reveal"), QStringLiteral("1")}),
                     {Ani});
    QCOMPARE(reveal.exitCode, 1);
    QVERIFY(!reveal.out.contains(QString::fromUtf8(Password)));
    const QString aniId = sqlite(m_path, QStringLiteral("SELECT id FROM officer WHERE name = 'Ani';"));
    QCOMPARE(
        sqlite(m_path, QStringLiteral("SELECT count(*) FROM secrets_wrap WHERE holder = 'officer:%1';").arg(aniId)),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestAttackFlow)
#include "tst_attackflow.moc"
