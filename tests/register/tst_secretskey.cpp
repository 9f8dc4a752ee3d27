// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets key: who holds a seal of it, what the vault key alone can (not) open, and how a
// vault from before format 5 moves its secrets under one at the first sign-in of an officer who may
// see them, while its older log entries keep verifying.
#include "registertesting.h"

#include <core/crypto/aead.h>
#include <core/crypto/binding.h>
#include <core/crypto/mac.h>
#include <core/log/logactions.h>
#include <core/register/secrets.h>
#include <core/storage/secretstore.h>
#include <core/vault/secretskey.h>

#include <QSqlQuery>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Password = "Momunu#Rahasia2024";

void exec(Vault &vault, const QString &statement)
{
    QSqlQuery query(vault.database().connection());
    if (!query.exec(statement)) {
        qFatal("%s", qPrintable(statement));
    }
}

qint64 countOf(Vault &vault, const QString &statement)
{
    QSqlQuery query(vault.database().connection());
    if (!query.exec(statement) || !query.next()) {
        qFatal("%s", qPrintable(statement));
    }
    return query.value(0).toLongLong();
}
} // namespace

class TestSecretsKey : public QObject
{
    Q_OBJECT

private slots:
    void operatorsAndAdministratorsHoldASealViewersNone();
    void vaultKeyAloneOpensNoSecret();
    void legacyVaultMovesItsSecretsAtFirstSignIn();
    void recoveryPassphraseOpensTheSecrets();
};

void TestSecretsKey::operatorsAndAdministratorsHoldASealViewersNone()
{
    Office o;
    const QStringList expected{QStringLiteral("officer:1"), QStringLiteral("officer:2"), recoveryHolder()};
    QSqlQuery query(o.vault->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT holder FROM secrets_wrap ORDER BY holder")));
    QStringList holders;
    while (query.next()) {
        holders << query.value(0).toString();
    }
    QCOMPARE(holders, expected);
    QVERIFY(o.vault->hasSecretsAccess(o.siti));
    QVERIFY(o.vault->hasSecretsAccess(o.budi));
    QVERIFY(!o.vault->hasSecretsAccess(o.ani));
    QCOMPARE(o.vault->sealField(o.ani, QStringLiteral("t"), 1, QStringLiteral("f"), "x").error().code(),
             ErrorCode::PermissionDenied);
}

void TestSecretsKey::vaultKeyAloneOpensNoSecret()
{
    Office o;
    o.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2030, 12, 31));
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")),
                 Password);
    auto record = Storage::SecretStore(o.vault->database()).current(1, SecretKind::Password).value();
    QVERIFY(record);
    auto vaultKey = o.t.keyStore.readKey(o.vault->id());
    QVERIFY(vaultKey);
    const QByteArray binding = Crypto::bindingFor(o.vault->id(), QStringLiteral("account_secret"), record->id,
                                                  boundSecretField(SecretKind::Password, 1));
    // What Brankas derived from the vault key before format 5: it opens nothing now.
    auto legacy = legacyFieldKeys(vaultKey.value(), o.vault->id());
    QVERIFY(!Crypto::open(legacy.value().fieldKey, record->sealed, binding));
    QVERIFY(Crypto::hmacSha256(legacy.value().tagKey.view(), Password).value() != record->reuseTag);
    QCOMPARE(Secrets(*o.vault).reveal(o.budi, 1, SecretKind::Password).value().view(), QByteArrayView(Password));
}

