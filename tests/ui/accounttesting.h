// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An office with a register of 33 accounts (three platforms in each of Buol's 11 kecamatan) and a
// Workspace for any of its officers, for the Accounts screen and model suites.
#include "../register/registertesting.h"

#include <core/register/secrets.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>

#include <QGuiApplication>
#include <QSettings>

namespace Brankas::Testing {

inline const QByteArray MomunuPassword = QByteArrayLiteral("Rahasia-Momunu-2024!");
inline const QByteArray TotpSeed = QByteArrayLiteral("JBSWY3DPEHPK3PXP");

struct AccountsOffice
{
    Office office;
    Term pemilu2019;
    Term pemilu2024;
    QList<Account> accounts;
    qint64 momunuInstagram = 0; // has a password and a TOTP key
    qint64 lakeaX = 0;          // past its term: still active in Pemilu 2019's term
    qint64 bokatFacebook = 0;   // suspended
    QTemporaryDir settingsDir;
    std::unique_ptr<Preferences> preferences;
    std::unique_ptr<SecretClipboard> clipboard;
    std::unique_ptr<Workspace> workspace;

    AccountsOffice()
    {
        pemilu2019 = office.addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 1, 10), QDate(2019, 12, 31));
        pemilu2024 = office.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2024, 12, 31));
        const QStringList names = {QStringLiteral("Momunu"),   QStringLiteral("Lakea"),        QStringLiteral("Bokat"),
                                   QStringLiteral("Bunobogu"), QStringLiteral("Paleleh"),      QStringLiteral("Biau"),
                                   QStringLiteral("Tiloan"),   QStringLiteral("Bukal"),        QStringLiteral("Gadung"),
                                   QStringLiteral("Karamat"),  QStringLiteral("Paleleh Barat")};
        for (int i = 0; i < names.size(); ++i) {
            const QString code = QStringLiteral("72.05.%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            const QString slug = names.at(i).toLower().remove(QLatin1Char(' '));
            for (const Platform platform : {Platform::Instagram, Platform::Facebook, Platform::X}) {
                QString handle = QStringLiteral("panwaslu.") + slug;
                if (platform == Platform::X) {
                    handle = QString(QStringLiteral("Pwsl") + names.at(i)).remove(QLatin1Char(' ')).left(15);
                }
                NewAccount spec = newAccount(code, platform, handle);
                spec.displayName = QStringLiteral("Panwaslu Kecamatan ") + names.at(i);
                spec.email = QStringLiteral("humas.%1@bawaslu.go.id").arg(slug);
                spec.twoFactor =
                    platform == Platform::Instagram ? TwoFactorMethod::AuthenticatorApp : TwoFactorMethod::Sms;
                spec.termId = pemilu2024.id;
                if (i == 1 && platform == Platform::X) {
                    spec.termId = pemilu2019.id; // still active years after its term
                }
                if (i == 4) {
                    spec.nature = AccountNature::Permanent;
                    spec.holder = QStringLiteral("Sekretariat Bawaslu Buol");
                }
                const QByteArray password = QByteArrayLiteral("Sandi-") + handle.toUtf8() + QByteArrayLiteral("-24");
                Account account =
                    office.addAccount(spec, i == 0 && platform == Platform::Instagram ? MomunuPassword : password);
                if (i == 0 && platform == Platform::Instagram) {
                    momunuInstagram = account.id;
                    require(Secrets(*office.vault)
                                .set(office.budi, account.id, SecretKind::Totp, secret(TotpSeed),
                                     QStringLiteral("2FA diaktifkan")),
                            "set totp");
                }
                if (i == 1 && platform == Platform::X) {
                    lakeaX = account.id;
                }
                if (i == 2 && platform == Platform::Facebook) {
                    account = office.changeStatus(account.id, AccountStatus::Suspended, QStringLiteral("Diretas"));
                    bokatFacebook = account.id;
                }
                if (i == 3 && platform == Platform::X) {
                    account = office.changeStatus(account.id, AccountStatus::Deactivated,
                                                  QStringLiteral("Tidak dipakai lagi"));
                }
                if (i == 4 && platform == Platform::Facebook) {
                    account = office.changeStatus(account.id, AccountStatus::Held,
                                                  QStringLiteral("Disimpan kantor sampai panwaslu berikutnya"));
                }
                accounts << account;
            }
        }
        auto settings =
            std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("brankas.ini")), QSettings::IniFormat);
        preferences = std::make_unique<Preferences>(std::move(settings));
        clipboard = std::make_unique<SecretClipboard>(QGuiApplication::clipboard(), office.t.clock);
        signInAs(office.budi);
    }

    ~AccountsOffice()
    {
        workspace.reset();
        clipboard.reset();
    }

    Workspace &signInAs(const Session &session)
    {
        workspace = std::make_unique<Workspace>(*office.vault, session, *preferences, *clipboard);
        return *workspace;
    }

    QList<LogEntry> logFor(qint64 accountId, const QString &action)
    {
        LogFilter filter;
        filter.targetContains = QStringLiteral("account:%1").arg(accountId);
        filter.actionPrefix = action;
        QList<LogEntry> result;
        for (const LogEntry &entry : valueOf(office.vault->log().entries(filter), "log entries")) {
            if (entry.target == filter.targetContains) {
                result << entry;
            }
        }
        return result;
    }
};

} // namespace Brankas::Testing
