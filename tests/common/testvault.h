// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>
#include <core/domain/referencedata.h>
#include <core/keychain/memorykeystore.h>
#include <core/vault/vault.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// A vault in a temporary folder, with an in-memory key store, a fixed clock and cheap scrypt
// parameters, so suites other than the keychain's run fast and alone.
namespace Brankas::Testing {

inline const QByteArray AdminPassphrase = QByteArrayLiteral("admin passphrase 1");
inline const QByteArray RecoveryPassphrase = QByteArrayLiteral("meja kursi lemari pintu jendela");

inline Crypto::ScryptParams cheapKdf()
{
    return Crypto::ScryptParams{1u << 10, 8, 1};
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

struct TestVault
{
    QTemporaryDir dir;
    MemoryKeyStore keyStore;
    FixedClock clock{QDateTime(QDate(2024, 2, 14), QTime(9, 0), QTimeZone::utc())};
    QString path = dir.filePath(QStringLiteral("office.brankas"));

    VaultEnvironment environment() { return VaultEnvironment{keyStore, clock, cheapKdf()}; }

    std::unique_ptr<Vault> create(const QString &regency = QStringLiteral("72.05"))
    {
        auto reference = ReferenceData::load();
        if (!reference) {
            qFatal("reference data missing");
        }
        NewVault spec{regency, QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase};
        auto created = Vault::create(path, spec, reference.value(), environment());
        if (!created) {
            qFatal("cannot create test vault: %s", qPrintable(created.error().untranslatedMessage()));
        }
        return std::move(created.value().vault);
    }

    std::unique_ptr<Vault> open(Vault::Access access = Vault::Access::ReadWrite)
    {
        auto vault = Vault::open(path, access, environment());
        if (!vault) {
            qFatal("cannot open test vault: %s", qPrintable(vault.error().untranslatedMessage()));
        }
        return std::move(vault).value();
    }
};

} // namespace Brankas::Testing
