// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/evaluationnote.h"
#include "../domain/platform.h"
#include "../result.h"
#include "registeryear.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <array>
#include <optional>

namespace Brankas {

class Vault;

// Twelve months of one figure; a month nobody reported is none.
using MonthRow = std::array<std::optional<qint64>, 12>;
// Twelve months of a yes or no.
using MonthFlags = std::array<bool, 12>;

// One account's year, as the table of its kecamatan shows it.
struct AccountYear
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString platformName; // shown: the platform's name, or the one given for "other"
    QString handle;
    bool activeAtYearEnd = false;
    std::optional<qint64> followersAtEnd; // the last month of the year that has a follower figure
    std::optional<qint64> posts;          // sums of the months that have them
    std::optional<qint64> reach;
    std::optional<qint64> engagement;
    int monthsReported = 0;
};

struct KecamatanYear
{
    QString code;
    QString name;
    QList<AccountYear> accounts;
    QList<EvaluationNote> achievements;
};

// Everything the evaluation of one year shows: gathered once, drawn by the report and the
// Evaluasi page alike.
struct EvaluationYear
{
    int year = 0;
    int kecamatanInUse = 0;
    QMap<Platform, int> coverage; // kecamatan with at least one account active at the year's end
    RegisterYear changes;
    int criticalFindings = 0; // open at the year's end (or today, for the current year)
    // Per platform and month, the sum over the accounts that reported a figure that month.
    QMap<Platform, MonthRow> followers;
    QMap<Platform, MonthRow> posts;
    // The months whose sum above misses an account that reported that figure both before and after
    // it in the year: its total dips because a report is missing, not because the accounts lost
    // followers or posted less. Only months that have a sum at all (nobody reporting is a gap).
    QMap<Platform, MonthFlags> partialFollowers;
    QMap<Platform, MonthFlags> partialPosts;
    QList<KecamatanYear> kecamatan;  // by code, those with an account or a note
    QList<EvaluationNote> obstacles; // by category, then kecamatan
};

// Reads one year from the vault. `today` bounds the health check for the current year. With an
// area code (a province "72" or regency "72.05"), only its kecamatan, their accounts and notes.
Result<EvaluationYear> gatherEvaluationYear(Vault &vault, int year, const QDate &today, const QString &areaCode = {});

} // namespace Brankas
