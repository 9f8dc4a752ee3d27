// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#include "../text/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Brankas {

namespace {
struct Rule
{
    Platform platform;
    const char *id;
    const char *name;
    const char *host;       // profile host, for URLs pasted in
    const char *urlPattern; // %1 = handle
    int minimum;
    int maximum;
    const char *characters; // a regular-expression character class body
    const char *ruleText;   // what the officer is told when a handle is refused
};

const Rule Rules[] = {
    {Platform::Instagram, "instagram", "Instagram", "instagram.com", "https://www.instagram.com/%1/", 1, 30,
     "A-Za-z0-9._",
     QT_TRANSLATE_NOOP("Brankas::Error", "An Instagram username has 1 to 30 letters, digits, dots and underscores, "
                                         "and does not start or end with a dot.")},
    {Platform::Facebook, "facebook", "Facebook", "facebook.com", "https://www.facebook.com/%1", 5, 50, "A-Za-z0-9.",
     QT_TRANSLATE_NOOP("Brankas::Error",
                       "A Facebook username has 5 to 50 letters, digits and dots (numeric profile ids are allowed).")},
    {Platform::X, "x", "X (Twitter)", "x.com", "https://x.com/%1", 4, 15, "A-Za-z0-9_",
     QT_TRANSLATE_NOOP("Brankas::Error", "An X (Twitter) username has 4 to 15 letters, digits and underscores.")},
    {Platform::TikTok, "tiktok", "TikTok", "tiktok.com", "https://www.tiktok.com/@%1", 2, 24, "A-Za-z0-9._",
     QT_TRANSLATE_NOOP("Brankas::Error", "A TikTok username has 2 to 24 letters, digits, dots and underscores, and "
                                         "does not end with a dot.")},
    {Platform::YouTube, "youtube", "YouTube", "youtube.com", "https://www.youtube.com/@%1", 3, 30, "A-Za-z0-9._\\-",
     QT_TRANSLATE_NOOP("Brankas::Error",
                       "A YouTube handle has 3 to 30 letters, digits, dots, hyphens and underscores.")},
    {Platform::Threads, "threads", "Threads", "threads.net", "https://www.threads.net/@%1", 1, 30, "A-Za-z0-9._",
     QT_TRANSLATE_NOOP("Brankas::Error", "A Threads username is the Instagram username: 1 to 30 letters, digits, dots "
                                         "and underscores, not starting or ending with a dot.")},
    {Platform::Other, "other", "Other", "", "", 1, 100, "^\\s",
     QT_TRANSLATE_NOOP("Brankas::Error", "A username has 1 to 100 characters and no spaces.")},
};

const Rule &ruleFor(Platform platform)
{
    for (const Rule &rule : Rules) {
        if (rule.platform == platform) {
            return rule;
        }
    }
    return Rules[std::size(Rules) - 1];
}

// Compiled once per platform: an import checks tens of thousands of handles.
const QRegularExpression &handlePattern(const Rule &rule)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> compiled;
        for (const Rule &each : Rules) {
            compiled << QRegularExpression(QStringLiteral("^[%1]{%2,%3}$")
                                               .arg(QString::fromLatin1(each.characters))
                                               .arg(each.minimum)
                                               .arg(each.maximum));
        }
        return compiled;
    }();
    return patterns[&rule - Rules];
}

// The hosts a profile address of the platform is pasted with: X's old twitter.com links and
// Threads' threads.com are still what officers copy.
QStringList profileHosts(const Rule &rule)
{
    QStringList hosts;
    if (rule.host[0] != '\0') {
        hosts << QString::fromLatin1(rule.host);
    }
    if (rule.platform == Platform::X) {
        hosts << QStringLiteral("twitter.com");
    } else if (rule.platform == Platform::Threads) {
        hosts << QStringLiteral("threads.com");
    }
    return hosts;
}

bool isProfileHost(const QString &urlHost, const QStringList &hosts)
{
    const QString host = urlHost.toLower();
    for (const QString &candidate : hosts) {
        if (host == candidate || host.endsWith(QLatin1Char('.') + candidate)) {
            return true;
        }
    }
    return false;
}

