// SPDX-License-Identifier: GPL-3.0-or-later
// Platforms: their ids and aliases, the handle rules per platform, what officers paste (an @name,
// a profile address) and the profile address derived from a handle.
#include <core/domain/platform.h>

#include <QTest>

using namespace Brankas;

Q_DECLARE_METATYPE(Brankas::Platform)

namespace {
QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}
} // namespace

class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void linksThatAreNotProfilesAreRefused_data();
    void linksThatAreNotProfilesAreRefused();
    void everyPlatformIsListedOnce();
    void idsRoundTrip_data();
    void idsRoundTrip();
    void aliases_data();
    void aliases();
    void displayNames();
    void handles_data();
    void handles();
    void refusalNamesThePlatformAndItsRule_data();
    void refusalNamesThePlatformAndItsRule();
    void profileUrls_data();
    void profileUrls();
};

void TestPlatform::linksThatAreNotProfilesAreRefused_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("link");
    QTest::newRow("instagram post") << Platform::Instagram << QStringLiteral("https://www.instagram.com/p/C1a2b3c4/");
    QTest::newRow("instagram reel") << Platform::Instagram << QStringLiteral("instagram.com/reel/C1a2b3c4");
    QTest::newRow("youtube channel id") << Platform::YouTube
                                        << QStringLiteral("https://www.youtube.com/channel/UC1234567890abcdef");
    QTest::newRow("youtube video") << Platform::YouTube << QStringLiteral("https://www.youtube.com/watch?v=abc");
    QTest::newRow("facebook group") << Platform::Facebook << QStringLiteral("https://www.facebook.com/groups/12345");
}

void TestPlatform::linksThatAreNotProfilesAreRefused()
{
    QFETCH(Platform, platform);
    QFETCH(QString, link);
    auto handle = normalizeHandle(platform, link);
    QCOMPARE(handle.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(handle.error().untranslatedMessage().contains(QStringLiteral("not to a profile")),
             qPrintable(handle.error().untranslatedMessage()));
}

void TestPlatform::everyPlatformIsListedOnce()
{
    const QList<Platform> platforms = allPlatforms();
    QCOMPARE(platforms, (QList<Platform>{Platform::Instagram, Platform::Facebook, Platform::X, Platform::TikTok,
                                         Platform::YouTube, Platform::Threads, Platform::Other}));
}

void TestPlatform::idsRoundTrip_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("id");
    QTest::newRow("instagram") << Platform::Instagram << QStringLiteral("instagram");
    QTest::newRow("facebook") << Platform::Facebook << QStringLiteral("facebook");
    QTest::newRow("x") << Platform::X << QStringLiteral("x");
    QTest::newRow("tiktok") << Platform::TikTok << QStringLiteral("tiktok");
    QTest::newRow("youtube") << Platform::YouTube << QStringLiteral("youtube");
    QTest::newRow("threads") << Platform::Threads << QStringLiteral("threads");
    QTest::newRow("other") << Platform::Other << QStringLiteral("other");
}

void TestPlatform::idsRoundTrip()
{
    QFETCH(Platform, platform);
    QFETCH(QString, id);
    QCOMPARE(platformId(platform), id);
    QCOMPARE(platformFromId(id), std::optional(platform));
    // Typed on the command line: case and surrounding spaces do not matter.
    QCOMPARE(platformFromId(QLatin1Char(' ') + id.toUpper() + QLatin1Char(' ')), std::optional(platform));
}

void TestPlatform::aliases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Platform>>("platform");
    QTest::newRow("twitter") << QStringLiteral("twitter") << std::optional(Platform::X);
    QTest::newRow("Twitter") << QStringLiteral("Twitter") << std::optional(Platform::X);
    QTest::newRow("ig") << QStringLiteral("ig") << std::optional(Platform::Instagram);
    QTest::newRow("fb") << QStringLiteral("FB") << std::optional(Platform::Facebook);
    QTest::newRow("yt") << QStringLiteral("yt") << std::optional(Platform::YouTube);
    QTest::newRow("lainnya") << QStringLiteral("lainnya") << std::optional(Platform::Other);
    QTest::newRow("unknown") << QStringLiteral("myspace") << std::optional<Platform>();
    QTest::newRow("empty") << QString() << std::optional<Platform>();
    QTest::newRow("display name is not an id") << QStringLiteral("X (Twitter)") << std::optional<Platform>();
}

