// SPDX-License-Identifier: GPL-3.0-or-later
// The text rules as an attacker meets them: names that hide, reorder or impersonate, text from a
// tampered vault on its way to a terminal, and bytes that are not UTF-8.
#include <core/text/textrules.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Brankas;

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void officerNames_data();
    void officerNames();
    void limitsAreThoseOfTheRule();
    void notesMayHaveLines();
    void terminalEscapes_data();
    void terminalEscapes();
    void jsonEscapesStayValidJson();
    void utf8_data();
    void utf8();
};

void TestTextRules::officerNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("Siti Rahma") << true;
    QTest::newRow("diacritics") << QStringLiteral("Dra. Hj. Nurhayati Šarić") << true;
    QTest::newRow("all Cyrillic") << QStringLiteral("Анна Петрова") << true;
    QTest::newRow("digits and punctuation") << QStringLiteral("Andi (Staf 2)") << true;
    QTest::newRow("empty") << QStringLiteral("   ") << false;
    QTest::newRow("Cyrillic A among Latin") << QStringLiteral("\u0410dmin") << false;
    QTest::newRow("Greek o among Latin") << QStringLiteral("Budi Sant\u03BFso") << false;
    for (const char16_t mark : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068',
                                u'\u2069', u'\u200E', u'\u200F', u'\u061C', u'\u200B', u'\uFEFF'}) {
        QTest::addRow("U+%04X", unsigned(mark))
            << (QStringLiteral("Siti") + QChar(mark) + QStringLiteral("Rahma")) << false;
    }
    QTest::newRow("escape sequence") << QStringLiteral("Siti\x1b]0;owned\x07") << false;
    QTest::newRow("C1 CSI") << QStringLiteral("Siti\u009b2J") << false;
    QTest::newRow("newline") << QStringLiteral("Siti\nAdmin") << false;
    QTest::newRow("line separator") << QStringLiteral("Siti\u2028Admin") << false;
    QTest::newRow("tag characters") << (QStringLiteral("Siti") + QString::fromUcs4(U"\U000E0041\U000E0042")) << false;
    QTest::newRow("lone surrogate") << (QStringLiteral("Siti") + QChar(0xD800)) << false;
    QTest::newRow("80 characters") << QString(80, QLatin1Char('a')) << true;
    QTest::newRow("81 characters") << QString(81, QLatin1Char('a')) << false;
}

void TestTextRules::officerNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const Status status = checkOfficerName(name);
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
        // The refusal names what it found without printing it: an escape never reaches the screen.
        QVERIFY(!status.error().message().contains(QChar(0x1b)));
        QVERIFY(!status.error().message().contains(QChar(0x202E)));
    }
}

void TestTextRules::limitsAreThoseOfTheRule()
{
    for (const TextRule *rule : {&TextRules::PersonName, &TextRules::Position, &TextRules::OfficeName,
                                 &TextRules::PlaceName, &TextRules::Address, &TextRules::Reason, &TextRules::Notes}) {
        QVERIFY(checkText(*rule, QString(rule->maximum, QLatin1Char('x'))));
        const Status tooLong = checkText(*rule, QString(rule->maximum + 1, QLatin1Char('x')));
        QVERIFY(!tooLong);
        QVERIFY(tooLong.error().message().contains(QString::number(rule->maximum)));
    }
    // Characters, not UTF-16 units: an emoji counts once.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    QVERIFY(checkText(TextRules::PersonName, emoji.repeated(TextRules::PersonName.maximum)));
}

void TestTextRules::notesMayHaveLines()
{
    QVERIFY(checkText(TextRules::Notes, QStringLiteral("baris satu\nbaris dua\tkolom")));
    QVERIFY(!checkText(TextRules::Notes, QStringLiteral("baris satu\x1b[31m")));
    QVERIFY(!checkText(TextRules::Notes, QStringLiteral("akun \u202Egnp.exe")));
    QVERIFY(!checkText(TextRules::PersonName, QStringLiteral("baris satu\nbaris dua")));
}

void TestTextRules::terminalEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Siti Rahma") << QStringLiteral("Siti Rahma");
    QTest::newRow("clear screen") << QStringLiteral("Budi\x1b[2J") << QStringLiteral("Budi\\x1b[2J");
    QTest::newRow("title and bell") << QStringLiteral("\x1b]0;x\x07") << QStringLiteral("\\x1b]0;x\\x07");
    QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\x0dFAKE");
    QTest::newRow("delete") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31m") << QStringLiteral("a\\u009b31m");
    QTest::newRow("RLO") << QStringLiteral("Siti\u202Enimda") << QStringLiteral("Siti\\u202enimda");
    QTest::newRow("isolate") << QStringLiteral("\u2066x\u2069") << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("tag") << QString::fromUcs4(U"a\U000E0041") << QStringLiteral("a\\U000e0041");
    QTest::newRow("newline and tab stay") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("letters stay") << QStringLiteral("Анна é 漢字 😀") << QStringLiteral("Анна é 漢字 😀");
}

void TestTextRules::terminalEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapedForTerminal(text), shown);
}

void TestTextRules::jsonEscapesStayValidJson()
{
    const QString hostile = QStringLiteral("Siti\u202Enimda\x1b[2J\u009b\x7f\u2028") +
                            QString::fromUcs4(U"\U000E0041") + QStringLiteral(" Анна 😀");
    const QJsonDocument document(QJsonObject{{QStringLiteral("name"), hostile}});
    const QString escaped = escapedJson(QString::fromUtf8(document.toJson()));
    for (const char16_t hidden : {u'\u202E', u'\x1b', u'\u009b', u'\x7f', u'\u2028'}) {
        QVERIFY(!escaped.contains(QChar(hidden)));
    }
    QVERIFY(escaped.contains(QLatin1String("\\u202e")));
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(escaped.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QStringLiteral("name")).toString(), hostile);
}

void TestTextRules::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("kata sandi") << true;
    QTest::newRow("two, three and four bytes") << QStringLiteral("é漢😀").toUtf8() << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("0xff") << QByteArray("\xff\xff\xff\xff") << false;
    QTest::newRow("0xfe") << QByteArray("\xfe") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("five-byte form") << QByteArray("\xf8\x88\x80\x80\x80") << false;
}

void TestTextRules::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