void TestSecretsKey::legacyVaultMovesItsSecretsAtFirstSignIn()
{
    Office o;
    o.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2030, 12, 31));
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")),
                 Password);
    const QString id = o.vault->id();
    auto vaultKey = o.t.keyStore.readKey(id);
    QVERIFY(vaultKey);
    auto legacy = legacyFieldKeys(vaultKey.value(), id);
    QVERIFY(legacy);
    auto record = Storage::SecretStore(o.vault->database()).current(1, SecretKind::Password).value();
    const QByteArray binding =
        Crypto::bindingFor(id, QStringLiteral("account_secret"), record->id, boundSecretField(SecretKind::Password, 1));

    // Put the vault back as a format-4 vault upgraded to 5 looks: secrets under the vault-key-
    // derived keys, no officer keys, no seals, no signatures, signing starting after the log.
    {
        Vault &v = *o.vault;
        const QByteArray sealed = Crypto::seal(legacy.value().fieldKey, Password, binding).value();
        const QByteArray tag = Crypto::hmacSha256(legacy.value().tagKey.view(), Password).value();
        QVERIFY(Storage::SecretStore(v.database()).reseal(record->id, sealed, tag));
        for (const char *statement :
             {"DELETE FROM secrets_wrap",
              "DELETE FROM vault_meta WHERE key IN ('secrets_check', 'recovery_box_public')",
              "DELETE FROM key_wrap WHERE name = 'recovery-box'",
              "UPDATE officer SET sign_public = NULL, box_public = NULL, keys_wrapped = NULL",
              "DROP TRIGGER log_signature_no_delete", "DELETE FROM log_signature",
              "UPDATE vault_meta SET value = (SELECT max(seq) + 1 FROM archive_log) WHERE key = 'log_signed_from'"}) {
            exec(v, QString::fromLatin1(statement));
        }
    }
    const qint64 legacyEntries = o.logCount();
    o.reopen();
    QVERIFY(o.vault->log().verify().value().intact());

    // A viewer first: gets signing keys, moves nothing.
    auto ani = o.vault->signIn(QStringLiteral("Ani"), AniPassphrase);
    QVERIFY2(ani, qPrintable(ani.error().untranslatedMessage()));
    QCOMPARE(o.lastLogEntry().action, LogAction::signedIn());
    QVERIFY(!Secrets(*o.vault).reveal(ani.value(), 1, SecretKind::Password));
    QCOMPARE(countOf(*o.vault, QStringLiteral("SELECT count(*) FROM secrets_wrap")), 0);

    // The first operator moves every secret under a new secrets key, in the same commit.
    auto budi = o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QVERIFY2(budi, qPrintable(budi.error().untranslatedMessage()));
    QCOMPARE(o.vault->log().entries({.actionPrefix = LogAction::secretsKeyCreated()}).value().size(), 1);
    QCOMPARE(Secrets(*o.vault).reveal(budi.value(), 1, SecretKind::Password).value().view(), QByteArrayView(Password));
    auto moved = Storage::SecretStore(o.vault->database()).current(1, SecretKind::Password).value();
    QVERIFY(!Crypto::open(legacy.value().fieldKey, moved->sealed, binding));
    QVERIFY(moved->reuseTag != Crypto::hmacSha256(legacy.value().tagKey.view(), Password).value());

    // Siti has no seal yet (she had no keys when Budi signed in); Budi's next sign-in gives her one.
    auto siti = o.vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(siti);
    QVERIFY(!o.vault->hasSecretsAccess(siti.value()));
    QCOMPARE(Secrets(*o.vault).reveal(siti.value(), 1, SecretKind::Password).error().code(),
             ErrorCode::PermissionDenied);
    QVERIFY(o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase));
    siti = o.vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(o.vault->hasSecretsAccess(siti.value()));

    auto verification = o.vault->log().verify();
    QVERIFY(verification.value().intact());
    QCOMPARE(verification.value().signedFrom, legacyEntries + 1);
    QCOMPARE(verification.value().headSigner, QStringLiteral("Siti"));
}

void TestSecretsKey::recoveryPassphraseOpensTheSecrets()
{
    Office o;
    o.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2030, 12, 31));
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")),
                 Password);
    // Budi's own seal is lost (as after a damaged row): the recovery passphrase still opens the
    // secrets, and his next sign-in after it is sealed again.
    exec(*o.vault, QStringLiteral("DELETE FROM secrets_wrap WHERE holder = 'officer:2'"));
    o.vault.reset();
    o.vault = o.t.open();
    QVERIFY(o.vault->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Budi")));
    auto budi = o.vault->signIn(QStringLiteral("Budi"), BudiPassphrase);
    QVERIFY(budi);
    QCOMPARE(Secrets(*o.vault).reveal(budi.value(), 1, SecretKind::Password).value().view(), QByteArrayView(Password));
    QCOMPARE(countOf(*o.vault, QStringLiteral("SELECT count(*) FROM secrets_wrap WHERE holder = 'officer:2'")), 1);
    QVERIFY(o.vault->log().verify().value().intact());
}

QTEST_GUILESS_MAIN(TestSecretsKey)
#include "tst_secretskey.moc"
