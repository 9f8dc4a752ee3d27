// SPDX-License-Identifier: GPL-3.0-or-later
// The public list on its own: which accounts are official on a day, and the files made from it
// (JSON shape, CSV read back by the importer's parser, HTML that loads nothing and escapes names).
#include <core/publish/publiclistfiles.h>
#include <core/reports/qrcode.h>
#include <core/reports/qrcodebatch.h>
#include <core/text/csv.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Brankas;

namespace {
const QDate Today(2024, 2, 14);

Account account(AccountStatus status, QDate from, QDate until, const QString &handle = QStringLiteral("akun"))
{
    Account a;
    a.kecamatanCode = QStringLiteral("72.05.01");
    a.kecamatanName = QStringLiteral("Momunu");
    a.platform = Platform::Instagram;
    a.handle = handle;
    a.status = status;
    a.activeFrom = from;
    a.activeUntil = until;
    a.email = QStringLiteral("pribadi@gmail.com");
    a.phone = QStringLiteral("081234567890");
    a.holder = QStringLiteral("Andi Pemegang");
    a.notes = QStringLiteral("catatan rahasia");
    return a;
}

PublicList trickyList()
{
    PublicList list;
    list.officeName = QStringLiteral("Bawaslu Kabupaten \"Buol\" <Sulteng>");
    list.asOf = Today;
    list.accounts = {
        {QStringLiteral("72.05.01"), QStringLiteral("Momunu, Barat"), QStringLiteral("instagram"),
         QStringLiteral("Instagram"), QStringLiteral("panwaslu.momunu"),
         QStringLiteral("https://www.instagram.com/panwaslu.momunu/"), QDate(2024, 1, 1), QDate(2024, 12, 31)},
        {QStringLiteral("72.05.02"), QStringLiteral("<script>alert(1)</script>"), QStringLiteral("other"),
         QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("akun\"kutip"), QString(), QDate(), QDate()},
    };
    return list;
}
} // namespace

class TestPublicList : public QObject
{
    Q_OBJECT

private slots:
    void officialOn_data();
    void officialOn();
    void listKeepsOnlyOfficialAccountsSorted();
    void jsonHasItsStableShape();
    void csvReadsBackRowForRow();
    void htmlIsSelfContainedAndEscaped();
    void htmlSpeaksTheChosenLanguage();
    void emptyListSaysSo();
    void qrCodeHoldsTheAddress();
    void qrCodeSizeIsKnownBeforeEncoding();
    void qrCodesEncodedMeanwhileKeepTheirOrder();
    void csvRecordRoundTrips_data();
    void csvRecordRoundTrips();
};

void TestPublicList::officialOn_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("official");
    const auto active = int(AccountStatus::Active);
    QTest::newRow("active inside its period") << active << Today.addDays(-30) << Today.addDays(30) << true;
    QTest::newRow("term ended yesterday") << active << Today.addDays(-30) << Today.addDays(-1) << false;
    QTest::newRow("term ends today") << active << Today.addDays(-30) << Today << true;
    QTest::newRow("term starts today") << active << Today << Today.addDays(30) << true;
    QTest::newRow("term starts tomorrow") << active << Today.addDays(1) << Today.addDays(30) << false;
    QTest::newRow("no period at all") << active << QDate() << QDate() << true;
    QTest::newRow("open end") << active << Today.addDays(-3) << QDate() << true;
    for (AccountStatus status : {AccountStatus::Requested, AccountStatus::Suspended, AccountStatus::Deactivated,
                                 AccountStatus::Held, AccountStatus::Closed}) {
        QTest::addRow("%s inside its period", qPrintable(statusId(status)))
            << int(status) << Today.addDays(-30) << Today.addDays(30) << false;
    }
}

void TestPublicList::officialOn()
{
    QFETCH(int, status);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(bool, official);
    QCOMPARE(isOfficialOn(account(AccountStatus(status), from, until), Today), official);
}

