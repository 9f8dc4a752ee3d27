// SPDX-License-Identifier: GPL-3.0-or-later
// `brankas-cli account status` for many accounts at once, as an office does at term end: one
// account of the kecamatan cannot make the change, so nothing changes; with --skip-refused the
// others change and the refused one is named. Runs with the real keychain (tests/with-keyring.sh);
// the steps share one vault and run in order.
#include "../common/clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas::Testing;

namespace {
const QByteArray Admin = "kata sandi admin";
const QByteArray Recovery = "meja kursi lemari pintu jendela";
const QString Reason = QStringLiteral("masa tugas Panwaslu Kecamatan berakhir");
} // namespace

class TestBulkStatusFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void singleAccountFormStillWorks();
    void usageErrorsNeedNoSignIn_data();
    void usageErrorsNeedNoSignIn();
    void oneRefusedAccountStopsTheWholeChange();
    void skipRefusedChangesTheOthers();
    void numbersNarrowedByPlatformAndStatus();
    void logHoldsOneEntryPerAccount();

private:
    QStringList asSiti(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--lang"),    QStringLiteral("en"),  QStringLiteral("--vault"), m_path,
                           QStringLiteral("--officer"), QStringLiteral("Siti")} +
               arguments;
    }
    // Each account's status by its handle.
    QHash<QString, QString> statuses()
    {
        Run list = cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
        QHash<QString, QString> result;
        for (const QJsonValue &value : json(list).array()) {
            result.insert(value.toObject().value(QStringLiteral("handle")).toString(),
                          value.toObject().value(QStringLiteral("status")).toString());
        }
        return result;
    }
    qint64 idOf(const QString &handle) const { return m_ids.value(handle); }

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids;
};

void TestBulkStatusFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("buol.brankas"));
    VERIFY_RUN(
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--vault"), m_path, QStringLiteral("init"),
             QStringLiteral("--regency"), QStringLiteral("72.05"), QStringLiteral("--admin"), QStringLiteral("Siti")},
            {Admin, Recovery}));
    const QDate today = QDate::currentDate();
    VERIFY_RUN(cli(
        asSiti({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Pemilu Berjalan"), QStringLiteral("--from"), today.addDays(-100).toString(Qt::ISODate),
                QStringLiteral("--until"), today.addDays(100).toString(Qt::ISODate)}),
        {Admin}));
    // Four accounts in one step: three of Momunu (72.05.01), one of Lakea (72.05.02).
    const QString sheet = m_dir.filePath(QStringLiteral("akun.csv"));
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kecamatan;Platform;Username\n"
               "72.05.01;instagram;panwaslu.momunu\n"
               "72.05.01;x;pwmomunu\n"
               "72.05.01;tiktok;panwaslu.momunu.tt\n"
               "72.05.02;instagram;panwaslu.lakea\n");
    file.close();
    VERIFY_RUN(cli(asSiti({QStringLiteral("import"), sheet}), {Admin}));
    Run list = cli(asSiti({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(list);
    for (const QJsonValue &value : json(list).array()) {
        m_ids.insert(value.toObject().value(QStringLiteral("handle")).toString(),
                     value.toObject().value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(m_ids.size(), 4);
}

void TestBulkStatusFlow::singleAccountFormStillWorks()
{
    // The TikTok account ended early: it will be the one the kecamatan's change refuses.
    Run single = cli(asSiti({QStringLiteral("account"), QStringLiteral("status"),
                             QString::number(idOf(QStringLiteral("panwaslu.momunu.tt"))), QStringLiteral("deactivated"),
                             QStringLiteral("--reason"), QStringLiteral("akun diganti")}),
                     {Admin});
    VERIFY_RUN(single);
    QVERIFY2(single.out.contains(QStringLiteral("is now Deactivated")), qPrintable(single.out));
}

void TestBulkStatusFlow::usageErrorsNeedNoSignIn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("ids and kecamatan") << QStringList{QStringLiteral("--ids"),
                                                      QStringLiteral("1,2"),
                                                      QStringLiteral("--kecamatan"),
                                                      QStringLiteral("72.05.01"),
                                                      QStringLiteral("deactivated"),
                                                      QStringLiteral("--reason"),
                                                      Reason};
    QTest::newRow("no status") << QStringList{QStringLiteral("--kecamatan"), QStringLiteral("72.05.01"),
                                              QStringLiteral("--reason"), Reason};
    QTest::newRow("an ID besides --ids") << QStringList{QStringLiteral("--ids"),    QStringLiteral("1,2"),
                                                        QStringLiteral("1"),        QStringLiteral("deactivated"),
                                                        QStringLiteral("--reason"), Reason};
    QTest::newRow("no reason") << QStringList{QStringLiteral("--term"), QStringLiteral("1"),
                                              QStringLiteral("deactivated")};
    QTest::newRow("platform without a selection")
        << QStringList{QStringLiteral("1"), QStringLiteral("deactivated"), QStringLiteral("--platform"),
                       QStringLiteral("x"), QStringLiteral("--reason"),    Reason};
    QTest::newRow("skip-refused for one account")
        << QStringList{QStringLiteral("1"), QStringLiteral("deactivated"), QStringLiteral("--skip-refused"),
                       QStringLiteral("--reason"), Reason};
}

void TestBulkStatusFlow::usageErrorsNeedNoSignIn()
{
    QFETCH(QStringList, arguments);
    // No passphrase on stdin: a usage error must not get as far as asking for it.
    Run run = cli(asSiti(QStringList{QStringLiteral("account"), QStringLiteral("status")} + arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("brankas-cli account status")), qPrintable(run.err));
}

void TestBulkStatusFlow::oneRefusedAccountStopsTheWholeChange()
{
    Run refused =
        cli(asSiti({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--kecamatan"),
                    QStringLiteral("72.05.01"), QStringLiteral("deactivated"), QStringLiteral("--reason"), Reason}),
            {Admin});
    QCOMPARE(refused.exitCode, 1);
    // The refused account is named, with core's reason.
    QVERIFY2(refused.err.contains(QStringLiteral("Refused: account TikTok @panwaslu.momunu.tt (Momunu): The "
                                                 "account's status is already \"Deactivated\".")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was changed: 1 account cannot become Deactivated")),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QStringLiteral("@pwmomunu")));
    const QHash<QString, QString> now = statuses();
    QCOMPARE(now.value(QStringLiteral("panwaslu.momunu")), QStringLiteral("active"));
    QCOMPARE(now.value(QStringLiteral("pwmomunu")), QStringLiteral("active"));
    QCOMPARE(now.value(QStringLiteral("panwaslu.lakea")), QStringLiteral("active"));
}

void TestBulkStatusFlow::skipRefusedChangesTheOthers()
{
    Run skipped = cli(asSiti({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--kecamatan"),
                              QStringLiteral("72.05.01"), QStringLiteral("deactivated"), QStringLiteral("--reason"),
                              Reason, QStringLiteral("--skip-refused")}),
                      {Admin});
    VERIFY_RUN(skipped);
    QVERIFY2(skipped.err.contains(QStringLiteral("Refused: account TikTok @panwaslu.momunu.tt (Momunu)")),
             qPrintable(skipped.err));
    QVERIFY2(skipped.out.contains(QStringLiteral("Instagram @panwaslu.momunu (Momunu)")) &&
                 skipped.out.contains(QStringLiteral("X (Twitter) @pwmomunu (Momunu)")),
             qPrintable(skipped.out));
    QVERIFY2(skipped.out.contains(QStringLiteral("2 accounts are now Deactivated.")), qPrintable(skipped.out));
    QVERIFY2(skipped.out.contains(QStringLiteral("1 account refused the change")), qPrintable(skipped.out));
    const QHash<QString, QString> now = statuses();
    QCOMPARE(now.value(QStringLiteral("panwaslu.momunu")), QStringLiteral("deactivated"));
    QCOMPARE(now.value(QStringLiteral("pwmomunu")), QStringLiteral("deactivated"));
    QCOMPARE(now.value(QStringLiteral("panwaslu.momunu.tt")), QStringLiteral("deactivated"));
    // Another kecamatan's account is not touched.
    QCOMPARE(now.value(QStringLiteral("panwaslu.lakea")), QStringLiteral("active"));
}

void TestBulkStatusFlow::numbersNarrowedByPlatformAndStatus()
{
    // Of the numbers given, only the deactivated Instagram account comes back; a number without an
    // account is named as refused.
    const QString ids = QStringLiteral("%1,%2,%3,999")
                            .arg(idOf(QStringLiteral("panwaslu.momunu")))
                            .arg(idOf(QStringLiteral("pwmomunu")))
                            .arg(idOf(QStringLiteral("panwaslu.lakea")));
    Run back =
        cli(asSiti({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--ids"), ids,
                    QStringLiteral("--platform"), QStringLiteral("instagram"), QStringLiteral("--current-status"),
                    QStringLiteral("deactivated"), QStringLiteral("active"), QStringLiteral("--reason"),
                    QStringLiteral("dipakai lagi"), QStringLiteral("--skip-refused")}),
            {Admin});
    VERIFY_RUN(back);
    QVERIFY2(back.err.contains(QStringLiteral("Refused: account 999: There is no account with number 999.")),
             qPrintable(back.err));
    QVERIFY2(back.out.contains(QStringLiteral("1 account is now Active.")), qPrintable(back.out));
    const QHash<QString, QString> now = statuses();
    QCOMPARE(now.value(QStringLiteral("panwaslu.momunu")), QStringLiteral("active"));
    QCOMPARE(now.value(QStringLiteral("pwmomunu")), QStringLiteral("deactivated"));
    QCOMPARE(now.value(QStringLiteral("panwaslu.lakea")), QStringLiteral("active"));
}

void TestBulkStatusFlow::logHoldsOneEntryPerAccount()
{
    Run show = cli(asSiti({QStringLiteral("account"), QStringLiteral("show"),
                           QString::number(idOf(QStringLiteral("pwmomunu"))), QStringLiteral("--json")}),
                   {Admin});
    VERIFY_RUN(show);
    const QJsonArray history = json(show).object().value(QStringLiteral("statusHistory")).toArray();
    QCOMPARE(history.last().toObject().value(QStringLiteral("reason")).toString(), Reason);
    QCOMPARE(history.last().toObject().value(QStringLiteral("officer")).toString(), QStringLiteral("Siti"));
    Run log = cli(asSiti({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}), {Admin});
    VERIFY_RUN(log);
    int changes = 0;
    for (const QJsonValue &entry : json(log).array()) {
        if (entry.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("account.status-changed")) {
            ++changes;
        }
    }
    // The single change, two from the kecamatan's change, one back: none from the refused attempt.
    QCOMPARE(changes, 4);
    Run verify = cli(asSiti({QStringLiteral("log"), QStringLiteral("verify")}), {Admin});
    VERIFY_RUN(verify);
}

QTEST_GUILESS_MAIN(TestBulkStatusFlow)
#include "tst_bulkstatusflow.moc"
