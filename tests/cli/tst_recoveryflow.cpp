// SPDX-License-Identifier: GPL-3.0-or-later
// `brankas-cli recovery change` as a script and an administrator would use it: the order of the
// input lines, the refusals, and the new sheet, read back from its PDF as a person reads the paper,
// opening the vault on a PC whose keychain has lost the key while the old passphrase opens nothing.
#include "../common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QByteArray Typed = "awan sungai batu merah jauh";
const QByteArray BudiPassphrase = "budi lemari hijau";

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestRecoveryFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpGivesTheOrderAndTheColumnsStayApart();
    void refusals_data();
    void refusals();
    void typedReplacement();
    void proposedReplacementOnTheSheet();

private:
    QStringList as(const QString &officer, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),
                           QStringLiteral("--vault"),   m_path,
                           QStringLiteral("--officer"), officer} +
               arguments;
    }
    // Whether this recovery passphrase opens the vault (recover puts the key back in the keychain:
    // harmless, it is the same key).
    bool opens(const QByteArray &recovery)
    {
        return cli(as(QStringLiteral("Siti"), {QStringLiteral("recover")}), {Admin, recovery}).exitCode == 0;
    }
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_current = Recovery;
};

void TestRecoveryFlow::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("office.brankas"));
    Run init = cli({QStringLiteral("--vault"), m_path, QStringLiteral("init"), QStringLiteral("--regency"),
                    QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
                   {Admin, Recovery});
    VERIFY_RUN(init);
    Run budi = cli(as(QStringLiteral("Siti"), {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Budi"),
                                               QStringLiteral("--role"), QStringLiteral("operator")}),
                   {Admin, BudiPassphrase});
    VERIFY_RUN(budi);
}

void TestRecoveryFlow::helpGivesTheOrderAndTheColumnsStayApart()
{
    Run help = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("recovery"),
                    QStringLiteral("change"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const qsizetype own = help.out.indexOf(QStringLiteral("1. your passphrase"));
    const qsizetype current = help.out.indexOf(QStringLiteral("2. the current recovery passphrase"));
    const qsizetype replacement = help.out.indexOf(QStringLiteral("3. the new recovery passphrase"));
    QVERIFY2(own >= 0 && own < current && current < replacement, qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("--sheet")));

    // Every command's summary stands apart from its name, however long the name.
    Run overview = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    const QStringList lines = overview.out.section(QStringLiteral("Commands:\n"), 1)
                                  .section(QStringLiteral("\n\n"), 0, 0)
                                  .split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 40);
    for (const QString &line : lines) {
        QVERIFY2(QRegularExpression(QStringLiteral("^  [a-z-]+( [a-z-]+)?  +\\S")).match(line).hasMatch(),
                 qPrintable(line));
    }
    QVERIFY(overview.out.contains(QStringLiteral("  recovery change  ")));
}

void TestRecoveryFlow::refusals_data()
{
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<QByteArray>>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("operator") << QStringLiteral("Budi") << QStringList{}
                              << QList<QByteArray>{BudiPassphrase, Recovery, Typed} << 1
                              << QStringLiteral("Only an administrator");
    QTest::newRow("wrong current") << QStringLiteral("Siti")
                                   << QStringList{QStringLiteral("--sheet"), QStringLiteral("x.pdf")}
                                   << QList<QByteArray>{Admin, "bukan frasa pemulihan kami", Typed} << 1
                                   << QStringLiteral("recovery");
    QTest::newRow("weak new") << QStringLiteral("Siti")
                              << QStringList{QStringLiteral("--sheet"), QStringLiteral("x.pdf")}
                              << QList<QByteArray>{Admin, Recovery, "password123456789"} << 1
                              << QStringLiteral("guess");
    QTest::newRow("same again") << QStringLiteral("Siti") << QStringList{}
                                << QList<QByteArray>{Admin, Recovery, Recovery} << 1 << QStringLiteral("same");
    QTest::newRow("input runs out") << QStringLiteral("Siti") << QStringList{} << QList<QByteArray>{Admin, Recovery}
                                    << 1 << QStringLiteral("new recovery passphrase");
    QTest::newRow("propose without sheet") << QStringLiteral("Siti") << QStringList{QStringLiteral("--propose")}
                                           << QList<QByteArray>{Admin, Recovery} << 2 << QStringLiteral("--sheet");
    QTest::newRow("bad paper") << QStringLiteral("Siti") << QStringList{QStringLiteral("--paper"), QStringLiteral("b5")}
                               << QList<QByteArray>{Admin, Recovery, Typed} << 2 << QStringLiteral("a4 or f4");
}

