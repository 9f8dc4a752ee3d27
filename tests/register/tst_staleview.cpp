// SPDX-License-Identifier: GPL-3.0-or-later
// Changes made on a stale view: an officer (or a second window, or another PC on a server vault)
// decides on what they saw, and someone else changed the account since. The change is refused
// with who changed it and when, and nothing is written; the same change on a fresh view goes in.
#include "../common/testserver.h"
#include "registertesting.h"

#include <core/storage/accountstore.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestStaleView : public QObject
{
    Q_OBJECT

private slots:
    void statusChangeOnAStaleViewIsRefused();
    void moveInsideATransactionRechecksTheAccount();
    void freshViewsGoThrough();
    void detailEditOnAStaleViewIsRefused_data();
    void detailEditOnAStaleViewIsRefused();
};

namespace {
struct Setup
{
    Office o;
    Account seen;

    explicit Setup(const QString &vaultAddress = {})
        : o(QStringLiteral("72.05"), vaultAddress)
    {
        o.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 8, 1), QDate(2024, 12, 31));
        seen = o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
        // Siti suspends the account a minute and a half after Budi looked at it.
        o.t.clock.advance(90 * 1000);
        valueOf(Accounts(*o.vault).changeStatus(o.siti, seen.id, AccountStatus::Suspended, QStringLiteral("Diretas")),
                "Siti suspends");
        o.t.clock.advance(30 * 1000);
    }
};
} // namespace

void TestStaleView::statusChangeOnAStaleViewIsRefused()
{
    Setup s;
    const qint64 logBefore = s.o.logCount();
    const qint64 historyBefore = s.o.rows("account_status_change");
    auto changed = Accounts(*s.o.vault)
                       .changeStatus(s.o.budi, s.seen.id, AccountStatus::Deactivated,
                                     QStringLiteral("Masa tugas berakhir"), s.seen.updatedAt);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code(), ErrorCode::Conflict);
    const QString message = changed.error().untranslatedMessage();
    QVERIFY2(message.contains(QStringLiteral("Siti")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("2024-02-14 09:01")), qPrintable(message)); // when Siti changed it
    QVERIFY2(message.contains(QStringLiteral("@momunu")), qPrintable(message));
    QCOMPARE(s.o.logCount(), logBefore);
    QCOMPARE(s.o.rows("account_status_change"), historyBefore);
    QCOMPARE(Accounts(*s.o.vault).find(s.seen.id).value().status, AccountStatus::Suspended);
}

// What a second writer does between a caller's checks and its transaction: the handover and the
// bulk change hand applyStatusChange the account as they read it before the transaction began.
void TestStaleView::moveInsideATransactionRechecksTheAccount()
{
    Setup s;
    const qint64 logBefore = s.o.logCount();
    Status status = s.o.vault->commitChange(s.o.budi, [&]() -> Result<QList<LogEvent>> {
        auto event = Accounts(*s.o.vault)
                         .applyStatusChange(s.o.budi, s.seen, AccountStatus::Deactivated, QStringLiteral("Berakhir"));
        if (!event) {
            return event.error();
        }
        return QList<LogEvent>{event.value()};
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code(), ErrorCode::Conflict);
    QVERIFY2(status.error().untranslatedMessage().contains(QStringLiteral("Siti")),
             qPrintable(status.error().untranslatedMessage()));
    QCOMPARE(s.o.logCount(), logBefore);
    QCOMPARE(Accounts(*s.o.vault).find(s.seen.id).value().status, AccountStatus::Suspended);
}

void TestStaleView::freshViewsGoThrough()
{
    Setup s;
    const Account fresh = Accounts(*s.o.vault).find(s.seen.id).value();
    auto changed = Accounts(*s.o.vault)
                       .changeStatus(s.o.budi, fresh.id, AccountStatus::Deactivated,
                                     QStringLiteral("Masa tugas berakhir"), fresh.updatedAt);
    QVERIFY2(changed.ok(), changed ? "" : qPrintable(changed.error().untranslatedMessage()));
    QCOMPARE(changed.value().status, AccountStatus::Deactivated);
    // Without a view to compare (the CLI acts on the account as it is), the change goes in too.
    s.o.t.clock.advance(1000);
    QVERIFY(Accounts(*s.o.vault)
                .changeStatus(s.o.budi, fresh.id, AccountStatus::Active, QStringLiteral("Masa tugas baru"))
                .ok());
}

void TestStaleView::detailEditOnAStaleViewIsRefused_data()
{
    QTest::addColumn<bool>("onServer");
    QTest::newRow("file") << false;
    QTest::newRow("server") << true;
}

// Budi edits the details of the account as he saw it before Siti suspended it: refused, on a file
// as on a server, and nothing of his edit is written; on a fresh view it goes in.
void TestStaleView::detailEditOnAStaleViewIsRefused()
{
    QFETCH(bool, onServer);
    std::unique_ptr<TestServer> server; // outlives the vault on it
    if (onServer) {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        server = std::make_unique<TestServer>(*TestServer::cluster());
        QVERIFY2(server->ok(), qPrintable(server->error()));
    }
    Setup s(server ? server->address().toString() : QString());
    const qint64 logBefore = s.o.logCount();
    AccountChanges changes;
    changes.holder = QStringLiteral("Budi");
    changes.notes = QStringLiteral("Dipegang staf humas");
    auto edited = Accounts(*s.o.vault).update(s.o.budi, s.seen.id, changes, s.seen.updatedAt);
    QVERIFY(!edited);
    QCOMPARE(edited.error().code(), ErrorCode::Conflict);
    const QString message = edited.error().untranslatedMessage();
    QVERIFY2(message.contains(QStringLiteral("Siti")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("2024-02-14 09:01")), qPrintable(message));
    QCOMPARE(s.o.logCount(), logBefore);
    const Account now = Accounts(*s.o.vault).find(s.seen.id).value();
    QVERIFY(now.holder.isEmpty());
    QVERIFY(now.notes.isEmpty());

    auto fresh = Accounts(*s.o.vault).update(s.o.budi, s.seen.id, changes, now.updatedAt);
    QVERIFY2(fresh.ok(), fresh ? "" : qPrintable(fresh.error().untranslatedMessage()));
    QCOMPARE(fresh.value().holder, QStringLiteral("Budi"));
    QCOMPARE(fresh.value().status, AccountStatus::Suspended); // Siti's change stays
    QCOMPARE(s.o.logCount(), logBefore + 1);
}

QTEST_GUILESS_MAIN(TestStaleView)
#include "tst_staleview.moc"
