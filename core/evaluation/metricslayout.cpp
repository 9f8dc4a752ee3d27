// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricslayout.h"

#include "../import/importcolumns.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Brankas {

namespace {
// Header keys (headerKey(): lower case, letters and digits only) of each figure, Indonesian and
// English, in the order a column is preferred.
const QStringList AccountKeys{QStringLiteral("idakun"), QStringLiteral("accountid"), QStringLiteral("akun"),
                              QStringLiteral("account"), QStringLiteral("id")};
const QStringList MonthKeys{QStringLiteral("bulan"), QStringLiteral("month")};
const QStringList FollowerKeys{QStringLiteral("pengikut"), QStringLiteral("followers"),
                               QStringLiteral("jumlahpengikut"), QStringLiteral("subscribers")};
const QStringList PostKeys{QStringLiteral("postingan"), QStringLiteral("posts"), QStringLiteral("unggahan"),
                           QStringLiteral("jumlahpostingan")};
const QStringList ReachKeys{QStringLiteral("jangkauan"), QStringLiteral("reach"), QStringLiteral("impressions"),
                            QStringLiteral("tayangan")};
const QStringList EngagementKeys{QStringLiteral("interaksi"), QStringLiteral("engagement"),
                                 QStringLiteral("keterlibatan")};

struct Columns
{
    QHash<QString, int> byKey;

    int find(const QStringList &keys) const
    {
        for (const QString &key : keys) {
            if (byKey.contains(key)) {
                return byKey.value(key);
            }
        }
        return -1;
    }
    bool has(std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys) {
            if (!byKey.contains(QLatin1String(key))) {
                return false;
            }
        }
        return true;
    }
    QList<int> all(std::initializer_list<const char *> keys) const
    {
        QList<int> found;
        for (const char *key : keys) {
            if (byKey.contains(QLatin1String(key))) {
                found << byKey.value(QLatin1String(key));
            }
        }
        return found;
    }
    QList<int> first(std::initializer_list<const char *> keys) const
    {
        const QList<int> found = all(keys);
        return found.isEmpty() ? found : QList<int>{found.first()};
    }
};

const QStringList MonthNames{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                             QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                             QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                             QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
// Indonesian abbreviations where they differ from English ones.
const QHash<QString, int> IndonesianMonths{{QStringLiteral("mei"), 5},
                                           {QStringLiteral("agu"), 8},
                                           {QStringLiteral("agt"), 8},
                                           {QStringLiteral("okt"), 10},
                                           {QStringLiteral("des"), 12}};

int monthFromName(const QString &name)
{
    const QString key = name.left(3).toLower();
    const int english = int(MonthNames.indexOf(key));
    if (english >= 0) {
        return english + 1;
    }
    return IndonesianMonths.value(key, 0);
}
} // namespace

std::optional<MetricsLayout> recogniseMetricsLayout(const QStringList &headers)
{
    Columns columns;
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = headerKey(headers[i]);
        if (!key.isEmpty() && !columns.byKey.contains(key)) {
            columns.byKey.insert(key, i);
        }
    }
    MetricsLayout layout;
    if (columns.has({"publishtime", "permalink"})) {
        layout.kind = MetricsLayoutKind::MetaContent;
        layout.date = columns.byKey.value(QStringLiteral("publishtime"));
        layout.reach = columns.first({"reach", "impressions", "views"});
        layout.engagement = columns.first({"reactionscommentsandshares"});
        if (layout.engagement.isEmpty()) {
            layout.engagement = columns.all({"reactions", "likes", "comments", "shares"});
        }
    } else if (columns.has({"tweetpermalink", "impressions"})) {
        layout.kind = MetricsLayoutKind::XPosts;
        layout.date = columns.find({QStringLiteral("time")});
        layout.reach = columns.first({"impressions"});
        layout.engagement = columns.first({"engagements"});
    } else if (columns.has({"date", "newfollows", "createpost"})) {
        layout.kind = MetricsLayoutKind::XOverview;
        layout.date = columns.byKey.value(QStringLiteral("date"));
        layout.posts = columns.byKey.value(QStringLiteral("createpost"));
        layout.reach = columns.first({"impressions"});
        layout.engagement = columns.first({"engagements"});
    } else if (columns.has({"date", "videoviews", "profileviews"})) {
        layout.kind = MetricsLayoutKind::TikTokOverview;
        layout.date = columns.byKey.value(QStringLiteral("date"));
        layout.reach = columns.first({"videoviews"});
        layout.engagement = columns.all({"likes", "comments", "shares"});
    } else if (columns.has({"date", "followers", "differenceinfollowersfrompreviousday"})) {
        layout.kind = MetricsLayoutKind::TikTokFollowers;
        layout.date = columns.byKey.value(QStringLiteral("date"));
        layout.followers = columns.byKey.value(QStringLiteral("followers"));
    } else if (columns.has({"date", "watchtimehours"})) {
        // Subscribers in this table are gained minus lost per day, not a total: left unknown.
        layout.kind = MetricsLayoutKind::YouTubeDaily;
        layout.date = columns.byKey.value(QStringLiteral("date"));
        layout.reach = columns.first({"impressions", "views"});
    } else {
        layout.kind = MetricsLayoutKind::Brankas;
        layout.account = columns.find(AccountKeys);
        layout.date = columns.find(MonthKeys);
        layout.followers = columns.find(FollowerKeys);
        layout.posts = columns.find(PostKeys);
        const int reach = columns.find(ReachKeys);
        const int engagement = columns.find(EngagementKeys);
        if (reach >= 0) {
            layout.reach << reach;
        }
        if (engagement >= 0) {
            layout.engagement << engagement;
        }
        if (layout.date < 0 ||
            (layout.followers < 0 && layout.posts < 0 && layout.reach.isEmpty() && layout.engagement.isEmpty())) {
            return std::nullopt;
        }
    }
    if (layout.date < 0) {
        return std::nullopt;
    }
    QList<int> used{layout.account, layout.date, layout.followers, layout.posts};
    used << layout.reach << layout.engagement;
    for (int i = 0; i < headers.size(); ++i) {
        if (!used.contains(i) && !headerKey(headers[i]).isEmpty()) {
            layout.ignored << headers[i].simplified();
        }
    }
    return layout;
}

