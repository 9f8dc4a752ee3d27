// SPDX-License-Identifier: GPL-3.0-or-later
#include "../handover/handovertesting.h"
#include "pdftools.h"

#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>

#include <QHash>
#include <QSet>

using namespace Brankas;
using namespace Brankas::Testing;

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthGroupsFindingsBySeverity();
    void logExtractStatesVerification();
    void recoverySheetForAdministrators();
    void longTableRepeatsHeaderAndNumbersPages();
    void qrCardLinesWrapWhenTooLong();

private:
    QString write(const Result<ReportDocument> &document, const QString &name);
    QTemporaryDir m_dir;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
}

QString TestReports::write(const Result<ReportDocument> &document, const QString &name)
{
    if (!document) {
        qFatal("report: %s", qPrintable(document.error().untranslatedMessage()));
    }
    const QString path = m_dir.filePath(name);
    require(writeReportPdf(document.value(), path), "write pdf");
    keepSample(path, name);
    return path;
}

void TestReports::healthGroupsFindingsBySeverity()
{
    HandoverOffice o;
    // Lakea's account is active past its term once the clock passes the term's end.
    o.t.clock.set(QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc()));
    ReportOptions options;
    options.language = Language::English;
    const QString path = write(Reports(*o.vault).health(o.ani, options), QStringLiteral("health.pdf"));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("HEALTH REPORT")));
    QVERIFY2(text.contains(QStringLiteral("CRITICAL")), qPrintable(text.left(800)));
    QVERIFY(text.contains(QStringLiteral("@PanwasLakea")));
    QVERIFY(text.indexOf(QStringLiteral("CRITICAL")) < text.indexOf(QStringLiteral("WARNING")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

void TestReports::logExtractStatesVerification()
{
    HandoverOffice o;
    auto created = valueOf(Handovers(*o.vault).create(o.budi, o.spec(HandoverKind::Activation)), "create");
    valueOf(Handovers(*o.vault).finalize(o.budi, created.id), "finalize");
    const QString path = write(Reports(*o.vault).logExtract(o.ani, QDate(2024, 2, 14), QDate(2024, 2, 14), {}),
                               QStringLiteral("log.pdf"));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("PETIKAN LOG ARSIP")));
    QVERIFY(text.contains(QStringLiteral("dinyatakan UTUH")));
    // Actions read in the report's language from core's one list, never as stored identifiers.
    QVERIFY2(text.contains(QStringLiteral("difinalkan")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("handover.finalized")));
    QVERIFY(!text.contains(QStringLiteral("officer.signed-in")));
    QVERIFY(text.contains(valueOf(o.vault->log().verify(), "verify").fingerprint()));
    ReportOptions english;
    english.language = Language::English;
    const QString englishText =
        pdfText(write(Reports(*o.vault).logExtract(o.ani, QDate(2024, 2, 14), QDate(2024, 2, 14), english),
                      QStringLiteral("log-en.pdf")));
    QVERIFY2(englishText.contains(QStringLiteral("signed off")), qPrintable(englishText));
    QVERIFY(!englishText.contains(QStringLiteral("difinalkan")));
    QCOMPARE(Reports(*o.vault).logExtract(o.ani, QDate(2024, 2, 14), QDate(2024, 2, 1), {}).error().code(),
             ErrorCode::InvalidInput);
}

void TestReports::recoverySheetForAdministrators()
{
    HandoverOffice o;
    QCOMPARE(Reports(*o.vault).recoverySheet(o.budi, {}).error().code(), ErrorCode::PermissionDenied);
    const QString blank = write(Reports(*o.vault).recoverySheet(o.siti, {}), QStringLiteral("recovery.pdf"));
    QString text = pdfText(blank);
    QVERIFY(text.contains(QStringLiteral("LEMBAR PEMULIHAN BRANKAS")));
    QVERIFY(text.contains(o.vault->id()));
    QVERIFY(!text.contains(QString::fromLatin1(RecoveryPassphrase)));
    const SecretBytes passphrase = secret(RecoveryPassphrase);
    const QString printed =
        write(Reports(*o.vault).recoverySheet(o.siti, {}, &passphrase), QStringLiteral("recovery-printed.pdf"));
    text = pdfText(printed);
    QVERIFY(text.contains(QString::fromLatin1(RecoveryPassphrase)));
}

