// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted secrets of accounts: every value kept in its history and readable by version, every
// reading logged without the value, viewers kept out, password reuse visible through keyed tags,
// and a ciphertext that is moved to another place refused.
#include "registertesting.h"

#include <core/log/logactions.h>
#include <core/register/healthcheck.h>
#include <core/storage/secretstore.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
QDate today()
{
    return QDate(2024, 2, 14);
}

// The accounts the health check says share their password with another account.
QList<qint64> reusedAccounts(Vault &vault)
{
    QList<qint64> ids;
    const auto findings = HealthCheck(vault).run(today());
    for (const Finding &finding : findings.value()) {
        if (finding.rule == QLatin1String("password-reused")) {
            ids << finding.accountId;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<QList<qint64>> sharedGroups(Vault &vault)
{
    QList<QList<qint64>> groups;
    const auto shared = Storage::SecretStore(vault.database()).sharedPasswords();
    for (QList<qint64> group : shared.value()) {
        std::sort(group.begin(), group.end());
        groups << group;
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

// Runs SQL on the vault file directly, as someone with the file but without Brankas would.
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void everyValueIsKeptAndReadableByVersion();
    void eachKindHasItsOwnHistory();
    void readingALaterOrMissingValue();
    void revealAndCopyAreLogged_data();
    void revealAndCopyAreLogged();
    void noValueReachesTheLog();
    void viewerCannotRevealOrSet();
    void setRefusals_data();
    void setRefusals();
    void totpSeedsAreCheckedWhenSet_data();
    void totpSeedsAreCheckedWhenSet();
    void reuseIsDetectedWithoutDecrypting();
    void reuseTagsAreKeyedPerVault();
    void ciphertextMovedToAnotherRowIsRefused_data();
    void ciphertextMovedToAnotherRowIsRefused();
};

void TestSecrets::everyValueIsKeptAndReadableByVersion()
{
    Office o;
    const QDateTime first = o.t.clock.nowUtc();
    const Account account = o.addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), "sandi-1");
    Secrets secrets(*o.vault);
    o.t.clock.advance(24 * 3600 * 1000);
    const QDateTime second = o.t.clock.nowUtc();
    QVERIFY(
        secrets.set(o.budi, account.id, SecretKind::Password, secret("sandi-2"), QStringLiteral("  serah   terima "))
            .ok());
    QCOMPARE(o.lastLogEntry().action, QStringLiteral("secret.set"));
    QCOMPARE(o.lastLogEntry().detailsObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("serah terima"));
    o.t.clock.advance(24 * 3600 * 1000);
    QVERIFY(secrets.set(o.siti, account.id, SecretKind::Password, secret("sandi-3"), QStringLiteral("berkala")).ok());

    auto history = secrets.history(account.id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 3);
    const SecretVersion &newest = history.value()[0];
    const SecretVersion &middle = history.value()[1];
    const SecretVersion &oldest = history.value()[2];
    QVERIFY(newest.current);
    QVERIFY(!middle.current);
    QVERIFY(!oldest.current);
    QCOMPARE(newest.officer, QStringLiteral("Siti"));
    QCOMPARE(newest.reason, QStringLiteral("berkala"));
    QCOMPARE(newest.setAt, o.t.clock.nowUtc());
    QCOMPARE(middle.officer, QStringLiteral("Budi"));
    QCOMPARE(middle.reason, QStringLiteral("serah terima"));
    QCOMPARE(middle.setAt, second);
    QCOMPARE(oldest.officer, QStringLiteral("Budi"));
    QCOMPARE(oldest.reason, QStringLiteral("first password"));
    QCOMPARE(oldest.setAt, first);
    for (const SecretVersion &version : history.value()) {
        QCOMPARE(version.kind, SecretKind::Password);
    }

    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Password).value().view(), QByteArrayView("sandi-3"));
    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Password, newest.id).value().view(),
             QByteArrayView("sandi-3"));
    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Password, middle.id).value().view(),
             QByteArrayView("sandi-2"));
    QCOMPARE(secrets.reveal(o.siti, account.id, SecretKind::Password, oldest.id).value().view(),
             QByteArrayView("sandi-1"));
    // Still there after the vault is closed and opened again.
    o.reopen();
    o.budi = o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase).value();
    QCOMPARE(Secrets(*o.vault).reveal(o.budi, account.id, SecretKind::Password, oldest.id).value().view(),
             QByteArrayView("sandi-1"));
    QCOMPARE(Secrets(*o.vault).history(account.id).value().size(), 3);
}