// "https://www.instagram.com/bawaslu_buol/?hl=id" -> "bawaslu_buol"; "@akun" -> "akun".
std::optional<QString> stripDecoration(const Rule &rule, QString text)
{
    text = text.trimmed();
    const QStringList hosts = profileHosts(rule);
    const bool looksLikeUrl = std::any_of(
        hosts.begin(), hosts.end(), [&](const QString &host) { return text.contains(host, Qt::CaseInsensitive); });
    const QUrl url = looksLikeUrl ? QUrl::fromUserInput(text) : QUrl();
    if (looksLikeUrl && isProfileHost(url.host(), hosts)) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // youtube.com/c/NAME keeps NAME, facebook.com/pages/NAME/ID the page id, and
        // facebook.com/profile.php?id=ID the numeric profile id.
        // Links to a post, a reel, a video page or a channel id name no username.
        static const QStringList NotProfiles{
            QStringLiteral("p"),        QStringLiteral("reel"),    QStringLiteral("reels"),  QStringLiteral("stories"),
            QStringLiteral("explore"),  QStringLiteral("channel"), QStringLiteral("watch"),  QStringLiteral("shorts"),
            QStringLiteral("playlist"), QStringLiteral("groups"),  QStringLiteral("events"), QStringLiteral("hashtag"),
            QStringLiteral("share"),    QStringLiteral("photo"),   QStringLiteral("video")};
        if (!parts.isEmpty() && NotProfiles.contains(parts.first().toLower())) {
            return std::nullopt;
        }
        if (!parts.isEmpty()) {
            if (parts.first() == QLatin1String("c") && parts.size() > 1) {
                text = parts[1];
            } else if (parts.first() == QLatin1String("pages") && parts.size() > 1) {
                text = parts.last();
            } else if (parts.first() == QLatin1String("profile.php")) {
                text = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
            } else {
                text = parts.first();
            }
        }
    }
    if (text.startsWith(QLatin1Char('@'))) {
        text.remove(0, 1);
    }
    return text;
}
} // namespace

QList<Platform> allPlatforms()
{
    QList<Platform> platforms;
    for (const Rule &rule : Rules) {
        platforms << rule.platform;
    }
    return platforms;
}

QString platformId(Platform platform)
{
    return QString::fromLatin1(ruleFor(platform).id);
}

std::optional<Platform> platformFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (const Rule &rule : Rules) {
        if (key == QLatin1String(rule.id)) {
            return rule.platform;
        }
    }
    if (key == QLatin1String("twitter")) {
        return Platform::X;
    }
    if (key == QLatin1String("ig")) {
        return Platform::Instagram;
    }
    if (key == QLatin1String("fb")) {
        return Platform::Facebook;
    }
    if (key == QLatin1String("yt")) {
        return Platform::YouTube;
    }
    if (key == QLatin1String("lainnya")) {
        return Platform::Other;
    }
    return std::nullopt;
}

QString platformDisplayName(Platform platform)
{
    if (platform == Platform::Other) {
        return QCoreApplication::translate("Brankas::Platform", "Other");
    }
    return QString::fromLatin1(ruleFor(platform).name);
}

Result<QString> normalizeHandle(Platform platform, const QString &input)
{
    const Rule &rule = ruleFor(platform);
    const std::optional<QString> stripped = stripDecoration(rule, input);
    if (!stripped) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is a link to a post, a video or a channel page, not "
                                                         "to a profile. Copy the address of the account's profile, or "
                                                         "type its username."),
                     {input.trimmed()});
    }
    const QString handle = *stripped;
    if (Status clean = checkText(TextRules::Handle, handle); !clean) {
        return clean.error();
    }
    bool valid = handlePattern(rule).match(handle).hasMatch();
    if (valid && (platform == Platform::Instagram || platform == Platform::Threads)) {
        valid = !handle.startsWith(QLatin1Char('.')) && !handle.endsWith(QLatin1Char('.')) &&
                !handle.contains(QLatin1String(".."));
    }
    if (valid && platform == Platform::TikTok) {
        valid = !handle.endsWith(QLatin1Char('.'));
    }
    if (!valid) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a valid %2 username. %3"),
                     {input.trimmed(), platformDisplayName(platform),
                      QCoreApplication::translate(Error::TranslationContext, rule.ruleText)});
    }
    return handle;
}

std::optional<Platform> platformFromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char('.')) || trimmed.contains(QLatin1Char(' '))) {
        return std::nullopt;
    }
    const QUrl url = QUrl::fromUserInput(trimmed);
    for (const Rule &rule : Rules) {
        if (rule.platform != Platform::Other && isProfileHost(url.host(), profileHosts(rule))) {
            return rule.platform;
        }
    }
    return std::nullopt;
}

QString profileUrl(Platform platform, const QString &handle)
{
    const Rule &rule = ruleFor(platform);
    return rule.urlPattern[0] == '\0' ? QString() : QString::fromLatin1(rule.urlPattern).arg(handle);
}

} // namespace Brankas
