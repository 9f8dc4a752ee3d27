// SPDX-License-Identifier: GPL-3.0-or-later
#include "../handover/handovertesting.h"
#include "pdftools.h"

#include <core/log/logactions.h>
#include <core/reports/reportprinter.h>
#include <core/reports/reports.h>

#include <QStandardPaths>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
struct Printed
{
    QString path;
    QString text;
};
} // namespace

class TestHandoverReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void beritaAcaraInIndonesian();
    void registerSample();
    void f4PaperIsExact();
    void englishVersion();
    void annexWithSecretsIsLoggedAndRefusedToViewers();
    void draftIsMarked();
    void cancelLeavesNoFile();

private:
    Handover finalized(HandoverOffice &o);
    Printed print(HandoverOffice &o, const Session &session, qint64 id, const ReportOptions &options, bool withSecrets,
                  const QString &sample);
    QTemporaryDir m_dir;
};

void TestHandoverReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
}

Handover TestHandoverReport::finalized(HandoverOffice &o)
{
    NewHandover spec = o.spec(HandoverKind::Activation);
    spec.date = QDate(2023, 12, 30);
    auto created = valueOf(Handovers(*o.vault).create(o.budi, spec), "create");
    return valueOf(Handovers(*o.vault).finalize(o.budi, created.id), "finalize");
}

Printed TestHandoverReport::print(HandoverOffice &o, const Session &session, qint64 id, const ReportOptions &options,
                                  bool withSecrets, const QString &sample)
{
    auto document = Reports(*o.vault).handover(session, id, options, withSecrets);
    if (!document) {
        qFatal("report: %s", qPrintable(document.error().untranslatedMessage()));
    }
    const QString path = m_dir.filePath(sample);
    require(writeReportPdf(document.value(), path), "write pdf");
    keepSample(path, sample);
    return {path, pdfText(path)};
}