void TestSecrets::eachKindHasItsOwnHistory()
{
    Office o;
    const Account account = o.addAccount(
        newAccount(QStringLiteral("72.05.02"), Platform::Facebook, QStringLiteral("panwaslu.lakea")), "pw");
    Secrets secrets(*o.vault);
    const QList<std::pair<SecretKind, QByteArray>> values{
        {SecretKind::Totp, "JBSWY3DPEHPK3PXP"},
        {SecretKind::RecoveryCodes, "1111-2222\n3333-4444"},
        {SecretKind::EmailPassword, "surel rahasia"},
        {SecretKind::Notes, "kunci di laci meja sekretariat"},
        {SecretKind::Totp, "otpauth://totp/Facebook:lakea?secret=GEZDGNBVGY3TQOJQ&issuer=Facebook"},
    };
    for (const auto &[kind, value] : values) {
        const Status set = secrets.set(o.budi, account.id, kind, secret(value), QStringLiteral("dicatat"));
        QVERIFY2(set.ok(), qPrintable(set.error().untranslatedMessage()));
    }
    auto history = secrets.history(account.id);
    QCOMPARE(history.value().size(), 6);
    QList<SecretKind> currentKinds;
    for (const SecretVersion &version : history.value()) {
        if (version.current) {
            currentKinds << version.kind;
        }
    }
    // Newest first: the second TOTP seed is current, the first is not.
    QCOMPARE(currentKinds, (QList<SecretKind>{SecretKind::Totp, SecretKind::Notes, SecretKind::EmailPassword,
                                              SecretKind::RecoveryCodes, SecretKind::Password}));
    QCOMPARE(history.value().last().kind, SecretKind::Password);
    QCOMPARE(history.value()[4].kind, SecretKind::Totp);
    QVERIFY(!history.value()[4].current);
    for (const auto &[kind, value] : values.mid(1, 3)) {
        QCOMPARE(secrets.reveal(o.budi, account.id, kind).value().view(), QByteArrayView(value));
    }
    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Totp).value().view(), QByteArrayView(values.last().second));
    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Totp, history.value()[4].id).value().view(),
             QByteArrayView("JBSWY3DPEHPK3PXP"));
    QCOMPARE(secrets.reveal(o.budi, account.id, SecretKind::Password).value().view(), QByteArrayView("pw"));
}

void TestSecrets::readingALaterOrMissingValue()
{
    Office o;
    const Account a =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("PwMomunu")), "sandi a");
    const Account b = o.addAccount(newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea")));
    Secrets secrets(*o.vault);
    const qint64 version = secrets.history(a.id).value().first().id;
    const qint64 logBefore = o.logCount();
    // No password yet, no value of that kind, a version of another kind or of another account.
    QCOMPARE(secrets.reveal(o.budi, b.id, SecretKind::Password).error().code(), ErrorCode::NotFound);
    QVERIFY(secrets.reveal(o.budi, b.id, SecretKind::Password)
                .error()
                .untranslatedMessage()
                .contains(QStringLiteral("has no Password")));
    QCOMPARE(secrets.reveal(o.budi, a.id, SecretKind::Totp).error().code(), ErrorCode::NotFound);
    QCOMPARE(secrets.reveal(o.budi, a.id, SecretKind::Totp, version).error().code(), ErrorCode::NotFound);
    QCOMPARE(secrets.reveal(o.budi, b.id, SecretKind::Password, version).error().code(), ErrorCode::NotFound);
    QCOMPARE(secrets.reveal(o.budi, a.id, SecretKind::Password, version + 50).error().code(), ErrorCode::NotFound);
    QCOMPARE(secrets.copy(o.budi, b.id, SecretKind::Password).error().code(), ErrorCode::NotFound);
    // An account that does not exist.
    QCOMPARE(secrets.reveal(o.budi, 999, SecretKind::Password).error().untranslatedMessage(),
             QStringLiteral("There is no account with number 999. See: brankas-cli account list"));
    QCOMPARE(secrets.history(999).error().code(), ErrorCode::NotFound);
    QVERIFY(secrets.history(b.id).value().isEmpty());
    QCOMPARE(o.logCount(), logBefore); // nothing was revealed, so nothing is logged
}

