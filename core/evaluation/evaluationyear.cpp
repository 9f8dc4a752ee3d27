// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationyear.h"

#include "../domain/accountstatus.h"
#include "../register/accounts.h"
#include "../register/healthcheck.h"
#include "../register/kecamatanregister.h"
#include "../storage/evaluationstore.h"
#include "../storage/metricstore.h"
#include "../vault/vault.h"
#include "evaluationnotes.h"
#include "metrics.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace Brankas {

namespace {
void addTo(std::optional<qint64> &total, const std::optional<qint64> &value)
{
    if (value) {
        total = total.value_or(0) + *value;
    }
}

// Marks the months between an account's first and last report of a figure that it left empty.
void markGaps(MonthFlags &partial, const std::array<bool, 12> &reported)
{
    const auto first = std::find(reported.begin(), reported.end(), true);
    const auto last = std::find(reported.rbegin(), reported.rend(), true);
    if (first == reported.end()) {
        return;
    }
    for (auto month = size_t(first - reported.begin()); month < size_t(reported.rend() - last); ++month) {
        partial[month] = partial[month] || !reported[month];
    }
}

// A month nobody reported is a gap in the line, not a partial sum.
void keepOnlyMonthsWithSums(QMap<Platform, MonthFlags> &partial, const QMap<Platform, MonthRow> &sums)
{
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        const MonthRow &row = sums.value(it.key());
        for (size_t month = 0; month < 12; ++month) {
            it.value()[month] = it.value()[month] && row[month].has_value();
        }
    }
}
} // namespace

Result<EvaluationYear> gatherEvaluationYear(Vault &vault, int year, const QDate &today, const QString &areaCode)
{
    const auto inArea = [&areaCode](const QString &kecamatanCode) {
        return areaCode.isEmpty() || kecamatanCode.startsWith(areaCode + QLatin1Char('.'));
    };
    EvaluationYear result;
    result.year = year;
    auto accounts = Accounts(vault).list({});
    if (!accounts) {
        return accounts.error();
    }
    auto kecamatan = KecamatanRegister(vault).list(true);
    if (!kecamatan) {
        return kecamatan.error();
    }
    Storage::EvaluationStore store(vault.database());
    auto statuses = store.statusesAtEndOf(year);
    if (!statuses) {
        return statuses.error();
    }
    auto changes = store.registerYear(year, areaCode);
    if (!changes) {
        return changes.error();
    }
    result.changes = changes.value();
    auto figures = Metrics(vault).list({.year = year, .areaCode = areaCode});
    if (!figures) {
        return figures.error();
    }
    auto notes = EvaluationNotes(vault).list(year);
    if (!notes) {
        return notes.error();
    }
    const QDate yearEnd(year, 12, 31);
    const QDate healthDay = today < yearEnd ? today : yearEnd;
    auto findings = HealthCheck(vault).run(healthDay);
    if (!findings) {
        return findings.error();
    }

    // The figures come ordered by account, then month.
    QHash<qint64, QList<const MonthlyFigures *>> monthsOf;
    for (const MonthlyFigures &month : figures.value()) {
        monthsOf[month.accountId].append(&month);
    }
    std::map<QString, KecamatanYear> byCode;
    for (const KecamatanRecord &record : kecamatan.value()) {
        if (!inArea(record.code)) {
            continue;
        }
        const bool inUse = !record.retired() || record.retiredAt.date() > yearEnd;
        result.kecamatanInUse += inUse ? 1 : 0;
    }
    QMap<Platform, QSet<QString>> covered;
    QSet<qint64> areaAccounts;
    for (const Account &account : accounts.value()) {
        if (!inArea(account.kecamatanCode)) {
            continue;
        }
        areaAccounts.insert(account.id);
        const QString status = statuses.value().value(account.id);
        if (status.isEmpty() && !monthsOf.contains(account.id)) {
            continue; // recorded after the year, with nothing to say about it
        }
        AccountYear row;
        row.id = account.id;
        row.platform = account.platform;
        row.platformName =
            account.platform == Platform::Other ? account.platformName : platformDisplayName(account.platform);
        row.handle = account.handle;
        row.activeAtYearEnd = status == statusId(AccountStatus::Active);
        if (row.activeAtYearEnd) {
            covered[account.platform].insert(account.kecamatanCode);
        }
        std::array<bool, 12> reportedFollowers{};
        std::array<bool, 12> reportedPosts{};
        for (const MonthlyFigures *month : monthsOf.value(account.id)) {
            const int index = month->month.month() - 1;
            reportedFollowers[size_t(index)] = month->followers.has_value();
            reportedPosts[size_t(index)] = month->posts.has_value();
            if (month->followers) {
                row.followersAtEnd = month->followers;
                addTo(result.followers[account.platform][size_t(index)], month->followers);
            }
            addTo(row.posts, month->posts);
            addTo(row.reach, month->reach);
            addTo(row.engagement, month->engagement);
            addTo(result.posts[account.platform][size_t(index)], month->posts);
            row.monthsReported += month->isEmpty() ? 0 : 1;
        }
        markGaps(result.partialFollowers[account.platform], reportedFollowers);
        markGaps(result.partialPosts[account.platform], reportedPosts);
        KecamatanYear &entry = byCode[account.kecamatanCode];
        entry.code = account.kecamatanCode;
        entry.name = account.kecamatanName;
        entry.accounts.append(row);
    }
    for (const Finding &finding : findings.value()) {
        if (finding.severity == Finding::Severity::Critical &&
            (areaCode.isEmpty() || areaAccounts.contains(finding.accountId))) {
            ++result.criticalFindings;
        }
    }
    keepOnlyMonthsWithSums(result.partialFollowers, result.followers);
    keepOnlyMonthsWithSums(result.partialPosts, result.posts);
    for (auto it = covered.begin(); it != covered.end(); ++it) {
        result.coverage.insert(it.key(), int(it.value().size()));
    }
    for (const EvaluationNote &note : notes.value()) {
        if (!inArea(note.kecamatanCode)) {
            continue;
        }
        if (note.kind == NoteKind::Obstacle) {
            result.obstacles.append(note);
            continue;
        }
        KecamatanYear &entry = byCode[note.kecamatanCode];
        entry.code = note.kecamatanCode;
        entry.name = note.kecamatanName;
        entry.achievements.append(note);
    }
    std::stable_sort(result.obstacles.begin(), result.obstacles.end(),
                     [](const EvaluationNote &a, const EvaluationNote &b) { return a.category < b.category; });
    for (auto &[code, entry] : byCode) {
        result.kecamatan.append(std::move(entry));
    }
    return result;
}

} // namespace Brankas
