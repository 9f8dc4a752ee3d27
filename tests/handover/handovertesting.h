// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An office with a term and three accounts (two requested ones in Momunu, one active in Lakea), for
// the handover and report suites.
#include "../register/registertesting.h"

#include <core/handover/handovers.h>
#include <core/register/officesettings.h>

namespace Brankas::Testing {

inline const QString Momunu = QStringLiteral("72.05.01");
inline const QString Lakea = QStringLiteral("72.05.02");

struct HandoverOffice : Office
{
    Term term;
    Account instagram; // term-bound
    Account facebook;  // permanent
    Account other;     // another kecamatan

    // With a server address (a TestServer's), the office's vault lives on the server instead.
    explicit HandoverOffice(const QString &vaultAddress = {})
        : Office(QStringLiteral("72.05"), vaultAddress)
    {
        term = addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2024, 12, 31));
        OfficeDetails office = valueOf(OfficeSettings(*vault).get(), "office");
        office.headName = QStringLiteral("Dra. Hj. Nurhayati");
        office.headTitle = QStringLiteral("Ketua Bawaslu Kabupaten Buol");
        office.city = QStringLiteral("Buol");
        office.address = QStringLiteral("Jl. Syarif Mansyur No. 12, Buol, Sulawesi Tengah 94564");
        office.phone = QStringLiteral("(0445) 211234");
        office.email = QStringLiteral("set.buol@bawaslu.go.id");
        office.website = QStringLiteral("buol.bawaslu.go.id");
        require(OfficeSettings(*vault).set(siti, office), "office");
        NewAccount spec = newAccount(Momunu, Platform::Instagram, QStringLiteral("@panwaslu.momunu"));
        spec.status = AccountStatus::Requested;
        spec.email = QStringLiteral("panwaslu.momunu@gmail.com");
        instagram = addAccount(spec, "old password 1");
        spec = newAccount(Momunu, Platform::Facebook, QStringLiteral("panwaslumomunu"));
        spec.status = AccountStatus::Requested;
        spec.nature = AccountNature::Permanent;
        spec.email.clear();
        spec.phone = QStringLiteral("0812-4455-6677");
        facebook = addAccount(spec, "old password 2");
        other = addAccount(newAccount(Lakea, Platform::X, QStringLiteral("PanwasLakea")));
    }

    NewHandover spec(HandoverKind kind, QList<qint64> accounts = {})
    {
        NewHandover h;
        h.kecamatanCode = Momunu;
        h.kind = kind;
        h.date = QDate(2024, 2, 14);
        h.from = {QStringLiteral("Siti Rahma"), QStringLiteral("Staf Humas"), QStringLiteral("Bawaslu Kabupaten Buol")};
        h.to = {QStringLiteral("Andi Saputra"), QStringLiteral("Ketua Panwaslu Kecamatan Momunu"),
                QStringLiteral("Panwaslu Kecamatan Momunu")};
        if (kind == HandoverKind::Return) {
            std::swap(h.from, h.to);
        }
        h.accountIds = accounts;
        return h;
    }

    Handover finalizedActivation()
    {
        auto created = valueOf(Handovers(*vault).create(budi, spec(HandoverKind::Activation)), "create");
        return valueOf(Handovers(*vault).finalize(budi, created.id), "finalize");
    }

    static HandoverItem itemFor(const Handover &handover, const Account &account)
    {
        for (const HandoverItem &item : handover.items) {
            if (item.accountId == account.id) {
                return item;
            }
        }
        qFatal("account not in the handover");
    }

    AccountStatus statusOf(const Account &account) { return valueOf(Accounts(*vault).find(account.id), "find").status; }
};
} // namespace Brankas::Testing
