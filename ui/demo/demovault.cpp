// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovault.h"

#include "demoevaluation.h"

#include <core/domain/passwordgenerator.h>
#include <core/domain/referencedata.h>
#include <core/handover/handovers.h>
#include <core/register/accounts.h>
#include <core/register/kecamatanregister.h>
#include <core/register/officesettings.h>
#include <core/register/secrets.h>
#include <core/register/terms.h>

#include <QTimeZone>

namespace Brankas::Demo {

namespace {

struct Plan
{
    Platform platform;
    const char *handleSuffix;
};

// What every committee had; X and YouTube only where the committee was active enough to want them.
constexpr Plan Platforms[] = {{Platform::Instagram, ""}, {Platform::Facebook, ""}, {Platform::TikTok, ""}};

QString slug(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            result.append(c);
        }
    }
    return result;
}

#define DEMO_TRY(expression)                                                                                           \
    if (auto result_ = (expression); !result_) {                                                                       \
        return result_.error();                                                                                        \
    }

NewHandover handoverSpec(const KecamatanRecord &kecamatan, HandoverKind kind, const QDate &date,
                         const QList<qint64> &accounts)
{
    const HandoverParty office{QStringLiteral("Nurhayati"), QStringLiteral("Staf Humas"),
                               QStringLiteral("Bawaslu Kabupaten Buol")};
    const HandoverParty committee{QStringLiteral("Rahmat Hidayat"),
                                  QStringLiteral("Ketua Panwaslu Kecamatan %1").arg(kecamatan.name),
                                  QStringLiteral("Panwaslu Kecamatan %1").arg(kecamatan.name)};
    NewHandover spec;
    spec.kecamatanCode = kecamatan.code;
    spec.kind = kind;
    spec.date = date;
    spec.from = kind == HandoverKind::Return ? committee : office;
    spec.to = kind == HandoverKind::Return ? office : committee;
    spec.accountIds = accounts;
    return spec;
}

} // namespace

QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone::utc());
}

