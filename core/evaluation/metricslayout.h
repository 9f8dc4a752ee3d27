// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/platform.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Brankas {

// How a sheet of figures is laid out, recognised from its header row.
enum class MetricsLayoutKind {
    Brankas,         // one row per account and month, the way `metrics list` and the page show them
    MetaContent,     // Meta Business Suite, content export: one row per post (Facebook, Instagram)
    XPosts,          // X analytics, one row per post
    XOverview,       // X analytics, account overview: one row per day
    TikTokOverview,  // TikTok Studio, overview: one row per day
    TikTokFollowers, // TikTok Studio, follower history: one row per day
    YouTubeDaily,    // YouTube Studio, advanced mode table by date: one row per day
};

// Where each figure comes from in a recognised sheet: column indexes (-1: the sheet has none).
struct MetricsLayout
{
    MetricsLayoutKind kind = MetricsLayoutKind::Brankas;
    int account = -1;      // Brankas layout only
    int date = -1;         // the month (Brankas layout), the day or the post's time
    int followers = -1;    // a running total: the month's last day counts
    int posts = -1;        // summed; in a per-post layout every row is one post
    QList<int> reach;      // summed; the first of the columns the sheet has
    QList<int> engagement; // summed: every column listed adds (likes, comments, shares)
    QStringList ignored;   // headers not used, as written

    bool perPost() const { return kind == MetricsLayoutKind::MetaContent || kind == MetricsLayoutKind::XPosts; }
    bool perAccountRow() const { return kind == MetricsLayoutKind::Brankas; }
};

// The layout of the header row, or none when no known layout fits.
std::optional<MetricsLayout> recogniseMetricsLayout(const QStringList &headers);

// "brankas", "meta-content", "x-posts", ...: what the log records.
QString metricsLayoutId(MetricsLayoutKind kind);
// The platform export's name, as the preview says it ("Meta Business Suite").
QString metricsLayoutName(MetricsLayoutKind kind);
// The platforms a layout's figures can belong to; empty for the Brankas layout (any).
QList<Platform> metricsLayoutPlatforms(MetricsLayoutKind kind);

// The day a platform's export writes in the forms those exports use: 2024-03-01, 2024-03-01
// 10:00 +0000, 03/01/2024 (Meta writes the month first), Mar 1, 2024, Fri, Mar 01, 2024,
// 1 March 2024, 1 Maret 2024.
QDate parseExportDate(const QString &text);

// A figure as an export writes it: "1,234", "1.234", "1 234" or "1234"; none for an empty cell
// or "-"; an invalid cell sets `ok` false.
std::optional<qint64> parseFigure(const QString &text, bool &ok);

} // namespace Brankas
