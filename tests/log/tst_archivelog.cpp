// SPDX-License-Identifier: GPL-3.0-or-later
// The archive log detects every way someone with the file could rewrite history: edit, delete,
// insert, reorder, cut off the end, or forge the head record.
#include "../common/testvault.h"

#include <core/log/logactions.h>

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
constexpr int Entries = 14; // 4 from creation, 1 sign-in, 9 below

void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // A tamperer can drop the append-only triggers; the chain is what catches them.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER archive_log_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER archive_log_no_delete")));
        for (const QString &statement : statements) {
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}
} // namespace

class TestArchiveLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactLogPrintsHeadFingerprint();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void triggersRefuseUpdateAndDelete();
    void oneSignaturePerRunOfOneOfficer();
    void entriesAreFiltered();
    void verifyReportsProgressAndCanBeCancelled();
    void summariesSayWhatHappened();

private:
    std::unique_ptr<Vault> reopen();
    std::unique_ptr<TestVault> m_t;
};

void TestArchiveLog::init()
{
    m_t = std::make_unique<TestVault>();
    auto vault = m_t->create();
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    for (int i = 0; i < Entries - 5; ++i) {
        m_t->clock.advance(60'000);
        QVERIFY(vault
                    ->commitChange(
                        session.value(),
                        [i] {
                            return Result<QList<LogEvent>>(QList<LogEvent>{
                                {QStringLiteral("account.status-changed"),
                                 QStringLiteral("account:72.05.%1/instagram").arg(i + 1, 2, 10, QLatin1Char('0')),
                                 QJsonObject{{QStringLiteral("to"), QStringLiteral("deactivated")}}}});
                        })
                    .ok());
    }
}

void TestArchiveLog::cleanup()
{
    m_t.reset();
}

std::unique_ptr<Vault> TestArchiveLog::reopen()
{
    auto vault = m_t->open();
    if (!vault->unlockFromKeychain().ok()) {
        qFatal("unlock failed");
    }
    return vault;
}

void TestArchiveLog::intactLogPrintsHeadFingerprint()
{
    auto vault = reopen();
    auto verification = vault->log().verify();
    QVERIFY(verification.ok());
    QVERIFY(verification.value().intact());
    QCOMPARE(verification.value().entries, Entries);
    auto last = vault->log().entries({.limit = 1, .newestFirst = true}).value().first();
    QCOMPARE(verification.value().fingerprint(), LogChain::fingerprint(last.mac));
    QCOMPARE(vault->log().headFingerprint().value(), verification.value().fingerprint());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"))
                .match(verification.value().fingerprint())
                .hasMatch());
}

