// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts::changeStatusMany: many accounts, one reason, one transaction; the single change's
// checks decide for each account, refused accounts are named with why, and then nothing changes
// unless the officer chose to skip them.
#include "registertesting.h"

#include <QTest>

Q_DECLARE_METATYPE(Brankas::AccountStatus)

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QString Reason = QStringLiteral("masa tugas berakhir");

QList<qint64> idsOf(const BulkStatusChange &change)
{
    QList<qint64> ids;
    for (const BulkStatusChange::Move &move : change.moves) {
        ids << move.account.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> refusedOf(const BulkStatusChange &change)
{
    QList<qint64> ids;
    for (const RefusedAccount &refused : change.refused) {
        ids << refused.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

class TestBulkStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void movesEveryAccountInOneCommit();
    void oneRefusedAccountChangesNothing();
    void skipRefusedMovesTheOthers();
    void numberWithoutAccountIsRefused();
    void selects_data();
    void selects();
    void sameChecksAsOneChange_data();
    void sameChecksAsOneChange();
    void comingBackMovesToTheCurrentTerm();
    void refusals_data();
    void refusals();

private:
    Account status(qint64 id) { return valueOf(Accounts(*m_office->vault).find(id), "find"); }

    std::unique_ptr<Office> m_office;
    Term m_ended;
    Term m_current;
    // Momunu: Instagram, X (ended term), TikTok; Lakea: Instagram (permanent); Bokat: Facebook
    // (suspended).
    Account m_momunuIg, m_momunuX, m_momunuTt, m_lakeaIg, m_bokatFb;
};

void TestBulkStatus::init()
{
    m_office = std::make_unique<Office>();
    const QDate today = m_office->t.clock.nowUtc().date();
    m_ended = m_office->addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 8, 1), QDate(2019, 12, 31));
    m_current = m_office->addTerm(QStringLiteral("Pemilu Berjalan"), today.addDays(-100), today.addDays(100));
    auto add = [&](const QString &code, Platform platform, const QString &handle, qint64 term,
                   AccountNature nature = AccountNature::TermBound) {
        NewAccount spec = newAccount(code, platform, handle);
        spec.termId = term;
        spec.nature = nature;
        return m_office->addAccount(spec);
    };
    m_momunuIg = add(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu.momunu"), m_current.id);
    m_momunuX = add(QStringLiteral("72.05.01"), Platform::X, QStringLiteral("pwmomunu"), m_ended.id);
    m_momunuTt = add(QStringLiteral("72.05.01"), Platform::TikTok, QStringLiteral("panwaslu.momunu.tt"), m_current.id);
    m_lakeaIg = add(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("panwaslu.lakea"), m_current.id,
                    AccountNature::Permanent);
    m_bokatFb = add(QStringLiteral("72.05.03"), Platform::Facebook, QStringLiteral("panwaslu.bokat"), m_current.id);
    m_bokatFb = m_office->changeStatus(m_bokatFb.id, AccountStatus::Suspended);
}

void TestBulkStatus::cleanup()
{
    m_office.reset();
}

void TestBulkStatus::movesEveryAccountInOneCommit()
{
    const qint64 logBefore = m_office->logCount();
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(m_office->budi, {.kecamatanCode = QStringLiteral("72.05.01")},
                                        AccountStatus::Deactivated, Reason, false);
    QVERIFY2(change, qPrintable(change ? QString() : change.error().message()));
    QVERIFY(change.value().recorded);
    QVERIFY(change.value().refused.isEmpty());
    QCOMPARE(idsOf(change.value()), (QList<qint64>{m_momunuIg.id, m_momunuX.id, m_momunuTt.id}));
    for (const qint64 id : {m_momunuIg.id, m_momunuX.id, m_momunuTt.id}) {
        QCOMPARE(status(id).status, AccountStatus::Deactivated);
        const QList<StatusChange> history = valueOf(Accounts(*m_office->vault).statusHistory(id), "history");
        QCOMPARE(history.last().reason, Reason);
        QCOMPARE(history.last().officer, QStringLiteral("Budi"));
    }
    QCOMPARE(status(m_lakeaIg.id).status, AccountStatus::Active);
    // Each account has its own entry, signed by the officer, all in the same commit.
    QCOMPARE(m_office->logCount(), logBefore + 3);
    auto entries = valueOf(m_office->vault->log().entries({.limit = 3, .newestFirst = true}), "entries");
    QSet<QString> targets;
    for (const LogEntry &entry : entries) {
        QCOMPARE(entry.action, QStringLiteral("account.status-changed"));
        QCOMPARE(entry.officer, QStringLiteral("Budi"));
        QCOMPARE(entry.detailsObject().value(QStringLiteral("reason")).toString(), Reason);
        QCOMPARE(entry.detailsObject().value(QStringLiteral("to")).toString(), QStringLiteral("deactivated"));
        targets << entry.target;
    }
    QCOMPARE(targets, (QSet<QString>{QStringLiteral("account:%1").arg(m_momunuIg.id),
                                     QStringLiteral("account:%1").arg(m_momunuX.id),
                                     QStringLiteral("account:%1").arg(m_momunuTt.id)}));
    QVERIFY(m_office->vault->verifyLog(&m_office->siti, {}, true).value().intact());
}

void TestBulkStatus::oneRefusedAccountChangesNothing()
{
    m_office->changeStatus(m_momunuTt.id, AccountStatus::Deactivated);
    const qint64 logBefore = m_office->logCount();
    const qint64 historyBefore = m_office->rows("account_status_change");
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(m_office->budi, {.kecamatanCode = QStringLiteral("72.05.01")},
                                        AccountStatus::Deactivated, Reason, false);
    QVERIFY(change);
    QVERIFY(!change.value().recorded);
    QCOMPARE(refusedOf(change.value()), QList<qint64>{m_momunuTt.id});
    const RefusedAccount &refused = change.value().refused.first();
    QCOMPARE(refused.label, QStringLiteral("TikTok @panwaslu.momunu.tt (Momunu)"));
    QCOMPARE(refused.reason.message(),
             checkTransition(AccountStatus::Deactivated, AccountStatus::Deactivated, AccountNature::TermBound)
                 .error()
                 .message());
    QCOMPARE(idsOf(change.value()), (QList<qint64>{m_momunuIg.id, m_momunuX.id}));
    QCOMPARE(status(m_momunuIg.id).status, AccountStatus::Active);
    QCOMPARE(status(m_momunuX.id).status, AccountStatus::Active);
    QCOMPARE(m_office->logCount(), logBefore);
    QCOMPARE(m_office->rows("account_status_change"), historyBefore);
}

void TestBulkStatus::skipRefusedMovesTheOthers()
{
    m_office->changeStatus(m_momunuTt.id, AccountStatus::Deactivated);
    const qint64 logBefore = m_office->logCount();
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(m_office->budi, {.kecamatanCode = QStringLiteral("72.05.01")},
                                        AccountStatus::Deactivated, Reason, true);
    QVERIFY(change);
    QVERIFY(change.value().recorded);
    QCOMPARE(refusedOf(change.value()), QList<qint64>{m_momunuTt.id});
    QCOMPARE(idsOf(change.value()), (QList<qint64>{m_momunuIg.id, m_momunuX.id}));
    QCOMPARE(status(m_momunuIg.id).status, AccountStatus::Deactivated);
    QCOMPARE(status(m_momunuX.id).status, AccountStatus::Deactivated);
    QCOMPARE(m_office->logCount(), logBefore + 2);

    // Every account refused: nothing to record, even with skipRefused.
    auto none = Accounts(*m_office->vault)
                    .changeStatusMany(m_office->budi, {.ids = {m_momunuIg.id, m_momunuX.id}},
                                      AccountStatus::Deactivated, Reason, true);
    QVERIFY(none);
    QVERIFY(!none.value().recorded);
    QCOMPARE(none.value().refused.size(), 2);
    QCOMPARE(m_office->logCount(), logBefore + 2);
}

void TestBulkStatus::numberWithoutAccountIsRefused()
{
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(m_office->budi, {.ids = {m_momunuIg.id, 4242, m_momunuIg.id}},
                                        AccountStatus::Suspended, Reason, false);
    QVERIFY(change);
    QVERIFY(!change.value().recorded);
    QCOMPARE(refusedOf(change.value()), QList<qint64>{4242});
    QCOMPARE(change.value().refused.first().reason.code(), ErrorCode::NotFound);
    // A number given twice is one account.
    QCOMPARE(idsOf(change.value()), QList<qint64>{m_momunuIg.id});
    QCOMPARE(status(m_momunuIg.id).status, AccountStatus::Active);
}

void TestBulkStatus::selects_data()
{
    // Which of the five accounts each selection names (indices into m_momunuIg.. m_bokatFb).
    QTest::addColumn<QString>("kecamatan");
    QTest::addColumn<QString>("term"); // "ended", "current" or empty
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("currentStatus");
    QTest::addColumn<QString>("ids"); // indices, e.g. "0,4"
    QTest::addColumn<QString>("expected");
    QTest::newRow("kecamatan") << "72.05.01"
                               << ""
                               << ""
                               << ""
                               << ""
                               << "0,1,2";
    QTest::newRow("kecamatan and platform") << "72.05.01"
                                            << ""
                                            << "instagram"
                                            << ""
                                            << ""
                                            << "0";
    QTest::newRow("term") << ""
                          << "current"
                          << ""
                          << ""
                          << ""
                          << "0,2,3,4";
    QTest::newRow("term and status") << ""
                                     << "current"
                                     << ""
                                     << "suspended"
                                     << ""
                                     << "4";
    QTest::newRow("ended term") << ""
                                << "ended"
                                << ""
                                << ""
                                << ""
                                << "1";
    QTest::newRow("kecamatan and term") << "72.05.01"
                                        << "current"
                                        << ""
                                        << ""
                                        << ""
                                        << "0,2";
    QTest::newRow("numbers") << ""
                             << ""
                             << ""
                             << ""
                             << "0,3,4"
                             << "0,3,4";
    QTest::newRow("numbers and platform") << ""
                                          << ""
                                          << "instagram"
                                          << ""
                                          << "0,3,4"
                                          << "0,3";
    QTest::newRow("numbers and status") << ""
                                        << ""
                                        << ""
                                        << "active"
                                        << "1,4"
                                        << "1";
}

void TestBulkStatus::selects()
{
    QFETCH(QString, kecamatan);
    QFETCH(QString, term);
    QFETCH(QString, platform);
    QFETCH(QString, currentStatus);
    QFETCH(QString, ids);
    QFETCH(QString, expected);
    const QList<qint64> all{m_momunuIg.id, m_momunuX.id, m_momunuTt.id, m_lakeaIg.id, m_bokatFb.id};
    auto pick = [&](const QString &indices) {
        QList<qint64> result;
        for (const QString &index : indices.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            result << all.at(index.toInt());
        }
        std::sort(result.begin(), result.end());
        return result;
    };
    AccountSelection selection;
    selection.ids = pick(ids);
    selection.kecamatanCode = kecamatan;
    selection.termId = term == QLatin1String("ended")     ? m_ended.id
                       : term == QLatin1String("current") ? m_current.id
                                                          : 0;
    if (!platform.isEmpty()) {
        selection.platform = platformFromId(platform);
    }
    if (!currentStatus.isEmpty()) {
        selection.currentStatus = statusFromId(currentStatus);
    }
    // Closed is refused for none of these only by the rules; what counts here is who is selected.
    auto plan = Accounts(*m_office->vault).checkStatusChanges(m_office->budi, selection, AccountStatus::Closed);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
    QList<qint64> selected = idsOf(plan.value()) + refusedOf(plan.value());
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, pick(expected));
}

void TestBulkStatus::sameChecksAsOneChange_data()
{
    QTest::addColumn<AccountStatus>("to");
    for (const AccountStatus to : allStatuses()) {
        QTest::newRow(qPrintable(statusId(to))) << to;
    }
}

void TestBulkStatus::sameChecksAsOneChange()
{
    // Accounts in every status, term-bound and permanent; the many-accounts change must refuse
    // exactly those the single change refuses, with the same words.
    QFETCH(AccountStatus, to);
    QList<qint64> ids;
    int n = 0;
    for (const AccountNature nature : {AccountNature::TermBound, AccountNature::Permanent}) {
        for (const QList<AccountStatus> &path :
             QList<QList<AccountStatus>>{{},
                                         {AccountStatus::Suspended},
                                         {AccountStatus::Deactivated},
                                         {AccountStatus::Deactivated, AccountStatus::Closed}}) {
            NewAccount spec =
                newAccount(QStringLiteral("72.05.05"), Platform::Instagram, QStringLiteral("pw.paleleh%1").arg(++n));
            spec.nature = nature;
            const qint64 id = m_office->addAccount(spec).id;
            for (const AccountStatus step : path) {
                m_office->changeStatus(id, step);
            }
            ids << id;
        }
        NewAccount requested =
            newAccount(QStringLiteral("72.05.05"), Platform::X, QStringLiteral("pwpaleleh%1").arg(++n));
        requested.status = AccountStatus::Requested;
        requested.nature = nature;
        ids << m_office->addAccount(requested).id;
        if (nature == AccountNature::Permanent) {
            const qint64 held = ids.at(ids.size() - 5);
            m_office->changeStatus(held, AccountStatus::Held);
        }
    }
    auto plan = Accounts(*m_office->vault).checkStatusChanges(m_office->budi, {.ids = ids}, to);
    QVERIFY(plan);
    QHash<qint64, QString> refused;
    for (const RefusedAccount &account : plan.value().refused) {
        refused.insert(account.id, account.reason.message());
    }
    for (const qint64 id : std::as_const(ids)) {
        const Account account = status(id);
        const Status single = checkTransition(account.status, to, account.nature);
        QCOMPARE(refused.contains(id), !single.ok());
        if (!single) {
            QCOMPARE(refused.value(id), single.error().message());
        }
    }
    QCOMPARE(plan.value().moves.size() + plan.value().refused.size(), ids.size());
}

void TestBulkStatus::comingBackMovesToTheCurrentTerm()
{
    // The ended term's account comes back into use for the current term, as the single change does.
    m_office->changeStatus(m_momunuX.id, AccountStatus::Deactivated);
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(m_office->budi, {.ids = {m_momunuX.id}}, AccountStatus::Active,
                                        QStringLiteral("dipakai lagi"), false);
    QVERIFY(change && change.value().recorded);
    QCOMPARE(status(m_momunuX.id).termId, m_current.id);
    QCOMPARE(m_office->lastLogEntry().detailsObject().value(QStringLiteral("term")).toInteger(), m_current.id);
}

void TestBulkStatus::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("kecamatan");
    QTest::addColumn<qint64>("term");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("a viewer") << "ani"
                              << "72.05.01" << qint64(0) << Reason << ErrorCode::PermissionDenied;
    QTest::newRow("no reason") << "budi"
                               << "72.05.01" << qint64(0) << " " << ErrorCode::InvalidInput;
    QTest::newRow("no selection") << "budi"
                                  << "" << qint64(0) << Reason << ErrorCode::InvalidInput;
    QTest::newRow("unknown kecamatan") << "budi"
                                       << "72.05.99" << qint64(0) << Reason << ErrorCode::NotFound;
    QTest::newRow("unknown term") << "budi"
                                  << "" << qint64(77) << Reason << ErrorCode::NotFound;
    QTest::newRow("no account there") << "budi"
                                      << "72.05.09" << qint64(0) << Reason << ErrorCode::NotFound;
}

void TestBulkStatus::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, kecamatan);
    QFETCH(qint64, term);
    QFETCH(QString, reason);
    QFETCH(ErrorCode, code);
    const qint64 logBefore = m_office->logCount();
    const Session &session = who == QLatin1String("ani") ? m_office->ani : m_office->budi;
    auto change = Accounts(*m_office->vault)
                      .changeStatusMany(session, {.kecamatanCode = kecamatan, .termId = term}, AccountStatus::Closed,
                                        reason, true);
    QVERIFY(!change);
    QCOMPARE(change.error().code(), code);
    QVERIFY(!change.error().message().isEmpty());
    QCOMPARE(m_office->logCount(), logBefore);
    QCOMPARE(status(m_momunuIg.id).status, AccountStatus::Active);
}

QTEST_GUILESS_MAIN(TestBulkStatus)
#include "tst_bulkstatus.moc"