void TestPlatform::aliases()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Platform>, platform);
    QCOMPARE(platformFromId(text), platform);
}

void TestPlatform::displayNames()
{
    QCOMPARE(platformDisplayName(Platform::Instagram), QStringLiteral("Instagram"));
    QCOMPARE(platformDisplayName(Platform::X), QStringLiteral("X (Twitter)"));
    QCOMPARE(platformDisplayName(Platform::YouTube), QStringLiteral("YouTube"));
    QCOMPARE(platformDisplayName(Platform::Other), QStringLiteral("Other"));
    for (Platform platform : allPlatforms()) {
        QVERIFY(!platformDisplayName(platform).isEmpty());
    }
}

void TestPlatform::handles_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("handle"); // empty: refused

    const QString none;
    // Instagram: 1 to 30 letters, digits, dots and underscores; no dot at either end, no "..".
    QTest::newRow("ig plain") << Platform::Instagram << QStringLiteral("bawaslu_buol")
                              << QStringLiteral("bawaslu_buol");
    QTest::newRow("ig one char") << Platform::Instagram << QStringLiteral("a") << QStringLiteral("a");
    QTest::newRow("ig 30 chars") << Platform::Instagram << repeated('a', 30) << repeated('a', 30);
    QTest::newRow("ig 31 chars") << Platform::Instagram << repeated('a', 31) << none;
    QTest::newRow("ig empty") << Platform::Instagram << QString() << none;
    QTest::newRow("ig only @") << Platform::Instagram << QStringLiteral("@") << none;
    QTest::newRow("ig dots inside") << Platform::Instagram << QStringLiteral("panwaslu.kec.momunu")
                                    << QStringLiteral("panwaslu.kec.momunu");
    QTest::newRow("ig digits and case kept")
        << Platform::Instagram << QStringLiteral("Panwaslu_2024") << QStringLiteral("Panwaslu_2024");
    QTest::newRow("ig leading dot") << Platform::Instagram << QStringLiteral(".bawaslu") << none;
    QTest::newRow("ig trailing dot") << Platform::Instagram << QStringLiteral("bawaslu.") << none;
    QTest::newRow("ig double dot") << Platform::Instagram << QStringLiteral("bawaslu..buol") << none;
    QTest::newRow("ig hyphen") << Platform::Instagram << QStringLiteral("bawaslu-buol") << none;
    QTest::newRow("ig space") << Platform::Instagram << QStringLiteral("bawaslu buol") << none;
    QTest::newRow("ig non-ascii letter") << Platform::Instagram << QStringLiteral("bawaslu_bu\u00f6l") << none;
    QTest::newRow("ig @") << Platform::Instagram << QStringLiteral("@bawaslu_buol") << QStringLiteral("bawaslu_buol");
    QTest::newRow("ig @ and spaces") << Platform::Instagram << QStringLiteral("  @bawaslu_buol \n")
                                     << QStringLiteral("bawaslu_buol");
    QTest::newRow("ig two @") << Platform::Instagram << QStringLiteral("@@bawaslu_buol") << none;
    QTest::newRow("ig @ inside") << Platform::Instagram << QStringLiteral("bawaslu@buol") << none;
    QTest::newRow("ig full url") << Platform::Instagram
                                 << QStringLiteral("https://www.instagram.com/bawaslu_buol/?hl=id")
                                 << QStringLiteral("bawaslu_buol");
    QTest::newRow("ig url without scheme")
        << Platform::Instagram << QStringLiteral("instagram.com/bawaslu_buol/") << QStringLiteral("bawaslu_buol");
    QTest::newRow("ig url upper case host")
        << Platform::Instagram << QStringLiteral("HTTPS://WWW.INSTAGRAM.COM/Bawaslu_Buol")
        << QStringLiteral("Bawaslu_Buol");
    QTest::newRow("ig url without handle")
        << Platform::Instagram << QStringLiteral("https://www.instagram.com/") << none;
    QTest::newRow("ig url of another platform")
        << Platform::Instagram << QStringLiteral("https://www.tiktok.com/@bawaslu_buol") << none;

    // Facebook: 5 to 50 letters, digits and dots; numeric profile ids too.
    QTest::newRow("fb plain") << Platform::Facebook << QStringLiteral("panwaslu.momunu")
                              << QStringLiteral("panwaslu.momunu");
    QTest::newRow("fb 5 chars") << Platform::Facebook << QStringLiteral("abcde") << QStringLiteral("abcde");
    QTest::newRow("fb 4 chars") << Platform::Facebook << QStringLiteral("abcd") << none;
    QTest::newRow("fb 50 chars") << Platform::Facebook << repeated('b', 50) << repeated('b', 50);
    QTest::newRow("fb 51 chars") << Platform::Facebook << repeated('b', 51) << none;
    QTest::newRow("fb underscore") << Platform::Facebook << QStringLiteral("panwaslu_momunu") << none;
    QTest::newRow("fb numeric id") << Platform::Facebook << QStringLiteral("100012345678901")
                                   << QStringLiteral("100012345678901");
    QTest::newRow("fb url") << Platform::Facebook << QStringLiteral("https://www.facebook.com/panwaslu.momunu")
                            << QStringLiteral("panwaslu.momunu");
    QTest::newRow("fb mobile url") << Platform::Facebook << QStringLiteral("https://m.facebook.com/panwaslu.momunu/")
                                   << QStringLiteral("panwaslu.momunu");
    QTest::newRow("fb profile.php url") << Platform::Facebook
                                        << QStringLiteral("https://www.facebook.com/profile.php?id=100012345678901")
                                        << QStringLiteral("100012345678901");
    QTest::newRow("fb profile.php without id")
        << Platform::Facebook << QStringLiteral("https://www.facebook.com/profile.php") << none;
    QTest::newRow("fb pages url") << Platform::Facebook
                                  << QStringLiteral("https://www.facebook.com/pages/Panwaslu-Momunu/123456789012")
                                  << QStringLiteral("123456789012");

    // X: 4 to 15 letters, digits and underscores.
    QTest::newRow("x plain") << Platform::X << QStringLiteral("bawaslu_buol") << QStringLiteral("bawaslu_buol");
    QTest::newRow("x 4 chars") << Platform::X << QStringLiteral("buol") << QStringLiteral("buol");
    QTest::newRow("x 3 chars") << Platform::X << QStringLiteral("bul") << none;
    QTest::newRow("x 15 chars") << Platform::X << repeated('x', 15) << repeated('x', 15);
    QTest::newRow("x 16 chars") << Platform::X << repeated('x', 16) << none;
    QTest::newRow("x dot") << Platform::X << QStringLiteral("bawaslu.buol") << none;
    QTest::newRow("x hyphen") << Platform::X << QStringLiteral("bawaslu-buol") << none;
    QTest::newRow("x @") << Platform::X << QStringLiteral("@BawasluBuol") << QStringLiteral("BawasluBuol");
    QTest::newRow("x url") << Platform::X << QStringLiteral("https://x.com/BawasluBuol")
                           << QStringLiteral("BawasluBuol");
    QTest::newRow("x twitter url") << Platform::X << QStringLiteral("https://twitter.com/BawasluBuol/status/1")
                                   << QStringLiteral("BawasluBuol");
    QTest::newRow("x mobile twitter url")
        << Platform::X << QStringLiteral("mobile.twitter.com/BawasluBuol") << QStringLiteral("BawasluBuol");
    QTest::newRow("x url of a look-alike host") << Platform::X << QStringLiteral("https://box.com/BawasluBuol") << none;

    // TikTok: 2 to 24 letters, digits, dots and underscores; no dot at the end.
    QTest::newRow("tiktok plain") << Platform::TikTok << QStringLiteral("bawaslu.buol")
                                  << QStringLiteral("bawaslu.buol");
    QTest::newRow("tiktok 2 chars") << Platform::TikTok << QStringLiteral("bb") << QStringLiteral("bb");
    QTest::newRow("tiktok 1 char") << Platform::TikTok << QStringLiteral("b") << none;
    QTest::newRow("tiktok 24 chars") << Platform::TikTok << repeated('t', 24) << repeated('t', 24);
    QTest::newRow("tiktok 25 chars") << Platform::TikTok << repeated('t', 25) << none;
    QTest::newRow("tiktok trailing dot") << Platform::TikTok << QStringLiteral("bawaslu.") << none;
    QTest::newRow("tiktok url") << Platform::TikTok << QStringLiteral("https://www.tiktok.com/@bawaslu.buol?lang=id")
                                << QStringLiteral("bawaslu.buol");

    // YouTube: 3 to 30 letters, digits, dots, hyphens and underscores.
    QTest::newRow("yt plain") << Platform::YouTube << QStringLiteral("bawaslu-buol") << QStringLiteral("bawaslu-buol");
    QTest::newRow("yt 3 chars") << Platform::YouTube << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("yt 2 chars") << Platform::YouTube << QStringLiteral("ab") << none;
    QTest::newRow("yt 30 chars") << Platform::YouTube << repeated('y', 30) << repeated('y', 30);
    QTest::newRow("yt 31 chars") << Platform::YouTube << repeated('y', 31) << none;
    QTest::newRow("yt slash") << Platform::YouTube << QStringLiteral("bawaslu/buol") << none;
    QTest::newRow("yt @ url") << Platform::YouTube << QStringLiteral("https://www.youtube.com/@BawasluBuol/videos")
                              << QStringLiteral("BawasluBuol");
    QTest::newRow("yt /c/ url") << Platform::YouTube << QStringLiteral("https://www.youtube.com/c/BawasluBuol")
                                << QStringLiteral("BawasluBuol");

    // Threads: the Instagram username.
    QTest::newRow("threads plain") << Platform::Threads << QStringLiteral("bawaslu_buol")
                                   << QStringLiteral("bawaslu_buol");
    QTest::newRow("threads 31 chars") << Platform::Threads << repeated('t', 31) << none;
    QTest::newRow("threads leading dot") << Platform::Threads << QStringLiteral(".bawaslu") << none;
    QTest::newRow("threads double dot") << Platform::Threads << QStringLiteral("a..b") << none;
    QTest::newRow("threads url") << Platform::Threads << QStringLiteral("https://www.threads.net/@bawaslu_buol")
                                 << QStringLiteral("bawaslu_buol");
    QTest::newRow("threads .com url") << Platform::Threads << QStringLiteral("https://www.threads.com/@bawaslu_buol")
                                      << QStringLiteral("bawaslu_buol");

    // Other: 1 to 100 characters without spaces; addresses are kept as typed.
    QTest::newRow("other plain") << Platform::Other << QStringLiteral("saluran-bawaslu")
                                 << QStringLiteral("saluran-bawaslu");
    QTest::newRow("other @") << Platform::Other << QStringLiteral("@saluran") << QStringLiteral("saluran");
    QTest::newRow("other 100 chars") << Platform::Other << repeated('o', 100) << repeated('o', 100);
    QTest::newRow("other 101 chars") << Platform::Other << repeated('o', 101) << none;
    QTest::newRow("other space") << Platform::Other << QStringLiteral("saluran bawaslu") << none;
    QTest::newRow("other empty") << Platform::Other << QStringLiteral("   ") << none;
    QTest::newRow("other url kept") << Platform::Other << QStringLiteral("https://whatsapp.com/channel/0029Va")
                                    << QStringLiteral("https://whatsapp.com/channel/0029Va");
}