void TestSecrets::revealAndCopyAreLogged_data()
{
    QTest::addColumn<bool>("copy");
    QTest::addColumn<QString>("action");
    QTest::newRow("reveal") << false << LogAction::secretRevealed();
    QTest::newRow("copy") << true << LogAction::secretCopied();
}

void TestSecrets::revealAndCopyAreLogged()
{
    QFETCH(bool, copy);
    QFETCH(QString, action);
    Office o;
    const Account account = o.addAccount(
        newAccount(QStringLiteral("72.05.03"), Platform::Instagram, QStringLiteral("pw_bokat")), "Bokat#2024");
    Secrets secrets(*o.vault);
    QVERIFY(
        secrets.set(o.budi, account.id, SecretKind::RecoveryCodes, secret("9876-5432"), QStringLiteral("2FA")).ok());
    for (SecretKind kind : {SecretKind::Password, SecretKind::RecoveryCodes}) {
        const qint64 before = o.logCount();
        o.t.clock.advance(1000);
        auto value = copy ? secrets.copy(o.siti, account.id, kind) : secrets.reveal(o.siti, account.id, kind);
        QVERIFY(value.ok());
        QCOMPARE(o.logCount(), before + 1);
        const LogEntry entry = o.lastLogEntry();
        QCOMPARE(entry.action, action);
        QCOMPARE(entry.officer, QStringLiteral("Siti"));
        QCOMPARE(entry.at, o.t.clock.nowUtc());
        QCOMPARE(entry.target, QStringLiteral("account:%1").arg(account.id));
        const QJsonObject details = entry.detailsObject();
        QCOMPARE(details.value(QStringLiteral("kind")).toString(), secretKindId(kind));
        QCOMPARE(details.value(QStringLiteral("version")).toInteger(),
                 Storage::SecretStore(o.vault->database()).current(account.id, kind).value()->id);
        QCOMPARE(details.size(), 2);
        QVERIFY(!entry.details.contains(QString::fromUtf8(value.value().view())));
    }
    QVERIFY(o.vault->log().verify().value().intact());
}

void TestSecrets::noValueReachesTheLog()
{
    Office o;
    const QList<QByteArray> values{"Sandi-Momunu-1",    "Sandi-Momunu-2", "JBSWY3DPEHPK3PXP",
                                   "KODE-PEMULIHAN-77", "surel-sandi-99", "catatan rahasia"};
    const Account account = o.addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), values[0]);
    Secrets secrets(*o.vault);
    const QList<SecretKind> kinds{SecretKind::Password, SecretKind::Totp, SecretKind::RecoveryCodes,
                                  SecretKind::EmailPassword, SecretKind::Notes};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QVERIFY(secrets.set(o.budi, account.id, kinds[i], secret(values[i + 1]), QStringLiteral("isi")).ok());
        QVERIFY(secrets.reveal(o.budi, account.id, kinds[i]).ok());
        QVERIFY(secrets.copy(o.siti, account.id, kinds[i]).ok());
    }
    QVERIFY(
        secrets.reveal(o.budi, account.id, SecretKind::Password, secrets.history(account.id).value().last().id).ok());
    auto entries = o.vault->log().entries({});
    QVERIFY(entries.ok());
    int revealed = 0;
    int copied = 0;
    for (const LogEntry &entry : entries.value()) {
        revealed += entry.action == LogAction::secretRevealed() ? 1 : 0;
        copied += entry.action == LogAction::secretCopied() ? 1 : 0;
        for (const QByteArray &value : values) {
            QVERIFY2(!entry.details.contains(QString::fromUtf8(value)) &&
                         !entry.target.contains(QString::fromUtf8(value)),
                     qPrintable(entry.action + QLatin1Char(' ') + entry.details));
        }
    }
    QCOMPARE(revealed, 6);
    QCOMPARE(copied, 5);
    // Nor does any value sit in the file in the clear.
    o.vault.reset();
    QFile file(o.t.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &value : values) {
        QVERIFY2(!bytes.contains(value), value.constData());
    }
}