void TestArchiveLog::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<LogVerification::Problem>("problem");
    QTest::addColumn<qint64>("firstBad");

    QTest::newRow("details edited") << QStringList{QStringLiteral(
                                           "UPDATE archive_log SET details = '{\"to\":\"active\"}' WHERE seq = 6")}
                                    << LogVerification::Problem::Edited << qint64(6);
    QTest::newRow("officer edited") << QStringList{QStringLiteral(
                                           "UPDATE archive_log SET officer = 'Budi' WHERE seq = 4")}
                                    << LogVerification::Problem::Edited << qint64(4);
    QTest::newRow("time edited") << QStringList{QStringLiteral(
                                        "UPDATE archive_log SET at = '2024-02-14T08:00:00.000Z' WHERE seq = 5")}
                                 << LogVerification::Problem::Edited << qint64(5);
    QTest::newRow("last entry edited")
        << QStringList{QStringLiteral("UPDATE archive_log SET target = 'x' WHERE seq = %1").arg(Entries)}
        << LogVerification::Problem::Edited << qint64(Entries);
    QTest::newRow("middle entry deleted") << QStringList{QStringLiteral("DELETE FROM archive_log WHERE seq = 7")}
                                          << LogVerification::Problem::Missing << qint64(7);
    QTest::newRow("first entry deleted") << QStringList{QStringLiteral("DELETE FROM archive_log WHERE seq = 1")}
                                         << LogVerification::Problem::Missing << qint64(1);
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DELETE FROM archive_log WHERE seq = 7"),
                       QStringLiteral("UPDATE archive_log SET seq = seq - 1 WHERE seq > 7")}
        << LogVerification::Problem::Broken << qint64(7);
    QTest::newRow("entry inserted")
        << QStringList{QStringLiteral("UPDATE archive_log SET seq = seq + 100 WHERE seq >= 5"),
                       QStringLiteral("UPDATE archive_log SET seq = seq - 99 WHERE seq >= 105"),
                       QStringLiteral("INSERT INTO archive_log VALUES (5, '2024-02-14T09:03:30.000Z', 'Siti', "
                                      "'account.status-changed', 'account:72.05.99/x', '{}', zeroblob(32))")}
        << LogVerification::Problem::Broken << qint64(5);
    QTest::newRow("two entries swapped")
        << QStringList{QStringLiteral("UPDATE archive_log SET seq = 1000 WHERE seq = 8"),
                       QStringLiteral("UPDATE archive_log SET seq = 8 WHERE seq = 9"),
                       QStringLiteral("UPDATE archive_log SET seq = 9 WHERE seq = 1000")}
        << LogVerification::Problem::Broken << qint64(8);
    QTest::newRow("newest entries cut off") << QStringList{QStringLiteral("DELETE FROM archive_log WHERE seq > 9")}
                                            << LogVerification::Problem::Truncated << qint64(9);
    QTest::newRow("cut off and head forged")
        << QStringList{QStringLiteral("DELETE FROM archive_log WHERE seq > 9"),
                       QStringLiteral("UPDATE vault_meta SET value = '9 00' WHERE key = 'log_head'")}
        << LogVerification::Problem::Truncated << qint64(9);
    QTest::newRow("head record removed") << QStringList{QStringLiteral("DELETE FROM vault_meta WHERE key = 'log_head'")}
                                         << LogVerification::Problem::Truncated << qint64(Entries);
    // Siti signed her whole run once, over the MAC at its end: without that signature her entries
    // are unsigned; cut in the middle of it, the signature outlives the entries it covered.
    QTest::newRow("signature removed") << QStringList{QStringLiteral("DROP TRIGGER log_signature_no_delete"),
                                                      QStringLiteral("DELETE FROM log_signature")}
                                       << LogVerification::Problem::Unsigned << qint64(1);
    QTest::newRow("signature altered") << QStringList{QStringLiteral("DROP TRIGGER log_signature_no_update"),
                                                      QStringLiteral(
                                                          "UPDATE log_signature SET signature = zeroblob(64)")}
                                       << LogVerification::Problem::BadSignature << qint64(1);
}

void TestArchiveLog::tamperingIsNamed()
{
    QFETCH(QStringList, statements);
    QFETCH(LogVerification::Problem, problem);
    QFETCH(qint64, firstBad);
    tamper(m_t->path, statements);
    auto vault = reopen();
    auto verification = vault->log().verify();
    QVERIFY(verification.ok());
    QVERIFY(!verification.value().intact());
    QCOMPARE(verification.value().problem, problem);
    QCOMPARE(verification.value().firstBadSeq, firstBad);
    QVERIFY(verification.value().fingerprint().isEmpty());
    QVERIFY(verification.value().summary().contains(QString::number(firstBad)));
}

void TestArchiveLog::triggersRefuseUpdateAndDelete()
{
    auto vault = reopen();
    vault.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
    db.setDatabaseName(m_t->path);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("UPDATE archive_log SET officer = 'x' WHERE seq = 1")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM archive_log")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    vault = reopen();
    QVERIFY(vault->log().verify().value().intact());
}