void TestReports::longTableRepeatsHeaderAndNumbersPages()
{
    ReportDocument document;
    document.footer = QStringLiteral("footer");
    ReportTable table;
    table.columns = {{QStringLiteral("Kolom A"), 1}, {QStringLiteral("Kolom B"), 3}};
    for (int i = 1; i <= 300; ++i) {
        table.rows.append({QString::number(i), QStringLiteral("baris %1 ").arg(i).repeated(i % 7 == 0 ? 12 : 1)});
    }
    document.blocks.push_back(table);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    int calls = 0;
    QVERIFY(writeReportPdf(document, path, [&](int, int) { return ++calls > 0; }).ok());
    const int pages = pdfPages(path);
    QVERIFY(pages > 3);
    QCOMPARE(valueOf(countReportPages(document), "count"), pages);
    QVERIFY(calls >= pages);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(path, page);
        QVERIFY2(text.startsWith(QStringLiteral("Kolom A Kolom B")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)));
    }
    // No row is cut: every row's number appears exactly on one page, whole.
    QString all;
    for (int page = 1; page <= pages; ++page) {
        all += pdfPageText(path, page) + QLatin1Char(' ');
    }
    QVERIFY(all.contains(QStringLiteral("300 baris 300")));
}

void TestReports::qrCardLinesWrapWhenTooLong()
{
    // A card whose lines fit is drawn line by line; one whose line is too long for the width beside
    // the code wraps it, and the lines after it move down rather than overlap it.
    ReportDocument document;
    document.footer = QStringLiteral("footer");
    ReportQrCard shortCard;
    shortCard.code = valueOf(QrCode::encode("https://www.instagram.com/panwaslu.momunu/"), "qr");
    shortCard.lines = {QStringLiteral("Instagram"), QStringLiteral("@panwaslu.momunu"),
                       QStringLiteral("www.instagram.com/panwaslu.momunu/"), QStringLiteral("Masa aktif: 2024")};
    ReportQrCard longCard = shortCard;
    QString longLine;
    for (int i = 1; i <= 60; ++i) {
        longLine += QStringLiteral("kata%1 ").arg(i);
    }
    longCard.lines = {QStringLiteral("Facebook"), longLine.trimmed(), QStringLiteral("PENANDA AKHIR")};
    document.blocks.push_back(shortCard);
    document.blocks.push_back(longCard);
    const QString path = m_dir.filePath(QStringLiteral("qr-cards.pdf"));
    QVERIFY(writeReportPdf(document, path).ok());

    struct Word
    {
        double left, top, right, bottom;
    };
    QHash<QString, Word> words;
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    const QString boxes = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    for (auto match = word.globalMatch(boxes); match.hasNext();) {
        const auto found = match.next();
        words.insert(found.captured(5), Word{found.captured(1).toDouble(), found.captured(2).toDouble(),
                                             found.captured(3).toDouble(), found.captured(4).toDouble()});
    }
    // The short card: four lines, one under the other.
    const QStringList shortWords{QStringLiteral("Instagram"), QStringLiteral("@panwaslu.momunu"),
                                 QStringLiteral("www.instagram.com/panwaslu.momunu/"), QStringLiteral("Masa")};
    for (qsizetype i = 0; i < shortWords.size(); ++i) {
        QVERIFY2(words.contains(shortWords[i]), qPrintable(shortWords[i]));
        if (i > 0) {
            QVERIFY(words[shortWords[i]].top >= words[shortWords[i - 1]].bottom - 0.5);
        }
    }
    // The long line: every word on the page (A4 is 595 pt wide), over several lines, all above the
    // line after it.
    QSet<int> rows;
    for (int i = 1; i <= 60; ++i) {
        const QString name = QStringLiteral("kata%1").arg(i);
        QVERIFY2(words.contains(name), qPrintable(name));
        QVERIFY2(words[name].right < 595, qPrintable(name));
        QVERIFY(words[name].bottom <= words[QStringLiteral("PENANDA")].top + 0.5);
        rows.insert(int(words[name].top));
    }
    QVERIFY2(rows.size() >= 3, qPrintable(QString::number(rows.size())));
    QVERIFY(words[QStringLiteral("Facebook")].top > words[QStringLiteral("Masa")].bottom);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
