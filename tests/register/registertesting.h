// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A vault with an office of three officers (Siti administrator, Budi operator, Ani viewer), for the
// register suites. Setup steps that must not fail stop the suite with the reason.
#include "../common/testvault.h"

#include <core/register/accounts.h>
#include <core/register/secrets.h>
#include <core/register/terms.h>

#include <QSqlQuery>
#include <core/storage/database.h>

namespace Brankas::Testing {

inline const QByteArray BudiPassphrase = QByteArrayLiteral("budi lemari hijau");
inline const QByteArray AniPassphrase = QByteArrayLiteral("ani sepeda merah");

template <typename T> T valueOf(Result<T> result, const char *what)
{
    if (!result) {
        qFatal("%s: %s", what, qPrintable(result.error().untranslatedMessage()));
    }
    return std::move(result).value();
}

inline void require(const Status &status, const char *what)
{
    if (!status) {
        qFatal("%s: %s", what, qPrintable(status.error().untranslatedMessage()));
    }
}

inline NewAccount newAccount(const QString &kecamatan, Platform platform, const QString &handle)
{
    NewAccount spec;
    spec.kecamatanCode = kecamatan;
    spec.platform = platform;
    spec.handle = handle;
    return spec;
}

inline SecretBytes secret(QByteArrayView text)
{
    return SecretBytes::fromView(text);
}

struct Office
{
    TestVault t;
    std::unique_ptr<Vault> vault;
    Session siti;
    Session budi;
    Session ani;

    // With a server address (a TestServer's), the office's vault lives on the server instead.
    explicit Office(const QString &regency = QStringLiteral("72.05"), const QString &vaultAddress = {})
    {
        if (!vaultAddress.isEmpty()) {
            t.path = vaultAddress;
        }
        vault = t.create(regency);
        siti = valueOf(vault->signIn(QStringLiteral("Siti"), AdminPassphrase), "sign in Siti");
        valueOf(vault->officers().add(siti, QStringLiteral("Budi"), Role::Operator, BudiPassphrase), "add Budi");
        valueOf(vault->officers().add(siti, QStringLiteral("Ani"), Role::Viewer, AniPassphrase), "add Ani");
        budi = valueOf(vault->signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in Budi");
        ani = valueOf(vault->signIn(QStringLiteral("Ani"), AniPassphrase), "sign in Ani");
    }

    // Closes the vault and opens it again through the keychain (the clock and keys stay).
    void reopen()
    {
        vault.reset();
        vault = t.open();
        require(vault->unlockFromKeychain(), "unlock");
    }

    Term addTerm(const QString &name, QDate from, QDate until)
    {
        return valueOf(Terms(*vault).add(budi, name, from, until), "add term");
    }

    Account addAccount(const NewAccount &spec, QByteArrayView password = {})
    {
        const SecretBytes value = secret(password);
        return valueOf(Accounts(*vault).add(budi, spec, password.isEmpty() ? nullptr : &value), "add account");
    }

    Account changeStatus(qint64 id, AccountStatus to, const QString &reason = QStringLiteral("test"))
    {
        return valueOf(Accounts(*vault).changeStatus(budi, id, to, reason), "change status");
    }

    qint64 logCount() { return valueOf(vault->log().count(), "log count"); }

    qint64 rows(const char *table)
    {
        QSqlQuery query(vault->database().connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))) || !query.next()) {
            qFatal("cannot count %s", table);
        }
        return query.value(0).toLongLong();
    }

    LogEntry lastLogEntry()
    {
        auto entries = valueOf(vault->log().entries({.limit = 1, .newestFirst = true}), "log entries");
        if (entries.isEmpty()) {
            qFatal("the log is empty");
        }
        return entries.first();
    }
};

} // namespace Brankas::Testing