Result<std::unique_ptr<Vault>> createDemoVault(const QString &path, VaultEnvironment environment, FixedClock &clock)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        return reference.error();
    }
    clock.set(QDateTime(QDate(2024, 6, 24), QTime(8, 15), QTimeZone::utc()));
    auto created =
        Vault::create(path, NewVault{QStringLiteral("72.05"), AdminName, AdminPassphrase, RecoveryPassphrase},
                      reference.value(), environment);
    if (!created) {
        return created.error();
    }
    std::unique_ptr<Vault> vault = std::move(created.value().vault);
    auto signedIn = vault->signIn(AdminName, AdminPassphrase);
    if (!signedIn) {
        return signedIn.error();
    }
    const Session admin = signedIn.value();

    OfficeDetails office;
    office.name = QStringLiteral("Bawaslu Kabupaten Buol");
    office.address = QStringLiteral("Jl. Syarif Mansyur No. 21, Kelurahan Leok II, Kecamatan Biau, Buol 94564");
    office.phone = QStringLiteral("0445-211234");
    office.email = QStringLiteral("buol@bawaslu.go.id");
    office.website = QStringLiteral("buol.bawaslu.go.id");
    office.headName = QStringLiteral("Moh. Arifin Lamasido, S.H.");
    office.headTitle = QStringLiteral("Ketua Bawaslu Kabupaten Buol");
    office.officerTitle = QStringLiteral("Staf Humas");
    office.city = QStringLiteral("Buol");
    office.handoverNumberTemplate = QStringLiteral("{seq}/BA/HM.02/{regency}/{month-roman}/{year}");
    office.emailDomains = {QStringLiteral("bawaslu.go.id")};
    office.phoneNumbers = {QStringLiteral("6281355501234")};
    DEMO_TRY(OfficeSettings(*vault).set(admin, office));

    DEMO_TRY(vault->officers().add(admin, QStringLiteral("Andi Pratama"), Role::Operator,
                                   QByteArrayLiteral("demo operator passphrase")));
    DEMO_TRY(vault->officers().add(admin, QStringLiteral("Sri Wahyuni"), Role::Viewer,
                                   QByteArrayLiteral("demo viewer passphrase")));

    Terms terms(*vault);
    auto pilkada = terms.add(admin, QStringLiteral("Pemilihan 2024"), QDate(2024, 6, 20), QDate(2025, 3, 31));
    if (!pilkada) {
        return pilkada.error();
    }
    DEMO_TRY(terms.extend(admin, pilkada->id, QDate(2025, 4, 30),
                          QStringLiteral("Keputusan Bawaslu Nomor 12 Tahun 2025 (pemungutan suara ulang)")));

    auto kecamatan = KecamatanRegister(*vault).list(false);
    if (!kecamatan) {
        return kecamatan.error();
    }
    Accounts accounts(*vault);
    Secrets secrets(*vault);
    QList<qint64> created2024;
    int index = 0;
    for (const KecamatanRecord &record : kecamatan.value()) {
        const QString base = QStringLiteral("panwascam.") + slug(record.name);
        for (const Plan &plan : Platforms) {
            clock.advance(17 * 60 * 1000);
            NewAccount spec;
            spec.kecamatanCode = record.code;
            spec.platform = plan.platform;
            spec.handle =
                plan.platform == Platform::Facebook ? QStringLiteral("panwaslukec") + slug(record.name) : base;
            spec.displayName = QStringLiteral("Panwaslu Kecamatan %1").arg(record.name);
            // Two committees registered with a personal address, as happens; the health check finds them.
            spec.email = (index % 5 == 3) ? QStringLiteral("panwas%1@gmail.com").arg(slug(record.name))
                                          : QStringLiteral("panwascam.%1@bawaslu.go.id").arg(slug(record.name));
            spec.phone = QStringLiteral("0813555%1").arg(10000 + index * 7, 5, 10, QLatin1Char('0'));
            spec.twoFactor = plan.platform == Platform::TikTok ? TwoFactorMethod::None : TwoFactorMethod::Sms;
            spec.termId = pilkada->id;
            spec.holder = QStringLiteral("Sekretariat Panwaslu Kecamatan %1").arg(record.name);
            auto password = generatePassword(PasswordPolicy{});
            if (!password) {
                return password.error();
            }
            // One TikTok account never got its password recorded: a finding on the dashboard.
            const bool withPassword = !(plan.platform == Platform::TikTok && index == 4);
            auto account = accounts.add(admin, spec, withPassword ? &password.value() : nullptr);
            if (!account) {
                return account.error();
            }
            created2024.append(account->id);
        }
        ++index;
    }

    // The term ended: most accounts came back to the office, one was closed, one is suspended. The
    // first kecamatan gave its accounts back with a signed berita acara.
    clock.set(QDateTime(QDate(2025, 5, 5), QTime(9, 0), QTimeZone::utc()));
    Handovers handovers(*vault);
    const KecamatanRecord &first = kecamatan->first();
    auto returned =
        handovers.create(admin, handoverSpec(first, HandoverKind::Return, QDate(2025, 5, 5), created2024.mid(0, 3)));
    if (!returned) {
        return returned.error();
    }
    for (int i = 0; i < 3; ++i) {
        DEMO_TRY(handovers.rotatePassword(admin, returned->id, created2024[i]));
    }
    DEMO_TRY(handovers.finalize(admin, returned->id));
    for (int i = 3; i < created2024.size(); ++i) {
        clock.advance(9 * 60 * 1000);
        const qint64 id = created2024[i];
        if (i == 7) {
            DEMO_TRY(accounts.changeStatus(admin, id, AccountStatus::Suspended,
                                           QStringLiteral("Dibatasi platform; banding sedang diajukan")));
        } else if (i == 11) {
            DEMO_TRY(accounts.changeStatus(admin, id, AccountStatus::Deactivated,
                                           QStringLiteral("Masa tugas berakhir; akun tidak diteruskan")));
        } else {
            DEMO_TRY(accounts.changeStatus(admin, id, AccountStatus::Deactivated,
                                           QStringLiteral("Masa tugas berakhir; diserahkan kembali ke kantor")));
        }
    }

    // A new term for a re-run election, ending soon: the dashboard lists it.
    clock.set(QDateTime(QDate(2026, 5, 4), QTime(8, 0), QTimeZone::utc()));
    auto rerun = terms.add(admin, QStringLiteral("Pemilihan Lanjutan 2026"), QDate(2026, 5, 4), QDate(2026, 12, 31));
    if (!rerun) {
        return rerun.error();
    }
    // The first kecamatan's committee received its Instagram and Facebook with a berita acara.
    auto activated = handovers.create(
        admin, handoverSpec(first, HandoverKind::Activation, QDate(2026, 5, 4), created2024.mid(0, 2)));
    if (!activated) {
        return activated.error();
    }
    DEMO_TRY(handovers.finalize(admin, activated->id));
    for (int i = 2; i < created2024.size(); ++i) {
        if (i % 3 == 2 || i == 7 || i == 11) {
            continue; // TikTok accounts stay with the office this time; 7 and 11 as above
        }
        clock.advance(11 * 60 * 1000);
        DEMO_TRY(accounts.changeStatus(admin, created2024[i], AccountStatus::Active,
                                       QStringLiteral("Diaktifkan kembali untuk Pemilihan Lanjutan 2026")));
        auto fresh = generatePassword(PasswordPolicy{});
        if (!fresh) {
            return fresh.error();
        }
        DEMO_TRY(secrets.set(admin, created2024[i], SecretKind::Password, fresh.value(),
                             QStringLiteral("Diganti saat serah terima")));
    }
    // A committee that asked for an X account; it is still being created.
    clock.advance(3 * 24 * 3600 * 1000LL);
    NewAccount requested;
    requested.kecamatanCode = kecamatan->first().code;
    requested.platform = Platform::X;
    requested.handle = QStringLiteral("panwas_") + slug(kecamatan->first().name);
    requested.displayName = QStringLiteral("Panwaslu Kec. %1").arg(kecamatan->first().name);
    requested.email = QStringLiteral("panwascam.%1@bawaslu.go.id").arg(slug(kecamatan->first().name));
    requested.termId = rerun->id;
    requested.status = AccountStatus::Requested;
    DEMO_TRY(accounts.add(admin, requested));

    // The return at the end of this term is being prepared for the second kecamatan.
    clock.set(demoNow().addSecs(-3600));
    DEMO_TRY(handovers.create(admin, handoverSpec(kecamatan->at(1), HandoverKind::Return, QDate(2026, 12, 31),
                                                  {created2024[3], created2024[4]})));

    clock.set(demoNow());
    DEMO_TRY(addDemoEvaluation(*vault, admin));
    return vault;
}

} // namespace Brankas::Demo