void TestHandoverReport::beritaAcaraInIndonesian()
{
    HandoverOffice o;
    const Handover h = finalized(o);
    const Printed pdf = print(o, o.budi, h.id, {}, false, QStringLiteral("berita-acara-a4.pdf"));
    const QString &text = pdf.text;
    QVERIFY2(!text.isEmpty(), "the PDF has no text: the bundled fonts were not used");
    QVERIFY(text.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN BUOL")));
    QVERIFY(text.contains(QStringLiteral("BERITA ACARA SERAH TERIMA AKUN MEDIA SOSIAL PANITIA PENGAWAS PEMILIHAN "
                                         "UMUM KECAMATAN MOMUNU")));
    QVERIFY(text.contains(QStringLiteral("Nomor: 1/BA/HM.02/72.05/XII/2023")));
    QVERIFY2(text.contains(QStringLiteral("Pada hari ini Sabtu tanggal tiga puluh bulan Desember tahun dua ribu dua "
                                          "puluh tiga (30-12-2023), bertempat di Buol")),
             qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("Siti Rahma")));
    QVERIFY(text.contains(QStringLiteral("Andi Saputra")));
    QVERIFY(text.contains(QStringLiteral("PIHAK PERTAMA")));
    QVERIFY(text.contains(QStringLiteral("PIHAK KEDUA")));
    for (const Account &account : {o.instagram, o.facebook}) {
        QVERIFY2(text.contains(QStringLiteral("@") + account.handle), qPrintable(account.handle));
    }
    QVERIFY(text.contains(QStringLiteral("https://www.instagram.com/")));
    QVERIFY(text.contains(QStringLiteral("panwaslu.momunu@gmail.com")));
    QVERIFY(!text.contains(QStringLiteral("old password")));
    QVERIFY(text.contains(QStringLiteral("Kata sandi akun tidak dicantumkan")));
    QVERIFY(text.contains(QStringLiteral("Yang Menyerahkan")));
    QVERIFY(text.contains(QStringLiteral("Yang Menerima")));
    QVERIFY(text.contains(QStringLiteral("Mengetahui")));
    QVERIFY(text.contains(QStringLiteral("Dra. Hj. Nurhayati")));
    QVERIFY(text.contains(QStringLiteral("rangkap 2 (dua)")));
    const int pages = pdfPages(pdf.path);
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("Halaman 1 dari %1").arg(pages)));
    const QString fingerprint = valueOf(o.vault->log().headFingerprint(), "fingerprint");
    QVERIFY(text.contains(QStringLiteral("Sidik jari log arsip: ") + fingerprint));
    QVERIFY(pdfInfoField(pdf.path, QStringLiteral("Page size")).startsWith(QStringLiteral("595.276 x 841.89")));
    QVERIFY(pdfInfoField(pdf.path, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    QVERIFY(pdfInfoField(pdf.path, QStringLiteral("Title")).contains(h.number));
}

void TestHandoverReport::registerSample()
{
    HandoverOffice o;
    finalized(o);
    auto document = valueOf(Reports(*o.vault).accountRegister(o.ani, {}, {}), "register");
    const QString path = m_dir.filePath(QStringLiteral("register.pdf"));
    require(writeReportPdf(document, path), "write register");
    keepSample(path, QStringLiteral("register.pdf"));
    const QString text = pdfText(path);
    for (const Account &account : {o.instagram, o.facebook, o.other}) {
        QVERIFY2(text.contains(QStringLiteral("@") + account.handle), qPrintable(account.handle));
    }
    QVERIFY(text.contains(QStringLiteral("Jumlah akun: 3")));
}

void TestHandoverReport::f4PaperIsExact()
{
    HandoverOffice o;
    const Handover h = finalized(o);
    ReportOptions options;
    options.paper = Paper::F4;
    const Printed pdf = print(o, o.budi, h.id, options, false, QStringLiteral("berita-acara-f4.pdf"));
    QCOMPARE(pdfInfoField(pdf.path, QStringLiteral("Page size")).left(20), QStringLiteral("609.449 x 935.433 pt"));
    QVERIFY(pdf.text.contains(QStringLiteral("Halaman 1 dari")));
}

void TestHandoverReport::englishVersion()
{
    HandoverOffice o;
    const Handover h = finalized(o);
    ReportOptions options;
    options.language = Language::English;
    const Printed pdf = print(o, o.budi, h.id, options, false, QStringLiteral("handover-en.pdf"));
    QVERIFY(pdf.text.contains(QStringLiteral("HANDOVER RECORD")));
    QVERIFY(pdf.text.contains(QStringLiteral("Number: 1/BA/HM.02/72.05/XII/2023")));
    QVERIFY(pdf.text.contains(QStringLiteral("Saturday, the thirtieth day of December of the year two thousand "
                                             "twenty-three (30-12-2023)")));
    QVERIFY(pdf.text.contains(QStringLiteral("FIRST PARTY")));
    QVERIFY(pdf.text.contains(QStringLiteral("Acknowledged by")));
    QVERIFY(pdf.text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(!pdf.text.contains(QStringLiteral("Halaman")));
}

void TestHandoverReport::annexWithSecretsIsLoggedAndRefusedToViewers()
{
    HandoverOffice o;
    const Handover h = finalized(o);
    QCOMPARE(Reports(*o.vault).handover(o.ani, h.id, {}, true).error().code(), ErrorCode::PermissionDenied);
    // Viewers print the record itself.
    QVERIFY(Reports(*o.vault).handover(o.ani, h.id, {}, false).ok());
    const Printed pdf = print(o, o.budi, h.id, {}, true, QStringLiteral("berita-acara-lampiran.pdf"));
    QVERIFY(pdf.text.contains(QStringLiteral("LAMPIRAN BERITA ACARA SERAH TERIMA")));
    QVERIFY(pdf.text.contains(QStringLiteral("old password 1")));
    QVERIFY(pdf.text.contains(QStringLiteral("old password 2")));
    // The annex stands on its own page(s): the record's first page has no password.
    QVERIFY(!pdfPageText(pdf.path, 1).contains(QStringLiteral("old password")));
    QVERIFY(pdfPages(pdf.path) >= 2);
    auto printed = valueOf(o.vault->log().entries({.actionPrefix = LogAction::reportSecretsPrinted()}), "log");
    QCOMPARE(printed.size(), 1);
    QCOMPARE(printed.first().target, QStringLiteral("handover:%1").arg(h.id));
    QVERIFY(!printed.first().details.contains(QStringLiteral("old password")));
}

void TestHandoverReport::draftIsMarked()
{
    HandoverOffice o;
    auto draft = valueOf(Handovers(*o.vault).create(o.budi, o.spec(HandoverKind::Activation)), "create");
    const Printed pdf = print(o, o.budi, draft.id, {}, false, QStringLiteral("berita-acara-draf.pdf"));
    QVERIFY(pdf.text.contains(QStringLiteral("DRAF")));
    QVERIFY(pdf.text.contains(QStringLiteral("belum bernomor")));
}

void TestHandoverReport::cancelLeavesNoFile()
{
    HandoverOffice o;
    const Handover h = finalized(o);
    auto document = valueOf(Reports(*o.vault).handover(o.budi, h.id, {}), "report");
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const Status status = writeReportPdf(document, path, [](int, int) { return false; });
    QCOMPARE(status.error().code(), ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestHandoverReport)
#include "tst_handoverreport.moc"