void TestSecrets::viewerCannotRevealOrSet()
{
    Office o;
    const Account account = o.addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), "rahasia");
    Secrets secrets(*o.vault);
    const qint64 version = secrets.history(account.id).value().first().id;
    const qint64 logBefore = o.logCount();
    const qint64 rowsBefore = o.rows("account_secret");
    QCOMPARE(secrets.reveal(o.ani, account.id, SecretKind::Password).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(secrets.reveal(o.ani, account.id, SecretKind::Password, version).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(secrets.copy(o.ani, account.id, SecretKind::Password).error().code(), ErrorCode::PermissionDenied);
    for (SecretKind kind : allSecretKinds()) {
        const Status set = secrets.set(o.ani, account.id, kind, secret("JBSWY3DPEHPK3PXP"), QStringLiteral("coba"));
        QCOMPARE(set.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(set.error().untranslatedMessage().contains(QStringLiteral("Viewers")));
    }
    // Not even through the vault's own field decryption.
    const auto record = Storage::SecretStore(o.vault->database()).current(account.id, SecretKind::Password).value();
    QCOMPARE(
        o.vault
            ->openField(o.ani, QStringLiteral("account_secret"), record->id, QStringLiteral("password"), record->sealed)
            .error()
            .code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(o.logCount(), logBefore);
    QCOMPARE(o.rows("account_secret"), rowsBefore);
    // A viewer still sees that secrets exist and when they changed, never what they are.
    QCOMPARE(secrets.history(account.id).value().size(), 1);
}

void TestSecrets::setRefusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("unknownAccount");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    const QString reason = QStringLiteral("ganti");
    QTest::newRow("empty password") << int(SecretKind::Password) << QByteArray() << reason << false
                                    << ErrorCode::InvalidInput << QStringLiteral("empty");
    QTest::newRow("empty notes") << int(SecretKind::Notes) << QByteArray("") << reason << false
                                 << ErrorCode::InvalidInput << QStringLiteral("empty");
    QTest::newRow("no reason") << int(SecretKind::Password) << QByteArray("baru") << QStringLiteral("  ") << false
                               << ErrorCode::InvalidInput << QStringLiteral("Give the reason");
    QTest::newRow("unknown account") << int(SecretKind::Password) << QByteArray("baru") << reason << true
                                     << ErrorCode::NotFound << QStringLiteral("no account with number");
}

void TestSecrets::setRefusals()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    QFETCH(bool, unknownAccount);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("PwMomunu")), "lama");
    const qint64 logBefore = o.logCount();
    const qint64 rowsBefore = o.rows("account_secret");
    const Status set = Secrets(*o.vault).set(o.budi, unknownAccount ? account.id + 1 : account.id, SecretKind(kind),
                                             secret(value), reason);
    QCOMPARE(set.error().code(), code);
    QVERIFY2(set.error().untranslatedMessage().contains(message), qPrintable(set.error().untranslatedMessage()));
    QCOMPARE(o.logCount(), logBefore);
    QCOMPARE(o.rows("account_secret"), rowsBefore);
    QCOMPARE(Secrets(*o.vault).reveal(o.budi, account.id, SecretKind::Password).value().view(), QByteArrayView("lama"));
}

void TestSecrets::totpSeedsAreCheckedWhenSet_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("setup key") << QByteArray("JBSWY3DPEHPK3PXP") << true;
    QTest::newRow("setup key in groups, lower case") << QByteArray("jbsw y3dp ehpk 3pxp") << true;
    QTest::newRow("totp link") << QByteArray("otpauth://totp/Instagram:momunu?secret=JBSWY3DPEHPK3PXP&issuer=Instagram")
                               << true;
    QTest::newRow("not base32") << QByteArray("bukan kunci!!") << false;
    QTest::newRow("hotp link") << QByteArray("otpauth://hotp/X:momunu?secret=JBSWY3DPEHPK3PXP&counter=1") << false;
    QTest::newRow("link without secret") << QByteArray("otpauth://totp/X:momunu?issuer=X") << false;
    QTest::newRow("nine digits") << QByteArray("otpauth://totp/X:momunu?secret=JBSWY3DPEHPK3PXP&digits=9") << false;
    QTest::newRow("password pasted by mistake") << QByteArray("Sandi#Momunu2024") << false;
}