void TestRecoveryFlow::refusals()
{
    QFETCH(QString, officer);
    QFETCH(QStringList, options);
    QFETCH(QList<QByteArray>, input);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const qsizetype sheetAt = options.indexOf(QStringLiteral("--sheet"));
    if (sheetAt >= 0) {
        options[sheetAt + 1] = m_dir.filePath(options[sheetAt + 1]);
    }
    Run refused = cli(as(officer, QStringList{QStringLiteral("recovery"), QStringLiteral("change")} + options), input);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
    // No sheet carries a passphrase that opens nothing, and the current one still works.
    if (sheetAt >= 0) {
        QVERIFY(!QFile::exists(options[sheetAt + 1]));
    }
    QVERIFY(opens(m_current));
}

void TestRecoveryFlow::typedReplacement()
{
    Run changed = cli(as(QStringLiteral("Siti"), {QStringLiteral("recovery"), QStringLiteral("change")}),
                      {Admin, m_current, Typed});
    VERIFY_RUN(changed);
    QVERIFY(changed.out.contains(QStringLiteral("replaced")));
    QVERIFY(!changed.out.contains(QString::fromLatin1(Typed)));
    QVERIFY(!opens(m_current));
    QVERIFY(opens(Typed));
    m_current = Typed;
    Run log = cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--action"),
                                              QStringLiteral("vault.recovery-changed"), QStringLiteral("--json")}),
                  {Admin});
    VERIFY_RUN(log);
    QCOMPARE(json(log).array().size(), 1);
    QCOMPARE(json(log).array().first().toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
}

void TestRecoveryFlow::proposedReplacementOnTheSheet()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    const QString sheet = m_dir.filePath(QStringLiteral("recovery-sheet.pdf"));
    Run changed = cli(
        as(QStringLiteral("Siti"), {QStringLiteral("recovery"), QStringLiteral("change"), QStringLiteral("--propose"),
                                    QStringLiteral("--sheet"), sheet, QStringLiteral("--paper"), QStringLiteral("f4")}),
        {Admin, m_current});
    VERIFY_RUN(changed);
    QVERIFY(changed.out.contains(sheet));
    // Readable by its owner only: it holds the passphrase.
    QCOMPARE(QFile::permissions(sheet) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QString text = pdfText(sheet);
    QVERIFY2(text.contains(QStringLiteral("BRANKAS RECOVERY SHEET")), qPrintable(text));
    // The words as an officer copies them off the paper: the row under "Word 1 ... Word 6".
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList words;
    for (qsizetype i = 0; i + 1 < lines.size() && words.isEmpty(); ++i) {
        if (lines[i].contains(QStringLiteral("Word 1")) && lines[i].contains(QStringLiteral("Word 6"))) {
            for (qsizetype j = i + 1; j < lines.size() && words.isEmpty(); ++j) {
                words = lines[j].simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
        }
    }
    QVERIFY2(words.size() == 6, qPrintable(text));
    QVERIFY(!changed.out.contains(words.join(QLatin1Char(' '))));
    QVERIFY(!opens(m_current));
    QVERIFY(opens(words.join(QLatin1Char(' ')).toUtf8()));
    // Typed the way people retype paper: extra spaces count as one.
    QVERIFY(opens(QStringLiteral("  %1 ").arg(words.join(QStringLiteral("  "))).toUtf8()));
    Run verify = cli(as(QStringLiteral("Siti"), {QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    VERIFY_RUN(verify);
}

QTEST_GUILESS_MAIN(TestRecoveryFlow)
#include "tst_recoveryflow.moc"