void TestArchiveLog::oneSignaturePerRunOfOneOfficer()
{
    auto vault = reopen();
    auto rows = [&] {
        QSqlQuery query(vault->database().connection());
        query.exec(QStringLiteral("SELECT first_seq, last_seq FROM log_signature ORDER BY last_seq"));
        QList<std::pair<qint64, qint64>> ranges;
        while (query.next()) {
            ranges.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        }
        return ranges;
    };
    // Creation, Siti's sign-in and her nine changes: one run, one signature.
    QCOMPARE(rows(), (QList<std::pair<qint64, qint64>>{{1, Entries}}));
    // Another officer's change starts a run of its own; Siti's next change starts a third.
    auto siti = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(siti);
    QVERIFY(vault->officers().add(siti.value(), QStringLiteral("Budi"), Role::Operator, "budi lemari hijau"));
    auto budi = vault->signIn(QStringLiteral("Budi"), "budi lemari hijau");
    QVERIFY(budi);
    QVERIFY(vault->commitChange(siti.value(), [] {
        return Result<QList<LogEvent>>(
            QList<LogEvent>{{QStringLiteral("office.updated"), QStringLiteral("office"), {}}});
    }));
    const qint64 total = vault->log().count().value();
    const auto ranges = rows();
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(0), (std::pair<qint64, qint64>{1, Entries + 3})); // sign-in, added, access given
    QCOMPARE(ranges.at(1).second, total - 1);                            // Budi's sign-in
    QCOMPARE(ranges.at(2), (std::pair<qint64, qint64>{total, total}));
    auto verification = vault->log().verify();
    QVERIFY(verification.value().intact());
    QCOMPARE(verification.value().headSigner, QStringLiteral("Siti"));
    QCOMPARE(verification.value().signatures, 3);
}

void TestArchiveLog::entriesAreFiltered()
{
    auto vault = reopen();
    const QDateTime created = QDateTime(QDate(2024, 2, 14), QTime(9, 0), QTimeZone::utc());
    auto window = vault->log().entries({.from = created.addSecs(120), .until = created.addSecs(240)});
    QCOMPARE(window.value().size(), 2);
    auto byTarget = vault->log().entries({.targetContains = QStringLiteral("72.05.03")});
    QCOMPARE(byTarget.value().size(), 1);
    auto newest = vault->log().entries({.limit = 3, .newestFirst = true});
    QCOMPARE(newest.value().size(), 3);
    QCOMPARE(newest.value().first().seq, Entries);
    auto byOfficer = vault->log().entries({.officer = QStringLiteral("siti")});
    QCOMPARE(byOfficer.value().size(), Entries);
}

void TestArchiveLog::verifyReportsProgressAndCanBeCancelled()
{
    auto vault = reopen();
    qint64 lastDone = -1;
    auto finished = vault->log().verify([&](qint64 done, qint64 total) {
        lastDone = done;
        return total == Entries;
    });
    QVERIFY(finished.ok());
    QCOMPARE(lastDone, Entries);
    // Cancelling needs more than 4096 entries to be reached; bulk-append them.
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QList<LogEvent> many(5000, LogEvent{QStringLiteral("account.reviewed"), QStringLiteral("x"), {}});
    QVERIFY(vault->commitChange(session.value(), [&] { return Result<QList<LogEvent>>(many); }).ok());
    auto cancelled = vault->log().verify([](qint64, qint64) { return false; });
    QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
    QVERIFY(vault->log().verify().value().intact());
}

void TestArchiveLog::summariesSayWhatHappened()
{
    LogVerification verification;
    verification.problem = LogVerification::Problem::Missing;
    verification.firstBadSeq = 42;
    QVERIFY(verification.summary().contains(QStringLiteral("entry 42 was deleted")));
    verification.problem = LogVerification::Problem::Edited;
    QVERIFY(verification.summary().contains(QStringLiteral("entry 42 was edited")));
}

QTEST_GUILESS_MAIN(TestArchiveLog)
#include "tst_archivelog.moc"