void TestPublicList::listKeepsOnlyOfficialAccountsSorted()
{
    Account youtube = account(AccountStatus::Active, Today.addDays(-1), Today.addDays(1), QStringLiteral("yt"));
    youtube.platform = Platform::YouTube;
    Account later = account(AccountStatus::Active, Today.addDays(-1), Today.addDays(1), QStringLiteral("b"));
    later.kecamatanCode = QStringLiteral("72.05.02");
    later.kecamatanName = QStringLiteral("Paleleh");
    Account other = account(AccountStatus::Active, {}, {}, QStringLiteral("web"));
    other.platform = Platform::Other;
    other.platformName = QStringLiteral("Situs Kecamatan");
    const QList<Account> accounts{
        later,
        account(AccountStatus::Active, Today.addDays(-9), Today.addDays(-1), QStringLiteral("ended")),
        youtube,
        account(AccountStatus::Deactivated, Today.addDays(-9), Today.addDays(9), QStringLiteral("off")),
        account(AccountStatus::Active, Today.addDays(-9), Today.addDays(9), QStringLiteral("ig")),
        other,
    };
    const PublicList list = publicListOf(accounts, Today, QStringLiteral("Bawaslu Kabupaten Buol"));
    QCOMPARE(list.asOf, Today);
    QStringList handles;
    for (const PublicAccount &a : list.accounts) {
        handles << a.kecamatanCode + QLatin1Char(' ') + a.platformName + QLatin1Char(' ') + a.handle;
    }
    QCOMPARE(handles,
             (QStringList{QStringLiteral("72.05.01 Instagram ig"), QStringLiteral("72.05.01 Situs Kecamatan web"),
                          QStringLiteral("72.05.01 YouTube yt"), QStringLiteral("72.05.02 Instagram b")}));
    QCOMPARE(list.accounts[0].url, QStringLiteral("https://www.instagram.com/ig/"));
    QVERIFY(list.accounts[1].url.isEmpty()); // no address pattern for an "other" platform
    QCOMPARE(list.accounts[1].platformId, QStringLiteral("other"));
}

void TestPublicList::jsonHasItsStableShape()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(publicListJson(trickyList()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("accounts"), QStringLiteral("asOf"), QStringLiteral("format"),
                                       QStringLiteral("office"), QStringLiteral("version")}));
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("brankas-public-accounts"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("asOf")).toString(), QStringLiteral("2024-02-14"));
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    const QJsonObject first = accounts[0].toObject();
    QStringList keys = publicListCsvHeaders();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(QStringLiteral("handle")).toString(), QStringLiteral("panwaslu.momunu"));
    QCOMPARE(first.value(QStringLiteral("activeUntil")).toString(), QStringLiteral("2024-12-31"));
    const QJsonObject second = accounts[1].toObject();
    QVERIFY(second.value(QStringLiteral("url")).isNull());
    QVERIFY(second.value(QStringLiteral("activeFrom")).isNull());
    QCOMPARE(second.value(QStringLiteral("kecamatan")).toString(), QStringLiteral("<script>alert(1)</script>"));
}

void TestPublicList::csvReadsBackRowForRow()
{
    const QByteArray bytes = publicListCsv(trickyList());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().untranslatedMessage()));
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value()[0], publicListCsvHeaders());
    QCOMPARE(rows.value()[1],
             (QStringList{QStringLiteral("72.05.01"), QStringLiteral("Momunu, Barat"), QStringLiteral("instagram"),
                          QStringLiteral("Instagram"), QStringLiteral("panwaslu.momunu"),
                          QStringLiteral("https://www.instagram.com/panwaslu.momunu/"), QStringLiteral("2024-01-01"),
                          QStringLiteral("2024-12-31")}));
    // A name typed like a formula stays text in Excel.
    QCOMPARE(rows.value()[2][3], QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(rows.value()[2][4], QStringLiteral("akun\"kutip"));
    QVERIFY(rows.value()[2][5].isEmpty());
}