void TestSecrets::totpSeedsAreCheckedWhenSet()
{
    QFETCH(QByteArray, seed);
    QFETCH(bool, accepted);
    Office o;
    const Account account =
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    const qint64 logBefore = o.logCount();
    const Status set = Secrets(*o.vault).set(o.budi, account.id, SecretKind::Totp, secret(seed), QStringLiteral("2FA"));
    QCOMPARE(set.ok(), accepted);
    if (accepted) {
        QCOMPARE(Secrets(*o.vault).reveal(o.budi, account.id, SecretKind::Totp).value().view(), QByteArrayView(seed));
        return;
    }
    QCOMPARE(set.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!set.error().message().isEmpty());
    QVERIFY2(!set.error().untranslatedMessage().contains(QString::fromUtf8(seed)) || seed.startsWith("otpauth"),
             qPrintable(set.error().untranslatedMessage()));
    QCOMPARE(o.logCount(), logBefore);
    QCOMPARE(o.rows("account_secret"), 0);
}

void TestSecrets::reuseIsDetectedWithoutDecrypting()
{
    Office o;
    const Account a = o.addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), "Bawaslu2024!");
    const Account b =
        o.addAccount(newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea")), "Bawaslu2024!");
    const Account c =
        o.addAccount(newAccount(QStringLiteral("72.05.03"), Platform::TikTok, QStringLiteral("pw.bokat")), "lain-lagi");
    Secrets secrets(*o.vault);
    // Another kind with the same value is not a reused account password.
    QVERIFY(secrets.set(o.budi, c.id, SecretKind::EmailPassword, secret("Bawaslu2024!"), QStringLiteral("surel")).ok());

    QCOMPARE(sharedGroups(*o.vault), (QList<QList<qint64>>{{a.id, b.id}}));
    // The tags beside the ciphertexts are what shows it: equal for equal passwords, and not the password.
    QSqlQuery query(o.vault->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT account_id, kind, reuse_tag FROM account_secret ORDER BY id")));
    QHash<qint64, QByteArray> tags;
    while (query.next()) {
        const QByteArray tag = query.value(2).toByteArray();
        if (query.value(1).toString() == QLatin1String("password")) {
            QCOMPARE(tag.size(), 32);
            QVERIFY(!tag.contains("Bawaslu2024!"));
            tags.insert(query.value(0).toLongLong(), tag);
        } else {
            QVERIFY(query.value(2).isNull());
        }
    }
    QCOMPARE(tags.value(a.id), tags.value(b.id));
    QVERIFY(tags.value(a.id) != tags.value(c.id));

    // The health check needs no key to see it: with the vault locked, it still finds the reuse.
    o.vault->lock();
    QCOMPARE(reusedAccounts(*o.vault), (QList<qint64>{a.id, b.id}));
    const auto findings = HealthCheck(*o.vault).run(today());
    for (const Finding &finding : findings.value()) {
        if (finding.rule == QLatin1String("password-reused") && finding.accountId == a.id) {
            QVERIFY2(finding.message.contains(QStringLiteral("X (Twitter) @PwLakea (%1)").arg(b.id)),
                     qPrintable(finding.message));
        }
    }
    o.reopen();
    o.budi = o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase).value();

    // Changing one of them ends it, although the old value stays in the history.
    QVERIFY(
        Secrets(*o.vault).set(o.budi, b.id, SecretKind::Password, secret("Lakea-baru-1"), QStringLiteral("unik")).ok());
    QVERIFY(sharedGroups(*o.vault).isEmpty());
    QVERIFY(reusedAccounts(*o.vault).isEmpty());
    // And setting the same value again on a third account brings it back.
    QVERIFY(Secrets(*o.vault)
                .set(o.budi, c.id, SecretKind::Password, secret("Lakea-baru-1"), QStringLiteral("salah"))
                .ok());
    QCOMPARE(sharedGroups(*o.vault), (QList<QList<qint64>>{{b.id, c.id}}));
    QCOMPARE(reusedAccounts(*o.vault), (QList<qint64>{b.id, c.id}));
}

