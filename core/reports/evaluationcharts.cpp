// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationcharts.h"

#include "numberwords.h"
#include "reporttext.h"

#include <algorithm>

namespace Brankas {

namespace {
QStringList monthLabels(Language language)
{
    QStringList labels;
    for (int month = 1; month <= 12; ++month) {
        labels << monthName(month, language).left(3);
    }
    return labels;
}

QString platformLabel(Platform platform, Language language)
{
    return platform == Platform::Other ? say(language, "Lainnya", "Other") : platformDisplayName(platform);
}

// The months whose sum misses a report are named under the chart, with what that means: an asterisk
// on the axis would not fit a month's three letters on a narrow chart.
ReportChart monthlyChart(const QMap<Platform, MonthRow> &rows, const QMap<Platform, MonthFlags> &partial,
                         const char *indonesianNote, const char *englishNote, Language language)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.categories = monthLabels(language);
    chart.categoryTitle = say(language, "Bulan", "Month");
    QStringList months;
    for (size_t month = 0; month < 12; ++month) {
        if (std::any_of(partial.begin(), partial.end(), [month](const MonthFlags &flags) { return flags[month]; })) {
            months << monthName(int(month) + 1, language);
        }
    }
    if (!months.isEmpty()) {
        chart.note = say(language, indonesianNote, englishNote).arg(months.join(QStringLiteral(", ")));
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        ChartSeries series;
        series.name = platformLabel(it.key(), language);
        for (const std::optional<qint64> &value : it.value()) {
            series.values << (value ? std::optional<double>(double(*value)) : std::nullopt);
        }
        chart.series << series;
    }
    return chart;
}
} // namespace

QList<ReportChart> evaluationCharts(const EvaluationYear &year, Language language)
{
    ReportChart followers = monthlyChart(year.followers, year.partialFollowers,
                                         "Tidak semua akun melaporkan jumlah pengikut pada %1: jumlahnya hanya dari "
                                         "akun yang melapor, sehingga garisnya turun di bulan itu.",
                                         "Not every account reported its followers in %1: the sum counts only those "
                                         "that did, so the line dips there.",
                                         language);
    followers.title = say(language, "Pengikut per platform, akhir bulan", "Followers per platform, at month end");
    followers.valueTitle = say(language, "Pengikut", "Followers");

    ReportChart posts = monthlyChart(year.posts, year.partialPosts,
                                     "Tidak semua akun melaporkan jumlah postingan pada %1: jumlahnya hanya dari "
                                     "akun yang melapor.",
                                     "Not every account reported its posts in %1: the sum counts only those that "
                                     "did.",
                                     language);
    posts.title = say(language, "Postingan per bulan", "Posts per month");
    posts.valueTitle = say(language, "Postingan", "Posts");

    ReportChart coverage;
    coverage.kind = ReportChart::Kind::Bars;
    coverage.title = say(language, "Kecamatan dengan akun aktif per platform",
                         "Kecamatan with an active account "
                         "per platform");
    coverage.categoryTitle = say(language, "Platform", "Platform");
    coverage.valueTitle = say(language, "Kecamatan", "Kecamatan");
    ChartSeries covered{say(language, "Dengan akun aktif", "With an active account"), {}};
    ChartSeries inUse{say(language, "Seluruh kecamatan", "All kecamatan"), {}};
    for (Platform platform : allPlatforms()) {
        if (!year.coverage.contains(platform) && !year.followers.contains(platform) && !year.posts.contains(platform)) {
            continue;
        }
        coverage.categories << platformLabel(platform, language);
        // Zero here is a real count (no kecamatan has one), not a missing figure.
        covered.values << double(year.coverage.value(platform));
        inUse.values << double(year.kecamatanInUse);
    }
    coverage.series << covered << inUse;
    coverage.heightMm = 55;
    return {followers, posts, coverage};
}

QString reportObstacleCategory(ObstacleCategory category, Language language)
{
    switch (category) {
    case ObstacleCategory::NoDevice:
        return say(language, "Tidak ada perangkat atau kuota data", "No device or data plan");
    case ObstacleCategory::OfficerChanged:
        return say(language, "Pergantian petugas", "Officer changed");
    case ObstacleCategory::AccountLocked:
        return say(language, "Akun terkunci atau diretas", "Account locked or hacked");
    case ObstacleCategory::PlatformRestriction:
        return say(language, "Pembatasan oleh platform", "Platform restriction");
    case ObstacleCategory::Other:
        return say(language, "Lainnya", "Other");
    }
    return {};
}

} // namespace Brankas
