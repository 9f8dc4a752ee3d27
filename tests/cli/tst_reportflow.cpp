// SPDX-License-Identifier: GPL-3.0-or-later
// A handover and the printed reports through brankas-cli, as a script would: accounts recorded,
// a handover drafted, printed as a draft, finalised, printed with and without the sealed-envelope
// annex, then the register, health and log reports. Runs with the real OS keychain (inside
// tests/with-keyring.sh) and the real clock; the steps share one vault and run in order.
#include "../common/clirunner.h"
#include "../reports/pdftools.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Ani = "kata sandi ani";
const QByteArray InstagramPassword = "Momunu#Sandi-2024";
const QByteArray FacebookPassword = "Facebook#Momunu-77";

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

class TestReportFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handoverIsDrafted();
    void draftPrintsWithoutNumber();
    void finalizeAppliesTheHandover();
    void beritaAcaraInIndonesianOnF4();
    void annexIsForOperatorsOnly();
    void registerHealthAndLogReports();
    void usageErrors();

private:
    QStringList as(const char *officer, const QStringList &arguments, const char *language = "en") const
    {
        return QStringList{QStringLiteral("--lang"),    QString::fromLatin1(language),
                           QStringLiteral("--vault"),   m_path,
                           QStringLiteral("--officer"), QString::fromLatin1(officer)} +
               arguments;
    }
    QString pdf(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_handover;
    QString m_number;
};

void TestReportFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
    const QDate today = QDate::currentDate();
    VERIFY_RUN(
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path, QStringLiteral("init"),
             QStringLiteral("--regency"), QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
            {Admin, Recovery}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Ani"),
                               QStringLiteral("--role"), QStringLiteral("viewer")}),
                   {Admin, Ani}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--city"),
                               QStringLiteral("Buol"), QStringLiteral("--head"), QStringLiteral("Dra. Hj. Nurhayati"),
                               QStringLiteral("--head-title"), QStringLiteral("Ketua Bawaslu Kabupaten Buol")}),
                   {Admin}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Pemilu Berjalan"), QStringLiteral("--from"), iso(today.addDays(-30)),
                               QStringLiteral("--until"), iso(today.addDays(300))}),
                   {Admin}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                               QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                               QStringLiteral("--handle"), QStringLiteral("@panwaslu.momunu"),
                               QStringLiteral("--status"), QStringLiteral("requested")}),
                   {Admin, InstagramPassword}));
    VERIFY_RUN(cli(as("Siti", {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                               QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("facebook"),
                               QStringLiteral("--handle"), QStringLiteral("panwaslumomunu"), QStringLiteral("--status"),
                               QStringLiteral("requested"), QStringLiteral("--permanent")}),
                   {Admin, FacebookPassword}));
}