void TestSecrets::reuseTagsAreKeyedPerVault()
{
    // The same password in two offices' vaults gives different tags: a tag alone reveals nothing.
    QList<QByteArray> tags;
    for (int i = 0; i < 2; ++i) {
        Office o;
        o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")),
                     "Bawaslu2024!");
        tags << Storage::SecretStore(o.vault->database()).current(1, SecretKind::Password).value()->reuseTag;
        QCOMPARE(o.vault->passwordTag(o.budi, "Bawaslu2024!").value(), tags.last());
    }
    QCOMPARE(tags.size(), 2);
    QVERIFY(!tags[0].isEmpty());
    QVERIFY(tags[0] != tags[1]);
}

void TestSecrets::ciphertextMovedToAnotherRowIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("victimIsB");
    // Rows: 1 = A's password, 2 = B's password, 3 = B's TOTP seed.
    QTest::newRow("password of another account")
        << QStringList{QStringLiteral(
               "UPDATE account_secret SET sealed = (SELECT sealed FROM account_secret WHERE id = 1) WHERE id = 2")}
        << int(SecretKind::Password) << true;
    QTest::newRow("swapped rows")
        << QStringList{QStringLiteral("UPDATE account_secret SET id = 100 WHERE id = 1"),
                       QStringLiteral("UPDATE account_secret SET id = 1, account_id = 1 WHERE id = 2"),
                       QStringLiteral("UPDATE account_secret SET id = 2, account_id = 2 WHERE id = 100")}
        << int(SecretKind::Password) << false;
    QTest::newRow("password ciphertext in the TOTP row")
        << QStringList{QStringLiteral(
               "UPDATE account_secret SET sealed = (SELECT sealed FROM account_secret WHERE id = 2) WHERE id = 3")}
        << int(SecretKind::Totp) << true;
    QTest::newRow("row given to another account")
        << QStringList{QStringLiteral("UPDATE account_secret SET account_id = 2 WHERE id = 1"),
                       QStringLiteral("DELETE FROM account_secret WHERE id = 2")}
        << int(SecretKind::Password) << true;
    QTest::newRow("kind relabelled") << QStringList{QStringLiteral(
                                            "UPDATE account_secret SET kind = 'notes' WHERE id = 3")}
                                     << int(SecretKind::Notes) << true;
}

void TestSecrets::ciphertextMovedToAnotherRowIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(int, kind);
    QFETCH(bool, victimIsB);
    Office o;
    const Account a = o.addAccount(
        newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")), "sandi A");
    const Account b =
        o.addAccount(newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("PwLakea")), "sandi B");
    QVERIFY(
        Secrets(*o.vault).set(o.budi, b.id, SecretKind::Totp, secret("JBSWY3DPEHPK3PXP"), QStringLiteral("2FA")).ok());
    QCOMPARE(Storage::SecretStore(o.vault->database()).current(b.id, SecretKind::Totp).value()->id, 3);
    o.vault.reset();
    QVERIFY(tamper(o.t.path, statements));

    o.reopen();
    o.budi = o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase).value();
    const qint64 logBefore = o.logCount();
    const qint64 victim = victimIsB ? b.id : a.id;
    auto revealed = Secrets(*o.vault).reveal(o.budi, victim, SecretKind(kind));
    QVERIFY(!revealed.ok());
    QCOMPARE(revealed.error().code(), ErrorCode::DamagedOrMovedData);
    QVERIFY(!revealed.error().message().isEmpty());
    QCOMPARE(Secrets(*o.vault).copy(o.budi, victim, SecretKind(kind)).error().code(), ErrorCode::DamagedOrMovedData);
    // A value that cannot be read is not logged as read.
    QCOMPARE(o.logCount(), logBefore);
    if (victimIsB && SecretKind(kind) != SecretKind::Password) {
        QCOMPARE(Secrets(*o.vault).reveal(o.budi, b.id, SecretKind::Password).value().view(),
                 QByteArrayView("sandi B"));
    }
    const bool aKeepsItsPassword =
        Storage::SecretStore(o.vault->database()).current(a.id, SecretKind::Password).value().has_value();
    if (victimIsB && aKeepsItsPassword) {
        QCOMPARE(Secrets(*o.vault).reveal(o.budi, a.id, SecretKind::Password).value().view(),
                 QByteArrayView("sandi A"));
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