QString metricsLayoutId(MetricsLayoutKind kind)
{
    static const char *const Ids[] = {"brankas",         "meta-content",     "x-posts",      "x-overview",
                                      "tiktok-overview", "tiktok-followers", "youtube-daily"};
    return QString::fromLatin1(Ids[int(kind)]);
}

QString metricsLayoutName(MetricsLayoutKind kind)
{
    switch (kind) {
    case MetricsLayoutKind::Brankas:
        return QCoreApplication::translate("Brankas::Evaluation", "Brankas monthly figures");
    case MetricsLayoutKind::MetaContent:
        return QCoreApplication::translate("Brankas::Evaluation", "Meta Business Suite, content");
    case MetricsLayoutKind::XPosts:
        return QCoreApplication::translate("Brankas::Evaluation", "X analytics, posts");
    case MetricsLayoutKind::XOverview:
        return QCoreApplication::translate("Brankas::Evaluation", "X analytics, account overview");
    case MetricsLayoutKind::TikTokOverview:
        return QCoreApplication::translate("Brankas::Evaluation", "TikTok Studio, overview");
    case MetricsLayoutKind::TikTokFollowers:
        return QCoreApplication::translate("Brankas::Evaluation", "TikTok Studio, follower history");
    case MetricsLayoutKind::YouTubeDaily:
        return QCoreApplication::translate("Brankas::Evaluation", "YouTube Studio, by date");
    }
    return {};
}

QList<Platform> metricsLayoutPlatforms(MetricsLayoutKind kind)
{
    switch (kind) {
    case MetricsLayoutKind::Brankas:
        return {};
    case MetricsLayoutKind::MetaContent:
        return {Platform::Facebook, Platform::Instagram, Platform::Threads};
    case MetricsLayoutKind::XPosts:
    case MetricsLayoutKind::XOverview:
        return {Platform::X};
    case MetricsLayoutKind::TikTokOverview:
    case MetricsLayoutKind::TikTokFollowers:
        return {Platform::TikTok};
    case MetricsLayoutKind::YouTubeDaily:
        return {Platform::YouTube};
    }
    return {};
}

QDate parseExportDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ ,].*)?$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^(?:[A-Za-z]+,\\s*)?([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})$"));
    if (const auto match = iso.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    if (const auto match = slashed.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (const auto match = monthFirst.match(trimmed); match.hasMatch()) {
        const int month = monthFromName(match.captured(1));
        return month ? QDate(match.captured(3).toInt(), month, match.captured(2).toInt()) : QDate();
    }
    if (const auto match = dayFirst.match(trimmed); match.hasMatch()) {
        const int month = monthFromName(match.captured(2));
        return month ? QDate(match.captured(3).toInt(), month, match.captured(1).toInt()) : QDate();
    }
    return {};
}

std::optional<qint64> parseFigure(const QString &text, bool &ok)
{
    ok = true;
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    if (digits.isEmpty() || digits == QLatin1String("-")) {
        return std::nullopt;
    }
    // "1.234" (Indonesian) and "1,234" (English) group thousands; X writes counts as "1520.0".
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}([.,])\\d{3}(\\1\\d{3})*$"));
    static const QRegularExpression wholeDecimal(QStringLiteral("^(-?\\d+)[.,]0+$"));
    if (grouped.match(digits).hasMatch()) {
        digits.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    } else if (const auto match = wholeDecimal.match(digits); match.hasMatch()) {
        digits = match.captured(1);
    }
    bool parsed = false;
    const qint64 value = digits.toLongLong(&parsed);
    if (!parsed || digits.startsWith(QLatin1Char('+'))) {
        ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace Brankas
