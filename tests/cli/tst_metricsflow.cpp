// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation's figures and notes as a script records them: `metrics set`, `metrics list`,
// `metrics import` of Brankas's own sheet and of a platform's export, `evaluation note`, each
// refusal with its message and exit code, and what the archive log says afterwards. Runs with the
// real OS keychain (tests/with-keyring.sh).
#include "../common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Ani = "kata sandi ani";
} // namespace

class TestMetricsFlow : public QObject
{
    Q_OBJECT

private:
    QStringList as(const char *officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),        QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QString::fromLatin1(officer)} +
               arguments;
    }
    QStringList asSiti(const QStringList &arguments) const { return as("Siti", arguments); }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", name);
        }
        return path;
    }
    QJsonArray listed(const QStringList &filters = {})
    {
        Run list = cli(
            asSiti(QStringList{QStringLiteral("metrics"), QStringLiteral("list"), QStringLiteral("--json")} + filters),
            {Admin});
        if (list.exitCode != 0) {
            qFatal("metrics list failed: %s", qPrintable(list.err));
        }
        return json(list).array();
    }
    QJsonArray logOf(const char *action)
    {
        Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                              QString::fromLatin1(action), QStringLiteral("--json")}),
                      {Admin});
        if (log.exitCode != 0) {
            qFatal("log list failed: %s", qPrintable(log.err));
        }
        return json(log).array();
    }

    // `evaluation note ARGUMENTS` is refused with this exit code and message, and no note is added or
    // changed in the log.
    void refusedNote(const QStringList &arguments, int exitCode, const QString &says)
    {
        const qint64 added = logOf("evaluation.note-added").size();
        const qint64 changed = logOf("evaluation.note-changed").size();
        Run refused =
            cli(asSiti(QStringList{QStringLiteral("evaluation"), QStringLiteral("note")} + arguments), {Admin});
        QCOMPARE(refused.exitCode, exitCode);
        QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        QCOMPARE(logOf("evaluation.note-added").size(), added);
        QCOMPARE(logOf("evaluation.note-changed").size(), changed);
    }

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
        Run init = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path,
                        QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                        QStringLiteral("--admin"), QStringLiteral("Siti")},
                       {Admin, Recovery});
        VERIFY_RUN(init);
        VERIFY_RUN(cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Ani"),
                               QStringLiteral("--role"), QStringLiteral("viewer")}),
                       {Admin, Ani}));
        VERIFY_RUN(cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                               QStringLiteral("72.05.01"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                               QStringLiteral("--handle"), QStringLiteral("panwaslu_momunu")}),
                       {Admin, ""}));
        VERIFY_RUN(cli(asSiti({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kecamatan"),
                               QStringLiteral("72.05.03"), QStringLiteral("--platform"), QStringLiteral("x"),
                               QStringLiteral("--handle"), QStringLiteral("PanwasluBokat")}),
                       {Admin, ""}));
    }

    void setThenList()
    {
        Run set = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("set"), QStringLiteral("1"),
                              QStringLiteral("--month"), QStringLiteral("2024-03"), QStringLiteral("--followers"),
                              QStringLiteral("1200"), QStringLiteral("--posts"), QStringLiteral("14")}),
                      {Admin});
        VERIFY_RUN(set);
        QVERIFY2(set.out.contains(QLatin1String("2024-03")), qPrintable(set.out));
        // A second set adds reach and keeps what was there.
        VERIFY_RUN(cli(
            asSiti({QStringLiteral("metrics"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--month"),
                    QStringLiteral("2024-03"), QStringLiteral("--reach"), QStringLiteral("5300")}),
            {Admin}));
        const QJsonArray months = listed({QStringLiteral("--account"), QStringLiteral("1")});
        QCOMPARE(months.size(), 1);
        const QJsonObject march = months.first().toObject();
        QCOMPARE(march.value(QStringLiteral("month")).toString(), QStringLiteral("2024-03"));
        QCOMPARE(march.value(QStringLiteral("followers")).toInt(), 1200);
        QCOMPARE(march.value(QStringLiteral("posts")).toInt(), 14);
        QCOMPARE(march.value(QStringLiteral("reach")).toInt(), 5300);
        // Not counted is null in JSON and "-" on screen, never 0.
        QVERIFY(march.value(QStringLiteral("engagement")).isNull());
        Run text = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("list")}), {Admin});
        VERIFY_RUN(text);
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("2024-03\\s+1200\\s+14\\s+5300\\s+-"))),
                 qPrintable(text.out));
        QCOMPARE(logOf("metrics.set").size(), 2);
        // "" makes a figure unknown again.
        VERIFY_RUN(
            cli(asSiti({QStringLiteral("metrics"), QStringLiteral("set"), QStringLiteral("1"),
                        QStringLiteral("--month"), QStringLiteral("2024-03"), QStringLiteral("--posts"), QString()}),
                {Admin}));
        QVERIFY(listed().first().toObject().value(QStringLiteral("posts")).isNull());
    }

    void setRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString set = QStringLiteral("set");
        QTest::newRow("no month") << QStringList{set, QStringLiteral("1"), QStringLiteral("--posts"),
                                                 QStringLiteral("3")}
                                  << 2 << QStringLiteral("--month YYYY-MM");
        QTest::newRow("bad month") << QStringList{set,
                                                  QStringLiteral("1"),
                                                  QStringLiteral("--month"),
                                                  QStringLiteral("03-2024"),
                                                  QStringLiteral("--posts"),
                                                  QStringLiteral("3")}
                                   << 1 << QStringLiteral("is not a month");
        QTest::newRow("future month") << QStringList{set,
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--month"),
                                                     QStringLiteral("2999-01"),
                                                     QStringLiteral("--posts"),
                                                     QStringLiteral("3")}
                                      << 1 << QStringLiteral("has not begun");
        QTest::newRow("negative") << QStringList{set,
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--month"),
                                                 QStringLiteral("2024-01"),
                                                 QStringLiteral("--followers"),
                                                 QStringLiteral("-5")}
                                  << 1 << QStringLiteral("whole number from 0");
        QTest::newRow("not a number") << QStringList{set,
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--month"),
                                                     QStringLiteral("2024-01"),
                                                     QStringLiteral("--reach"),
                                                     QStringLiteral("banyak")}
                                      << 1 << QStringLiteral("takes a whole number");
        QTest::newRow("no figure") << QStringList{set, QStringLiteral("1"), QStringLiteral("--month"),
                                                  QStringLiteral("2024-01")}
                                   << 1 << QStringLiteral("at least one figure");
        QTest::newRow("no account") << QStringList{set,
                                                   QStringLiteral("77"),
                                                   QStringLiteral("--month"),
                                                   QStringLiteral("2024-01"),
                                                   QStringLiteral("--posts"),
                                                   QStringLiteral("3")}
                                    << 1 << QStringLiteral("77");
        QTest::newRow("bad year") << QStringList{QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("24")}
                                  << 1 << QStringLiteral("is not a year");
    }

    void setRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const qint64 before = listed().size();
        Run refused = cli(asSiti(QStringList{QStringLiteral("metrics")} + arguments), {Admin});
        QCOMPARE(refused.exitCode, exitCode);
        QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        QCOMPARE(listed().size(), before);
    }

    void viewerCannotRecord()
    {
        Run refused = cli(
            as("Ani", {QStringLiteral("metrics"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--month"),
                       QStringLiteral("2024-01"), QStringLiteral("--posts"), QStringLiteral("3")}),
            {Ani});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("Viewers")));
        Run list = cli(as("Ani", {QStringLiteral("metrics"), QStringLiteral("list")}), {Ani});
        VERIFY_RUN(list);
    }

    void importSheetDryRunThenRecord()
    {
        const QString sheet = write("angka.csv", "ID Akun;Bulan;Pengikut;Postingan;Jangkauan;Interaksi\r\n"
                                                 "1;2024-01;1.100;10;4.000;300\r\n"
                                                 "2;2024-01;500;;;\r\n");
        Run dry = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), sheet, QStringLiteral("--dry-run")}),
                      {Admin});
        VERIFY_RUN(dry);
        QVERIFY2(dry.out.contains(QLatin1String("recorded: 0")), qPrintable(dry.out));
        QCOMPARE(listed({QStringLiteral("--year"), QStringLiteral("2024")}).size(), 1);
        Run import = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), sheet, QStringLiteral("--json")}),
                         {Admin});
        VERIFY_RUN(import);
        QCOMPARE(json(import).object().value(QStringLiteral("recorded")).toInt(), 2);
        QCOMPARE(listed({QStringLiteral("--year"), QStringLiteral("2024")}).size(), 3);
        const QJsonArray logged = logOf("metrics.imported");
        QCOMPARE(logged.size(), 1);
    }

    void importWithProblemsRecordsNothing()
    {
        const QString sheet = write("salah.csv", "ID Akun,Bulan,Pengikut\n1,2023-05,100\n1,2023-06,seratus\n");
        const qint64 before = listed().size();
        Run refused = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), sheet}), {Admin});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QLatin1String("row 3: Pengikut: not a whole number")), qPrintable(refused.out));
        QVERIFY(refused.err.contains(QLatin1String("Nothing was recorded")));
        QCOMPARE(listed().size(), before);
    }

    void importPlatformExport()
    {
        const QString posts = write("tweet_activity_metrics.csv",
                                    "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements\n"
                                    "1,https://twitter.com/PanwasluBokat/status/1,Halo,2023-11-02 01:00 +0000,"
                                    "700.0,35.0\n"
                                    "2,https://twitter.com/PanwasluBokat/status/2,Awasi,2023-11-20 01:00 +0000,"
                                    "300.0,15.0\n");
        Run noAccount = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), posts}), {Admin});
        QCOMPARE(noAccount.exitCode, 1);
        QVERIFY(noAccount.err.contains(QLatin1String("--account")));
        Run wrongAccount = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), posts,
                                       QStringLiteral("--account"), QStringLiteral("1")}),
                               {Admin});
        QCOMPARE(wrongAccount.exitCode, 1);
        QVERIFY2(wrongAccount.err.contains(QLatin1String("Instagram")), qPrintable(wrongAccount.err));
        Run import = cli(asSiti({QStringLiteral("metrics"), QStringLiteral("import"), posts,
                                 QStringLiteral("--account"), QStringLiteral("2")}),
                         {Admin});
        VERIFY_RUN(import);
        QVERIFY2(import.out.contains(QLatin1String("X analytics, posts")), qPrintable(import.out));
        const QJsonArray november = listed(
            {QStringLiteral("--account"), QStringLiteral("2"), QStringLiteral("--year"), QStringLiteral("2023")});
        QCOMPARE(november.size(), 1);
        const QJsonObject month = november.first().toObject();
        QCOMPARE(month.value(QStringLiteral("posts")).toInt(), 2);
        QCOMPARE(month.value(QStringLiteral("reach")).toInt(), 1000);
        QCOMPARE(month.value(QStringLiteral("engagement")).toInt(), 50);
        QVERIFY(month.value(QStringLiteral("followers")).isNull());
    }

    void evaluationNotes()
    {
        Run achievement = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("note"),
                                      QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"),
                                      QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--kind"),
                                      QStringLiteral("achievement"), QStringLiteral("Siaran langsung setiap tahapan")}),
                              {Admin});
        VERIFY_RUN(achievement);
        Run obstacle = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("note"), QStringLiteral("--kecamatan"),
                                   QStringLiteral("72.05.03"), QStringLiteral("--year"), QStringLiteral("2024"),
                                   QStringLiteral("--kind"), QStringLiteral("obstacle"), QStringLiteral("--category"),
                                   QStringLiteral("no-device"), QStringLiteral("Tidak ada kuota internet")}),
                           {Admin});
        VERIFY_RUN(obstacle);
        QVERIFY2(obstacle.out.contains(QLatin1String("No device or data plan")), qPrintable(obstacle.out));
        const QJsonArray logged = logOf("evaluation.note-added");
        QCOMPARE(logged.size(), 2);
    }

    void notesListThenEdit()
    {
        Run list = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("notes"), QStringLiteral("--year"),
                               QStringLiteral("2024"), QStringLiteral("--json")}),
                       {Admin});
        VERIFY_RUN(list);
        const QJsonArray notes = json(list).array();
        QCOMPARE(notes.size(), 2);
        QJsonObject obstacle;
        for (const QJsonValue &note : notes) {
            if (note.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("obstacle")) {
                obstacle = note.toObject();
            }
        }
        QCOMPARE(obstacle.value(QStringLiteral("category")).toString(), QStringLiteral("no-device"));
        QCOMPARE(obstacle.value(QStringLiteral("kecamatan")).toString(), QStringLiteral("72.05.03"));
        const QString id = QString::number(obstacle.value(QStringLiteral("id")).toInteger());
        // Another year has none.
        Run other = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("notes"), QStringLiteral("--year"),
                                QStringLiteral("2023"), QStringLiteral("--json")}),
                        {Admin});
        VERIFY_RUN(other);
        QCOMPARE(json(other).array().size(), 0);

        // Only the text is corrected: the obstacle keeps its category.
        Run edit = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("note"), QStringLiteral("--edit"), id,
                               QStringLiteral("Kuota internet habis sejak Maret")}),
                       {Admin});
        VERIFY_RUN(edit);
        QVERIFY2(edit.out.contains(QLatin1String("No device or data plan")), qPrintable(edit.out));
        // Then the category.
        VERIFY_RUN(cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("note"), QStringLiteral("--edit"), id,
                               QStringLiteral("--category"), QStringLiteral("account-locked"),
                               QStringLiteral("Akun terkunci sejak Maret")}),
                       {Admin}));
        Run text = cli(asSiti({QStringLiteral("evaluation"), QStringLiteral("notes")}), {Admin});
        VERIFY_RUN(text);
        QVERIFY2(text.out.contains(QLatin1String("Account locked or hacked: Akun terkunci sejak Maret")),
                 qPrintable(text.out));
        const QJsonArray changed = logOf("evaluation.note-changed");
        QCOMPARE(changed.size(), 2);
        const QJsonObject last = changed.last().toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(last.value(QStringLiteral("from")).toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("no-device"));
        QCOMPARE(last.value(QStringLiteral("to")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Akun terkunci sejak Maret"));
    }

    void editRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown note") << QStringList{QStringLiteral("--edit"), QStringLiteral("999"),
                                                     QStringLiteral("Teks")}
                                      << 1 << QStringLiteral("no evaluation note 999");
        QTest::newRow("not a number") << QStringList{QStringLiteral("--edit"), QStringLiteral("satu"),
                                                     QStringLiteral("Teks")}
                                      << 1 << QStringLiteral("not a note number");
        QTest::newRow("no text") << QStringList{QStringLiteral("--edit"), QStringLiteral("1")} << 2
                                 << QStringLiteral("new text");
        QTest::newRow("moving it to another year")
            << QStringList{QStringLiteral("--edit"), QStringLiteral("1"), QStringLiteral("--year"),
                           QStringLiteral("2023"), QStringLiteral("Teks")}
            << 2 << QStringLiteral("keeps its kecamatan, year and kind");
        QTest::newRow("a category on an achievement")
            << QStringList{QStringLiteral("--edit"), QStringLiteral("1"), QStringLiteral("--category"),
                           QStringLiteral("other"), QStringLiteral("Teks")}
            << 1 << QStringLiteral("achievement");
    }

    void editRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        refusedNote(arguments, exitCode, says);
    }

    void viewerListsButCannotEdit()
    {
        Run list = cli(as("Ani", {QStringLiteral("evaluation"), QStringLiteral("notes")}), {Ani});
        VERIFY_RUN(list);
        QVERIFY2(list.out.contains(QLatin1String("Siaran langsung")), qPrintable(list.out));
        Run edit = cli(as("Ani", {QStringLiteral("evaluation"), QStringLiteral("note"), QStringLiteral("--edit"),
                                  QStringLiteral("1"), QStringLiteral("Diubah")}),
                       {Ani});
        QCOMPARE(edit.exitCode, 1);
        QCOMPARE(logOf("evaluation.note-changed").size(), 2);
    }

    void noteRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList base{QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"), QStringLiteral("--year"),
                               QStringLiteral("2024")};
        QTest::newRow("obstacle without category")
            << base + QStringList{QStringLiteral("--kind"), QStringLiteral("obstacle"), QStringLiteral("Sulit")} << 1
            << QStringLiteral("needs its category");
        QTest::newRow("unknown category")
            << base + QStringList{QStringLiteral("--kind"), QStringLiteral("obstacle"), QStringLiteral("--category"),
                                  QStringLiteral("hujan"), QStringLiteral("Sulit")}
            << 1 << QStringLiteral("not a category");
        QTest::newRow("unknown kind") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("pujian"),
                                                            QStringLiteral("Bagus")}
                                      << 1 << QStringLiteral("not a kind");
        QTest::newRow("no text") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("achievement")} << 2
                                 << QStringLiteral("evaluation note");
        QTest::newRow("unknown kecamatan")
            << QStringList{QStringLiteral("--kecamatan"), QStringLiteral("99.99.99"), QStringLiteral("--year"),
                           QStringLiteral("2024"),        QStringLiteral("--kind"),   QStringLiteral("achievement"),
                           QStringLiteral("Bagus")}
            << 1 << QStringLiteral("99.99.99");
    }

    void noteRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        refusedNote(arguments, exitCode, says);
    }

    void evaluationReportOfAnArea()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("evaluasi-72.pdf"));
        Run report = cli(asSiti({QStringLiteral("report"), QStringLiteral("evaluation"), QStringLiteral("--year"),
                                 QStringLiteral("2024"), QStringLiteral("--area"), QStringLiteral("72"),
                                 QStringLiteral("--out"), pdf}),
                         {Admin});
        VERIFY_RUN(report);
        QVERIFY(QFile::exists(pdf));
        const QString refusedPdf = m_dir.filePath(QStringLiteral("evaluasi-99.pdf"));
        Run refused = cli(asSiti({QStringLiteral("report"), QStringLiteral("evaluation"), QStringLiteral("--year"),
                                  QStringLiteral("2024"), QStringLiteral("--area"), QStringLiteral("99"),
                                  QStringLiteral("--out"), refusedPdf}),
                          {Admin});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("no province or regency with the code \"99\"")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(refusedPdf));
    }

    void logStillVerifies() { VERIFY_RUN(cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin})); }
};

QTEST_GUILESS_MAIN(TestMetricsFlow)
#include "tst_metricsflow.moc"
