// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A signed-in workspace over a small office register (72.05 Kabupaten Buol: three terms, 45
// accounts in eleven kecamatan, one of them still active after its term), for the page suites and
// their screenshots.
#include "../register/registertesting.h"

#include <core/register/kecamatanregister.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>

#include <QGuiApplication>
#include <QSettings>

namespace Brankas::Testing {

struct PageFixture
{
    Office office;
    QTemporaryDir settingsDir;
    Preferences preferences{
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("brankas.ini")), QSettings::IniFormat)};
    SecretClipboard clipboard{QGuiApplication::clipboard(), office.t.clock};
    std::unique_ptr<Workspace> workspace;
    Term pemilu2019;
    Term pemilu2024;
    Term pemilihan2024;
    qint64 pastTermAccount = 0; // active although its term (Pemilu 2019) ended

    explicit PageFixture(bool populated = true)
    {
        if (populated) {
            populate();
        }
        signInAs(office.budi);
    }

    Vault &vault() { return *office.vault; }

    Workspace &signInAs(const Session &session)
    {
        workspace = std::make_unique<Workspace>(vault(), session, preferences, clipboard);
        return *workspace;
    }

    void populate()
    {
        pemilu2019 = office.addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 1, 1), QDate(2019, 12, 31));
        // Ends 16 days after the fixed clock's 14 February 2024: "ending soon".
        pemilu2024 = office.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2024, 3, 1));
        pemilihan2024 = office.addTerm(QStringLiteral("Pemilihan 2024"), QDate(2024, 1, 1), QDate(2025, 3, 31));
        auto kecamatan = valueOf(KecamatanRegister(vault()).list(false), "kecamatan");
        const Platform platforms[] = {Platform::Instagram, Platform::Facebook, Platform::X, Platform::TikTok};
        int n = 0;
        for (const KecamatanRecord &record : kecamatan) {
            const QString base = QStringLiteral("pwsl_") + record.name.toLower().remove(QLatin1Char(' ')).left(10);
            for (Platform platform : platforms) {
                // Facebook usernames take dots, not underscores.
                NewAccount spec = newAccount(
                    record.code, platform,
                    platform == Platform::Facebook ? QString(base).replace(QLatin1Char('_'), QLatin1Char('.')) : base);
                spec.termId = pemilu2024.id;
                spec.twoFactor = (n % 3 == 0) ? TwoFactorMethod::None : TwoFactorMethod::AuthenticatorApp;
                spec.email =
                    QStringLiteral("humas.%1@bawaslu.go.id").arg(record.name.toLower().remove(QLatin1Char(' ')));
                spec.status = (n % 13 == 5) ? AccountStatus::Requested : AccountStatus::Active;
                const Account account = office.addAccount(spec, n % 4 == 0 ? QByteArrayView() : "Sandi-Rahasia-1");
                if (n % 17 == 7) {
                    office.changeStatus(account.id, AccountStatus::Suspended, QStringLiteral("Diretas, dipulihkan"));
                }
                ++n;
            }
        }
        NewAccount past = newAccount(kecamatan.first().code, Platform::YouTube, QStringLiteral("panwaslumomunu"));
        past.termId = pemilu2019.id;
        past.twoFactor = TwoFactorMethod::AuthenticatorApp;
        pastTermAccount = office.addAccount(past, "Sandi-Lama-2019").id;
    }
};

} // namespace Brankas::Testing
