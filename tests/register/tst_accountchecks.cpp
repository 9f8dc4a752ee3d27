// SPDX-License-Identifier: GPL-3.0-or-later
// AccountChecks, which an import uses to check every row of a sheet with one instance: the answer
// for each account is the one a fresh instance (Accounts::add's own check) gives, a kept instance
// sees accounts recorded after it was made, and its kept statements hold no read of the vault open.
#include "registertesting.h"

#include <core/register/accountchecks.h>
#include <core/register/kecamatanregister.h>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

// What a check said, comparable across instances.
QString outcome(const Result<Account> &checked)
{
    if (!checked) {
        return QStringLiteral("refused %1: %2")
            .arg(int(checked.error().code()))
            .arg(checked.error().untranslatedMessage());
    }
    const Account &a = checked.value();
    return QStringLiteral("ok %1 %2 %3 %4 term %5")
        .arg(a.kecamatanCode, platformId(a.platform), a.platformName, a.handle)
        .arg(a.termId);
}
} // namespace

class TestAccountChecks : public QObject
{
    Q_OBJECT

private slots:
    void oneInstanceAnswersAsAFreshOne();
    void keptInstanceSeesAccountsRecordedSince();
    void keptStatementsHoldNoReadOpen();
};

void TestAccountChecks::oneInstanceAnswersAsAFreshOne()
{
    Office o;
    const Term past = o.addTerm(QStringLiteral("Pilkada 2020"), date(2020, 1, 1), date(2021, 6, 30));
    const Term current = o.addTerm(QStringLiteral("Pemilu 2024"), date(2023, 8, 1), date(2024, 12, 31));
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    QVERIFY(KecamatanRegister(*o.vault).retire(o.budi, QStringLiteral("72.05.11"), QStringLiteral("pemekaran")).ok());

    QList<NewAccount> specs;
    const auto add = [&specs](const QString &code, Platform platform, const QString &handle,
                              std::optional<qint64> term = std::nullopt) {
        NewAccount spec = newAccount(code, platform, handle);
        spec.termId = term;
        specs << spec;
    };
    // Valid and refused accounts interleaved, each kecamatan and term asked more than once, so a
    // lookup that kept an earlier row's answer would show.
    add(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("@panwaslu_lakea"));
    add(QStringLiteral("72.05.99"), Platform::Instagram, QStringLiteral("@panwaslu_entah"));
    add(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("@PanwasluLakea"), past.id);
    add(QStringLiteral("72.05.11"), Platform::Instagram, QStringLiteral("@panwaslu_lama"));
    add(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("PANWASLU_MOMUNU"));
    add(QStringLiteral("72.05.03"), Platform::TikTok, QStringLiteral("panwaslu.bokat"), 999);
    add(QStringLiteral("72.05.03"), Platform::TikTok, QStringLiteral("panwaslu.bokat"), current.id);
    add(QStringLiteral("72.05.02"), Platform::Instagram, QStringLiteral("panwaslu lakea"));
    add(QStringLiteral("72.05.99"), Platform::X, QStringLiteral("@PanwasluEntah"));
    add(QStringLiteral("72.05.01"), Platform::Facebook, QStringLiteral("panwaslu.momunu"));

    AccountChecks kept(*o.vault, o.budi);
    int refused = 0;
    for (const NewAccount &spec : std::as_const(specs)) {
        const QString fromKept = outcome(kept.check(spec));
        const QString fromFresh = outcome(AccountChecks(*o.vault, o.budi).check(spec));
        QCOMPARE(fromKept, fromFresh);
        refused += fromKept.startsWith(QStringLiteral("refused")) ? 1 : 0;
    }
    QCOMPARE(refused, 6);
    // No term given: the one that covers the clock's day (2024-02-14), read once for every row.
    QVERIFY2(outcome(kept.check(specs.first())).endsWith(QStringLiteral("term %1").arg(current.id)),
             qPrintable(outcome(kept.check(specs.first()))));

    AccountChecks asViewer(*o.vault, o.ani);
    auto refusedViewer = asViewer.check(specs.first());
    QVERIFY(!refusedViewer);
    QCOMPARE(refusedViewer.error().code(), ErrorCode::PermissionDenied);
}

void TestAccountChecks::keptInstanceSeesAccountsRecordedSince()
{
    Office o;
    AccountChecks kept(*o.vault, o.budi);
    const NewAccount spec = newAccount(QStringLiteral("72.05.04"), Platform::Instagram, QStringLiteral("panwaslu_bb"));
    QVERIFY(kept.check(spec).ok());
    const Account added = o.addAccount(spec);
    auto again = kept.check(spec);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(again.error().untranslatedMessage().contains(QString::number(added.id)));
}

// A statement left stepping keeps a read of the WAL open; a checkpoint that truncates the WAL
// (what a backup copy and a clean close need) then stays busy for as long as the import runs.
void TestAccountChecks::keptStatementsHoldNoReadOpen()
{
    Office o;
    o.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu")));
    AccountChecks kept(*o.vault, o.budi);
    NewAccount taken = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("panwaslu_momunu"));
    QVERIFY(!kept.check(taken).ok()); // the kecamatan and the handle both found a row
    QVERIFY(kept.check(newAccount(QStringLiteral("72.05.02"), Platform::X, QStringLiteral("@PanwasluLakea"))).ok());

    const QString name = QStringLiteral("second-connection");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(o.t.path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0); // not busy: no reader holds the WAL
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestAccountChecks)
#include "tst_accountchecks.moc"