void TestPlatform::handles()
{
    QFETCH(Platform, platform);
    QFETCH(QString, input);
    QFETCH(QString, handle);
    const Result<QString> result = normalizeHandle(platform, input);
    if (handle.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!result.error().message().isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().untranslatedMessage()));
        QCOMPARE(result.value(), handle);
        // A normalised handle is accepted again as it is.
        QCOMPARE(normalizeHandle(platform, handle).value(), handle);
    }
}

void TestPlatform::refusalNamesThePlatformAndItsRule_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rule");
    QTest::newRow("instagram") << Platform::Instagram << QStringLiteral("bad handle!")
                               << QStringLiteral("1 to 30 letters, digits, dots and underscores");
    QTest::newRow("facebook") << Platform::Facebook << QStringLiteral("abc") << QStringLiteral("5 to 50");
    QTest::newRow("x") << Platform::X << QStringLiteral("bawaslu.buol")
                       << QStringLiteral("4 to 15 letters, digits and underscores");
    QTest::newRow("tiktok") << Platform::TikTok << QStringLiteral("a") << QStringLiteral("2 to 24");
    QTest::newRow("youtube") << Platform::YouTube << QStringLiteral("a") << QStringLiteral("3 to 30");
    QTest::newRow("threads") << Platform::Threads << QStringLiteral(".a") << QStringLiteral("Instagram username");
    QTest::newRow("other") << Platform::Other << QStringLiteral("a b") << QStringLiteral("no spaces");
}