void TestPublicList::htmlIsSelfContainedAndEscaped()
{
    const QString html = QString::fromUtf8(publicListHtml(trickyList(), Language::Indonesian));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"id\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Bawaslu Kabupaten &quot;Buol&quot; &lt;Sulteng&gt;")));
    for (const char *loader : {"<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", " src="}) {
        QVERIFY2(!html.contains(QLatin1String(loader), Qt::CaseInsensitive), loader);
    }
    // The only addresses are the profile links and the data files beside the page.
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    QStringList targets;
    for (auto match = href.globalMatch(html); match.hasNext();) {
        targets << match.next().captured(1);
    }
    QCOMPARE(targets, (QStringList{QStringLiteral("https://www.instagram.com/panwaslu.momunu/"),
                                   QStringLiteral("accounts.csv"), QStringLiteral("accounts.json")}));
    // The link text says where it goes.
    QVERIFY(html.contains(QStringLiteral(">www.instagram.com/panwaslu.momunu/</a>")));
    QVERIFY(html.contains(QStringLiteral("<caption>")));
    QCOMPARE(html.count(QStringLiteral("<th scope=\"col\">")), 5);
    QCOMPARE(html.count(QStringLiteral("scope=\"row\"")), 2);
    QVERIFY(html.contains(QStringLiteral("<h1>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.contains(QStringLiteral("1 Januari 2024 – 31 Desember 2024")));
}

void TestPublicList::htmlSpeaksTheChosenLanguage()
{
    const QString html = QString::fromUtf8(publicListHtml(trickyList(), Language::English));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(html.contains(QStringLiteral("Official Social-Media Accounts")));
    QVERIFY(html.contains(QStringLiteral("1 January 2024 – 31 December 2024")));
    QVERIFY(!html.contains(QStringLiteral("Januari")));
}

void TestPublicList::emptyListSaysSo()
{
    PublicList list;
    list.officeName = QStringLiteral("Bawaslu Kabupaten Buol");
    list.asOf = Today;
    const QString html = QString::fromUtf8(publicListHtml(list, Language::English));
    QVERIFY(html.contains(QStringLiteral("No account is active on this date.")));
    QVERIFY(!html.contains(QStringLiteral("<table")));
    QCOMPARE(QJsonDocument::fromJson(publicListJson(list)).object().value(QStringLiteral("accounts")).toArray().size(),
             0);
}

void TestPublicList::qrCodeHoldsTheAddress()
{
    auto small = QrCode::encode("https://www.instagram.com/panwaslu.momunu/");
    QVERIFY(small);
    // Version 3 (29 modules) holds 42 bytes at level M; a finder pattern sits in each corner but one.
    QCOMPARE(small.value().size(), 29);
    for (int i = 0; i < 7; ++i) {
        QVERIFY(small.value().isDark(i, 0));
        QVERIFY(small.value().isDark(28 - i, 0));
        QVERIFY(small.value().isDark(0, 28 - i));
    }
    QVERIFY(!small.value().isDark(7, 0)); // the finder's white separator
    auto longer = QrCode::encode(QByteArray(200, 'a'));
    QVERIFY(longer);
    QVERIFY(longer.value().size() > small.value().size());
    auto tooLong = QrCode::encode(QByteArray(8000, 'a'));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!QrCode::encode(QByteArray()));
}

void TestPublicList::qrCodeSizeIsKnownBeforeEncoding()
{
    // The layout places a card by its code's size before the code is encoded: the two must agree, at
    // every length below the largest version's and at each version's limits (ISO/IEC 18004 table 7).
    QList<qsizetype> lengths;
    for (qsizetype length = 1; length <= 300; ++length) {
        lengths << length;
    }
    for (qsizetype limit : {331,  362,  412,  450,  504,  560,  624,  666,  711,  779,  857,  911,  997,  1059,
                            1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331}) {
        lengths << limit << limit + 1;
    }
    for (qsizetype length : lengths) {
        const Result<QrCode> code = QrCode::encode(QByteArray(length, 'a'));
        QCOMPARE(QrCode::sizeFor(length), code ? code.value().size() : 0);
    }
    QCOMPARE(QrCode::sizeFor(0), 0);
    QCOMPARE(QrCode::sizeFor(2332), 0);
}

void TestPublicList::qrCodesEncodedMeanwhileKeepTheirOrder()
{
    // Enough addresses for the work to be spread over threads; one of them cannot be encoded, and
    // its refusal must stay in its place. Taken out of order too, as nothing guarantees the order in
    // which a painter asks.
    QList<QByteArray> addresses;
    for (int i = 0; i < 1500; ++i) {
        addresses.append(QStringLiteral("https://www.tiktok.com/@panwaslu_kec%1").arg(i).toUtf8());
    }
    addresses[1499] = QByteArray();
    QrCodeBatch batch(addresses);
    QCOMPARE(batch.size(), addresses.size());
    QList<qsizetype> order;
    for (qsizetype i = addresses.size() - 1; i >= 0; i -= 3) {
        order << i;
    }
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        order << i;
    }
    for (qsizetype i : order) {
        const Result<QrCode> alone = QrCode::encode(addresses[i]);
        const Result<QrCode> &together = batch.at(i);
        QCOMPARE(together.ok(), alone.ok());
        if (!alone) {
            QCOMPARE(together.error().code(), alone.error().code());
            continue;
        }
        QCOMPARE(together.value().size(), alone.value().size());
        bool same = true;
        for (int y = 0; y < alone.value().size(); ++y) {
            for (int x = 0; x < alone.value().size(); ++x) {
                same = same && together.value().isDark(x, y) == alone.value().isDark(x, y);
            }
        }
        QVERIFY2(same, qPrintable(QString::number(i)));
    }
    const std::optional<Error> failed = batch.firstError();
    QVERIFY(failed);
    QCOMPARE(failed->code(), ErrorCode::InvalidInput);
    QVERIFY(!QrCodeBatch({}).firstError());
    // Dropped while still encoding: the threads stop.
    {
        QrCodeBatch dropped(addresses);
    }
}

void TestPublicList::csvRecordRoundTrips_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
    QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\""), QString()};
    QTest::newRow("line break") << QStringList{QStringLiteral("one\ntwo"), QStringLiteral("x\r\ny")};
    QTest::newRow("accents") << QStringList{QStringLiteral("Tolitoli Utara – ñ"), QStringLiteral("é")};
}

void TestPublicList::csvRecordRoundTrips()
{
    QFETCH(QStringList, fields);
    const QString record = csvRecord(fields);
    QVERIFY(record.endsWith(QStringLiteral("\r\n")));
    auto rows = parseCsv(record + csvRecord({QStringLiteral("next")}));
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value()[0], fields);
}

QTEST_GUILESS_MAIN(TestPublicList)
#include "tst_publiclist.moc"
