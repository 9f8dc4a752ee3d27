// SPDX-License-Identifier: GPL-3.0-or-later
// `brankas-cli import` as a script runs it: a dry run that lists the problems as JSON, an import
// that problems stop with nothing written, one that records the valid rows, and the reminder to
// destroy a sheet that held passwords. Runs with the real OS keychain (tests/with-keyring.sh).
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
} // namespace

class TestImportFlow : public QObject
{
    Q_OBJECT

private:
    QStringList asSiti(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QStringLiteral("Siti")} +
               arguments;
    }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", name);
        }
        return path;
    }
    int accountCount()
    {
        Run list = cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        if (list.exitCode != 0) {
            qFatal("account list failed");
        }
        return int(json(list).array().size());
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_sheet;

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
        m_sheet = write("akun panwascam.csv", "Kecamatan;Media Sosial;Link;Kata Sandi;Warna\r\n"
                                              "KEC. BIAU;;https://www.instagram.com/panwascam.biau/;Rahasia-Biau-77;"
                                              "merah\r\n"
                                              "Atlantis;IG;atlantis_1;;\r\n"
                                              "Tiloan;X;pws_tiloan;;\r\n");
    }

    void dryRunListsTheProblemsAsJson()
    {
        Run dry =
            cli(asSiti({QStringLiteral("import"), m_sheet, QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                {Admin});
        QCOMPARE(dry.exitCode, 1);
        const QJsonObject report = json(dry).object();
        QCOMPARE(report.value(QStringLiteral("valid")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("recorded")).toInt(), 0);
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("Kecamatan"));
        QVERIFY(!dry.out.contains(QStringLiteral("Rahasia")));
        QCOMPARE(accountCount(), 0);
    }

    void problemsStopTheImport()
    {
        Run stopped = cli(asSiti({QStringLiteral("import"), m_sheet}), {Admin});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY(stopped.out.contains(QStringLiteral("row 3: Kecamatan: \"Atlantis\"")));
        QVERIFY(stopped.err.contains(QStringLiteral("Nothing was recorded")));
        QCOMPARE(accountCount(), 0);
    }

    void skipInvalidRecordsTheRestAndWarnsAboutThePasswords()
    {
        Run imported = cli(asSiti({QStringLiteral("import"), m_sheet, QStringLiteral("--skip-invalid")}), {Admin});
        VERIFY_RUN(imported);
        QVERIFY(imported.err.contains(QStringLiteral("Warna")));
        QVERIFY(imported.err.contains(QStringLiteral("akun panwascam.csv still holds them in the clear")));
        QVERIFY(!imported.out.contains(QStringLiteral("Rahasia")) && !imported.err.contains(QStringLiteral("Rahasia")));
        QCOMPARE(accountCount(), 2);
        Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        VERIFY_RUN(log);
        QVERIFY(log.out.contains(QStringLiteral("register.imported")));
        QVERIFY(!log.out.contains(QStringLiteral("Rahasia")));
        Run again =
            cli(asSiti({QStringLiteral("import"), m_sheet, QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                {Admin});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(json(again).object().value(QStringLiteral("duplicates")).toInt(), 2);
    }

    void theExportImportsBackIntoAnEmptyVault()
    {
        const QString out = m_dir.filePath(QStringLiteral("register.xlsx"));
        Run exported =
            cli(asSiti({QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"), out}), {Admin});
        VERIFY_RUN(exported);
        QVERIFY(exported.out.contains(QStringLiteral("2 accounts written")));
        Run refused = cli(asSiti({QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"),
                                  m_dir.filePath(QStringLiteral("register.ods"))}),
                          {Admin});
        QCOMPARE(refused.exitCode, 1);
        // What the importer reads back, it must find already recorded: every row a duplicate.
        Run back = cli(asSiti({QStringLiteral("import"), out, QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                       {Admin});
        QCOMPARE(back.exitCode, 1);
        QCOMPARE(json(back).object().value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(json(back).object().value(QStringLiteral("invalid")).toInt(), 2);
    }

    // --with-secrets: refused to an operator and to a wrong second passphrase, logged before any
    // password is read (so even a file that cannot be written leaves the entry), a warning on stderr,
    // and the file imports back with its passwords into an empty vault of the same regency.
    void exportWithSecretsAsksAgainAndImportsBack()
    {
        const QByteArray budi = "budi lemari hijau";
        VERIFY_RUN(cli(asSiti({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                               QStringLiteral("--role"), QStringLiteral("operator")}),
                       {Admin, budi}));
        const QString out = m_dir.filePath(QStringLiteral("with-secrets.csv"));
        const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"), out,
                                     QStringLiteral("--with-secrets")};
        QStringList asBudi = asSiti(exportArgs);
        asBudi[asBudi.indexOf(QStringLiteral("Siti"))] = QStringLiteral("Budi");
        Run operatorRun = cli(asBudi, {budi, budi});
        QCOMPARE(operatorRun.exitCode, 1);
        QVERIFY2(operatorRun.err.contains(QStringLiteral("Only an administrator")), qPrintable(operatorRun.err));
        Run wrong = cli(asSiti(exportArgs), {Admin, budi});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFile::exists(out));
        Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QVERIFY(!log.out.contains(QStringLiteral("\"passwords\": true")));

        const QStringList unwritable{QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("missing/with-secrets.csv")),
                                     QStringLiteral("--with-secrets")};
        QCOMPARE(cli(asSiti(unwritable), {Admin, Admin}).exitCode, 1);
        log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QVERIFY2(log.out.contains(QStringLiteral("\"passwords\": true")), qPrintable(log.out));

        Run exported = cli(asSiti(exportArgs), {Admin, Admin});
        VERIFY_RUN(exported);
        QVERIFY2(exported.err.contains(QStringLiteral("not protected")), qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Rahasia-Biau-77"));

        Run help = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                        QStringLiteral("register"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("with --with-secrets: the same passphrase again")),
                 qPrintable(help.out));

        const QString second = m_dir.filePath(QStringLiteral("second.brankas"));
        VERIFY_RUN(cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), second,
                        QStringLiteral("init"), QStringLiteral("--regency"), QStringLiteral("72.05"),
                        QStringLiteral("--admin"), QStringLiteral("Siti")},
                       {Admin, Recovery}));
        QStringList intoSecond = asSiti({QStringLiteral("import"), out, QStringLiteral("--json")});
        intoSecond[intoSecond.indexOf(m_path)] = second;
        Run back = cli(intoSecond, {Admin});
        VERIFY_RUN(back);
        QCOMPARE(json(back).object().value(QStringLiteral("recorded")).toInt(), accountCount());
    }

    void aCleanDryRunSucceedsAndMapsColumns()
    {
        const QString clean = write("clean.csv", "Wilayah,Username,Platform\n72.05.03,bokat_panwas,tiktok\n");
        Run unmapped = cli(asSiti({QStringLiteral("import"), clean, QStringLiteral("--dry-run")}), {Admin});
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY(unmapped.err.contains(QStringLiteral("needs at least a Kecamatan column")));
        Run mapped = cli(asSiti({QStringLiteral("import"), clean, QStringLiteral("--dry-run"), QStringLiteral("--map"),
                                 QStringLiteral("Wilayah=kecamatan")}),
                         {Admin});
        VERIFY_RUN(mapped);
        QCOMPARE(accountCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImportFlow)
#include "tst_importflow.moc"
