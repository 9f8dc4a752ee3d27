// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevaluation.h"

#include <core/evaluation/evaluationnotes.h>
#include <core/evaluation/metrics.h>
#include <core/register/accounts.h>
#include <core/vault/vault.h>

#include <QJsonObject>

namespace Brankas::Demo {

Status addDemoEvaluation(Vault &vault, const Session &admin)
{
    auto accounts = Accounts(vault).list({});
    if (!accounts) {
        return accounts.error();
    }
    const int year = vault.clock().nowUtc().date().year();
    QList<MonthlyFigures> months;
    int index = 0;
    for (const Account &account : accounts.value()) {
        if (account.status != AccountStatus::Active) {
            continue;
        }
        qint64 followers = 180 + 97 * index;
        for (int month = 1; month <= 10; ++month) {
            MonthlyFigures figures;
            figures.accountId = account.id;
            figures.month = QDate(year, month, 1);
            followers += 11 + (index * 7 + month * 5) % 40;
            // The TikTok officer changed in June and July: nobody counted those months.
            const bool counted = !(index % 4 == 2 && (month == 6 || month == 7));
            if (counted) {
                figures.followers = followers;
                figures.posts = 4 + (index * 3 + month) % 14;
                figures.reach = followers * (2 + month % 3);
                figures.engagement = 20 + (index * 13 + month * 17) % 160;
            }
            if (!figures.isEmpty()) {
                months.append(figures);
            }
        }
        ++index;
    }
    const LogEvent event{QStringLiteral("metrics.imported"), QStringLiteral("metrics"),
                         QJsonObject{{QStringLiteral("file"), QStringLiteral("rekap-statistik-%1.xlsx").arg(year)},
                                     {QStringLiteral("months"), qint64(months.size())}}};
    if (Status put = Metrics(vault).putMany(admin, months, event); !put) {
        return put;
    }
    if (accounts.value().isEmpty()) {
        return {};
    }
    EvaluationNotes notes(vault);
    const QString first = accounts.value().first().kecamatanCode;
    const QString last = accounts.value().last().kecamatanCode;
    struct Note
    {
        QString kecamatan;
        NoteKind kind;
        std::optional<ObstacleCategory> category;
        QString text;
    };
    const QList<Note> written{
        {first, NoteKind::Achievement, std::nullopt,
         QStringLiteral("Konten sosialisasi pengawasan partisipatif rutin tiap pekan; pengikut Instagram naik dua "
                        "kali lipat.")},
        {first, NoteKind::Obstacle, ObstacleCategory::NoDevice,
         QStringLiteral("Kuota data petugas habis pada bulan Juni, unggahan tertunda dua pekan.")},
        {last, NoteKind::Obstacle, ObstacleCategory::OfficerChanged,
         QStringLiteral("Pergantian petugas TikTok; statistik Juni dan Juli tidak tercatat.")},
        {last, NoteKind::Achievement, std::nullopt,
         QStringLiteral("Siaran langsung debat kandidat ditonton lebih dari 2.000 warga.")},
    };
    for (const Note &note : written) {
        if (auto added = notes.add(admin, note.kecamatan, year, note.kind, note.category, note.text); !added) {
            return added.error();
        }
    }
    return {};
}

} // namespace Brankas::Demo