void TestPlatform::refusalNamesThePlatformAndItsRule()
{
    QFETCH(Platform, platform);
    QFETCH(QString, input);
    QFETCH(QString, rule);
    const Result<QString> result = normalizeHandle(platform, input);
    QVERIFY(!result.ok());
    const QString message = result.error().untranslatedMessage();
    QVERIFY2(message.contains(QLatin1Char('"') + input + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(platformDisplayName(platform)), qPrintable(message));
    QVERIFY2(message.contains(rule), qPrintable(message));
}

void TestPlatform::profileUrls_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("url");
    QTest::newRow("instagram") << Platform::Instagram << QStringLiteral("bawaslu_buol")
                               << QStringLiteral("https://www.instagram.com/bawaslu_buol/");
    QTest::newRow("facebook") << Platform::Facebook << QStringLiteral("panwaslu.momunu")
                              << QStringLiteral("https://www.facebook.com/panwaslu.momunu");
    QTest::newRow("x") << Platform::X << QStringLiteral("BawasluBuol") << QStringLiteral("https://x.com/BawasluBuol");
    QTest::newRow("tiktok") << Platform::TikTok << QStringLiteral("bawaslu.buol")
                            << QStringLiteral("https://www.tiktok.com/@bawaslu.buol");
    QTest::newRow("youtube") << Platform::YouTube << QStringLiteral("BawasluBuol")
                             << QStringLiteral("https://www.youtube.com/@BawasluBuol");
    QTest::newRow("threads") << Platform::Threads << QStringLiteral("bawaslu_buol")
                             << QStringLiteral("https://www.threads.net/@bawaslu_buol");
    QTest::newRow("other has none") << Platform::Other << QStringLiteral("saluran") << QString();
}

void TestPlatform::profileUrls()
{
    QFETCH(Platform, platform);
    QFETCH(QString, handle);
    QFETCH(QString, url);
    QCOMPARE(profileUrl(platform, handle), url);
    if (!url.isEmpty()) {
        // The derived address, pasted back, gives the handle again.
        QCOMPARE(normalizeHandle(platform, url).value(), handle);
    }
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