void TestReportFlow::handoverIsDrafted()
{
    Run create = cli(as("Siti", {QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--kecamatan"),
                                 QStringLiteral("72.05.01"), QStringLiteral("--kind"), QStringLiteral("activation"),
                                 QStringLiteral("--date"), QStringLiteral("2023-12-30"), QStringLiteral("--from"),
                                 QStringLiteral("Siti Rahma"), QStringLiteral("--from-position"),
                                 QStringLiteral("Staf Humas"), QStringLiteral("--to"), QStringLiteral("Andi Saputra"),
                                 QStringLiteral("--to-position"), QStringLiteral("Ketua Panwaslu Kecamatan Momunu"),
                                 QStringLiteral("--accounts"), QStringLiteral("1,2")}),
                     {Admin});
    VERIFY_RUN(create);
    m_handover = create.out.trimmed();
    QCOMPARE(m_handover, QStringLiteral("1"));
    Run list = cli(as("Ani", {QStringLiteral("handover"), QStringLiteral("list"), QStringLiteral("--json")}), {Ani});
    VERIFY_RUN(list);
    const QJsonArray handovers = json(list).array();
    QCOMPARE(handovers.size(), 1);
    QCOMPARE(handovers.first().toObject().value(QStringLiteral("final")).toBool(), false);
    QCOMPARE(handovers.first().toObject().value(QStringLiteral("accounts")).toArray().size(), 2);
    // Viewers do not record handovers.
    Run refused = cli(as("Ani", {QStringLiteral("handover"), QStringLiteral("finalize"), m_handover}), {Ani});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestReportFlow::draftPrintsWithoutNumber()
{
    Run report = cli(as("Ani", {QStringLiteral("report"), QStringLiteral("handover"), m_handover,
                                QStringLiteral("--out"), pdf("draft.pdf")}),
                     {Ani});
    VERIFY_RUN(report);
    const QString text = pdfText(pdf("draft.pdf"));
    QVERIFY2(text.contains(QStringLiteral("DRAFT")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("HANDOVER RECORD")));
}

void TestReportFlow::finalizeAppliesTheHandover()
{
    Run finalize = cli(as("Siti", {QStringLiteral("handover"), QStringLiteral("finalize"), m_handover}), {Admin});
    VERIFY_RUN(finalize);
    m_number = QStringLiteral("1/BA/HM.02/72.05/XII/2023");
    QVERIFY2(finalize.out.contains(m_number), qPrintable(finalize.out));
    Run accounts =
        cli(as("Siti", {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(accounts);
    for (const QJsonValue &account : json(accounts).array()) {
        QCOMPARE(account.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }
    // Once final, it cannot be finalised (or changed) again; the refusal is one line, in English or Indonesian.
    Run again = cli(as("Siti", {QStringLiteral("handover"), QStringLiteral("finalize"), m_handover}), {Admin});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("cannot be changed")), qPrintable(again.err));
    QCOMPARE(again.err.trimmed().count(QLatin1Char('\n')), 0);
    Run againId = cli(as("Siti", {QStringLiteral("handover"), QStringLiteral("finalize"), m_handover}, "id"), {Admin});
    QCOMPARE(againId.exitCode, 1);
    QVERIFY(!againId.err.trimmed().isEmpty());
    QCOMPARE(againId.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestReportFlow::beritaAcaraInIndonesianOnF4()
{
    Run report = cli(as("Siti",
                        {QStringLiteral("report"), QStringLiteral("handover"), m_handover, QStringLiteral("--out"),
                         pdf("ba.pdf"), QStringLiteral("--paper"), QStringLiteral("f4")},
                        "id"),
                     {Admin});
    VERIFY_RUN(report);
    keepSample(pdf("ba.pdf"), QStringLiteral("cli-berita-acara-f4.pdf"));
    const QString text = pdfText(pdf("ba.pdf"));
    QVERIFY(text.contains(QStringLiteral("BERITA ACARA SERAH TERIMA")));
    QVERIFY(text.contains(QStringLiteral("Nomor: ") + m_number));
    QVERIFY(text.contains(QStringLiteral("Pada hari ini Sabtu tanggal tiga puluh bulan Desember tahun dua ribu dua "
                                         "puluh tiga (30-12-2023), bertempat di Buol")));
    QVERIFY(text.contains(QStringLiteral("@panwaslu.momunu")));
    QVERIFY(text.contains(QStringLiteral("@panwaslumomunu")));
    QVERIFY(!text.contains(QString::fromLatin1(InstagramPassword)));
    QVERIFY(text.contains(QStringLiteral("Yang Menyerahkan")));
    QVERIFY(text.contains(QStringLiteral("Yang Menerima")));
    QVERIFY(text.contains(QStringLiteral("Mengetahui")));
    QVERIFY(text.contains(QStringLiteral("Halaman 1 dari %1").arg(pdfPages(pdf("ba.pdf")))));
    QVERIFY(text.contains(QStringLiteral("Sidik jari log arsip: ")));
    QCOMPARE(pdfInfoField(pdf("ba.pdf"), QStringLiteral("Page size")).left(20), QStringLiteral("609.449 x 935.433 pt"));
    // The fingerprint of the log as it stood when printed, in the form `log verify` shows.
    QVERIFY(QRegularExpression(QStringLiteral("Sidik jari log arsip: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"))
                .match(text)
                .hasMatch());
}

void TestReportFlow::annexIsForOperatorsOnly()
{
    Run viewer = cli(as("Ani", {QStringLiteral("report"), QStringLiteral("handover"), m_handover,
                                QStringLiteral("--out"), pdf("viewer.pdf"), QStringLiteral("--with-secrets")}),
                     {Ani});
    QCOMPARE(viewer.exitCode, 1);
    QVERIFY(!QFile::exists(pdf("viewer.pdf")));
    Run annex = cli(as("Siti", {QStringLiteral("report"), QStringLiteral("handover"), m_handover,
                                QStringLiteral("--out"), pdf("annex.pdf"), QStringLiteral("--with-secrets")}),
                    {Admin});
    VERIFY_RUN(annex);
    QVERIFY(!annex.out.contains(QString::fromLatin1(InstagramPassword)));
    // The passwords on paper: only the officer who printed them may read the file.
    QCOMPARE(QFileInfo(pdf("annex.pdf")).permissions() &
                 ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text = pdfText(pdf("annex.pdf"));
    QVERIFY(text.contains(QString::fromLatin1(InstagramPassword)));
    QVERIFY(text.contains(QString::fromLatin1(FacebookPassword)));
    QVERIFY(!pdfPageText(pdf("annex.pdf"), 1).contains(QString::fromLatin1(InstagramPassword)));
    Run log = cli(as("Siti", {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--action"), QStringLiteral("report.")}),
                  {Admin});
    VERIFY_RUN(log);
    QCOMPARE(json(log).array().size(), 1);
    QVERIFY(!log.out.contains(QString::fromLatin1(InstagramPassword)));
}

void TestReportFlow::registerHealthAndLogReports()
{
    Run reg = cli(as("Ani",
                     {QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"),
                      pdf("register.pdf"), QStringLiteral("--kecamatan"), QStringLiteral("72.05.01")},
                     "id"),
                  {Ani});
    VERIFY_RUN(reg);
    QString text = pdfText(pdf("register.pdf"));
    QVERIFY(text.contains(QStringLiteral("DAFTAR AKUN MEDIA SOSIAL")));
    QVERIFY(text.contains(QStringLiteral("@panwaslu.momunu")));
    QVERIFY(text.contains(QStringLiteral("Aktif")));
    QVERIFY(text.contains(QStringLiteral("Halaman 1 dari")));

    Run health =
        cli(as("Ani", {QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--out"), pdf("health.pdf")}),
            {Ani});
    VERIFY_RUN(health);
    text = pdfText(pdf("health.pdf"));
    QVERIFY(text.contains(QStringLiteral("HEALTH REPORT")));
    QVERIFY(text.contains(QStringLiteral("WARNING")));

    const QString today = iso(QDate::currentDate());
    Run log = cli(as("Ani",
                     {QStringLiteral("report"), QStringLiteral("log"), QStringLiteral("--from"), today,
                      QStringLiteral("--until"), today, QStringLiteral("--out"), pdf("log.pdf")},
                     "id"),
                  {Ani});
    VERIFY_RUN(log);
    text = pdfText(pdf("log.pdf"));
    QVERIFY(text.contains(QStringLiteral("PETIKAN LOG ARSIP")));
    QVERIFY(text.contains(QStringLiteral("UTUH")));
    // Actions in the report's words, not their stored identifiers.
    QVERIFY(text.contains(QStringLiteral("difinalkan")));
    QVERIFY(text.contains(QStringLiteral("Dicetak beserta kata sandi")));
    QVERIFY(!text.contains(QStringLiteral("handover.finalized")));
}

void TestReportFlow::usageErrors()
{
    Run noOut = cli(as("Siti", {QStringLiteral("report"), QStringLiteral("handover"), m_handover}), {Admin});
    QCOMPARE(noOut.exitCode, 2);
    Run badPaper = cli(as("Siti", {QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"),
                                   pdf("x.pdf"), QStringLiteral("--paper"), QStringLiteral("letter")}),
                       {Admin});
    QCOMPARE(badPaper.exitCode, 2);
    Run badKind = cli(
        as("Siti", {QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--kecamatan"),
                    QStringLiteral("72.05.01"), QStringLiteral("--kind"), QStringLiteral("gift"),
                    QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--from"),
                    QStringLiteral("A"), QStringLiteral("--from-position"), QStringLiteral("B"), QStringLiteral("--to"),
                    QStringLiteral("C"), QStringLiteral("--to-position"), QStringLiteral("D")}),
        {Admin});
    QCOMPARE(badKind.exitCode, 1);
    QVERIFY(badKind.err.contains(QStringLiteral("activation, return or transfer")));
    Run help = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                    QStringLiteral("handover"), QStringLiteral("--help")});
    VERIFY_RUN(help);
    QVERIFY(help.out.contains(QStringLiteral("--with-secrets")));
    QVERIFY(help.out.contains(QStringLiteral("Standard input")));
}

QTEST_GUILESS_MAIN(TestReportFlow)
#include "tst_reportflow.moc"
