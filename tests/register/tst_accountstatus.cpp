// SPDX-License-Identifier: GPL-3.0-or-later
// The account status machine: every from x to x nature, with the rules of the issue written out
// here independently of the code, so a change to the machine shows as a failing row.
#include <core/domain/accountstatus.h>

#include <QSet>
#include <QTest>

using namespace Brankas;

Q_DECLARE_METATYPE(Brankas::AccountStatus)
Q_DECLARE_METATYPE(Brankas::AccountNature)

namespace {
using S = AccountStatus;

// requested -> active -> suspended <-> active -> deactivated -> active (new term) or -> closed; a
// permanent account at term end is held by the office until handed on (held -> active), or is
// deactivated or closed from there. A request that is never fulfilled can be closed.
bool expectedAllowed(S from, S to, AccountNature nature)
{
    const bool permanent = nature == AccountNature::Permanent;
    switch (from) {
    case S::Requested:
        return to == S::Active || to == S::Closed;
    case S::Active:
        return to == S::Suspended || to == S::Deactivated || (permanent && to == S::Held);
    case S::Suspended:
        return to == S::Active || to == S::Deactivated || (permanent && to == S::Held);
    case S::Deactivated:
        return to == S::Active || to == S::Closed;
    case S::Held:
        return to == S::Active || to == S::Deactivated || to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

// A word the refusal must contain, so the officer learns why and what to do instead.
QString expectedHint(S from, S to, AccountNature nature)
{
    if (from == to) {
        return QStringLiteral("already");
    }
    if (from == S::Closed) {
        return QStringLiteral("closed account stays in the register");
    }
    if (to == S::Requested) {
        return QStringLiteral("cannot go back to requested");
    }
    if (to == S::Held && nature == AccountNature::TermBound) {
        return QStringLiteral("Only a permanent account is held");
    }
    if (to == S::Closed) {
        return QStringLiteral("deactivate it first");
    }
    if (to == S::Suspended) {
        return QStringLiteral("Only an active account can be suspended");
    }
    return QStringLiteral("cannot go from %1 to %2").arg(statusDisplayName(from), statusDisplayName(to));
}

QString rowName(S from, S to, AccountNature nature)
{
    return QStringLiteral("%1 -> %2 (%3)").arg(statusId(from), statusId(to), natureId(nature));
}
} // namespace

class TestAccountStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusIdsRoundTrip();
    void indonesianStatusWords_data();
    void indonesianStatusWords();
    void natureIds();
    void onlyActiveAndSuspendedAreLive();
    void transitionMatrix_data();
    void transitionMatrix();
    void allowedTransitions_data();
    void allowedTransitions();
    void theIssuesPathsAreAllowed();
};

void TestAccountStatus::statusIdsRoundTrip()
{
    const QList<S> statuses = allStatuses();
    QCOMPARE(statuses.size(), 6);
    QSet<QString> ids;
    for (S status : statuses) {
        ids.insert(statusId(status));
        QCOMPARE(statusFromId(statusId(status)), std::optional(status));
        QCOMPARE(statusFromId(statusId(status).toUpper() + QLatin1Char(' ')), std::optional(status));
        QVERIFY(!statusDisplayName(status).isEmpty());
    }
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("requested"), QStringLiteral("active"), QStringLiteral("suspended"),
                                 QStringLiteral("deactivated"), QStringLiteral("held"), QStringLiteral("closed")}));
    QCOMPARE(statusDisplayName(S::Held), QStringLiteral("Held by the office"));
    QCOMPARE(statusFromId(QStringLiteral("archived")), std::optional<S>());
    QCOMPARE(statusFromId(QString()), std::optional<S>());
}

void TestAccountStatus::indonesianStatusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<AccountStatus>("status");
    QTest::newRow("diajukan") << QStringLiteral("diajukan") << S::Requested;
    QTest::newRow("aktif") << QStringLiteral("Aktif") << S::Active;
    QTest::newRow("ditangguhkan") << QStringLiteral("ditangguhkan") << S::Suspended;
    QTest::newRow("nonaktif") << QStringLiteral("nonaktif") << S::Deactivated;
    QTest::newRow("dipegang-kantor") << QStringLiteral("dipegang-kantor") << S::Held;
    QTest::newRow("ditutup") << QStringLiteral("ditutup") << S::Closed;
}

void TestAccountStatus::indonesianStatusWords()
{
    QFETCH(QString, word);
    QFETCH(AccountStatus, status);
    QCOMPARE(statusFromId(word), std::optional(status));
}

void TestAccountStatus::natureIds()
{
    QCOMPARE(natureId(AccountNature::TermBound), QStringLiteral("term"));
    QCOMPARE(natureId(AccountNature::Permanent), QStringLiteral("permanent"));
    QCOMPARE(natureFromId(QStringLiteral("term")), std::optional(AccountNature::TermBound));
    QCOMPARE(natureFromId(QStringLiteral(" Permanent")), std::optional(AccountNature::Permanent));
    QCOMPARE(natureFromId(QStringLiteral("tetap")), std::optional(AccountNature::Permanent));
    QCOMPARE(natureFromId(QStringLiteral("masa-tugas")), std::optional(AccountNature::TermBound));
    QCOMPARE(natureFromId(QStringLiteral("forever")), std::optional<AccountNature>());
    QVERIFY(!natureDisplayName(AccountNature::TermBound).isEmpty());
    QVERIFY(natureDisplayName(AccountNature::TermBound) != natureDisplayName(AccountNature::Permanent));
}

void TestAccountStatus::onlyActiveAndSuspendedAreLive()
{
    QList<S> live;
    for (S status : allStatuses()) {
        if (isLive(status)) {
            live << status;
        }
    }
    QCOMPARE(live, (QList<S>{S::Active, S::Suspended}));
}

void TestAccountStatus::transitionMatrix_data()
{
    QTest::addColumn<AccountStatus>("from");
    QTest::addColumn<AccountStatus>("to");
    QTest::addColumn<AccountNature>("nature");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("hint");
    for (AccountNature nature : {AccountNature::TermBound, AccountNature::Permanent}) {
        for (S from : allStatuses()) {
            for (S to : allStatuses()) {
                const bool allowed = expectedAllowed(from, to, nature);
                QTest::newRow(qPrintable(rowName(from, to, nature)))
                    << from << to << nature << allowed << (allowed ? QString() : expectedHint(from, to, nature));
            }
        }
    }
}

void TestAccountStatus::transitionMatrix()
{
    QFETCH(AccountStatus, from);
    QFETCH(AccountStatus, to);
    QFETCH(AccountNature, nature);
    QFETCH(bool, allowed);
    QFETCH(QString, hint);
    const Status status = checkTransition(from, to, nature);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!status.error().message().isEmpty());
        const QString message = status.error().untranslatedMessage();
        QVERIFY2(message.contains(hint), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('%')), qPrintable(message)); // every argument filled in
    }
}

void TestAccountStatus::allowedTransitions_data()
{
    QTest::addColumn<AccountStatus>("from");
    QTest::addColumn<AccountNature>("nature");
    QTest::addColumn<QList<AccountStatus>>("expected");
    for (AccountNature nature : {AccountNature::TermBound, AccountNature::Permanent}) {
        for (S from : allStatuses()) {
            QList<AccountStatus> expected;
            for (S to : allStatuses()) {
                if (expectedAllowed(from, to, nature)) {
                    expected << to;
                }
            }
            QTest::newRow(qPrintable(QStringLiteral("%1 (%2)").arg(statusId(from), natureId(nature))))
                << from << nature << expected;
        }
    }
}

void TestAccountStatus::allowedTransitions()
{
    QFETCH(AccountStatus, from);
    QFETCH(AccountNature, nature);
    QFETCH(QList<AccountStatus>, expected);
    QCOMPARE(Brankas::allowedTransitions(from, nature), expected);
}

void TestAccountStatus::theIssuesPathsAreAllowed()
{
    // Walks the lives the issue describes, one step at a time.
    const QList<QList<S>> termBound{
        {S::Requested, S::Active, S::Suspended, S::Active, S::Deactivated, S::Active, S::Deactivated, S::Closed},
        {S::Requested, S::Closed},
    };
    for (const QList<S> &path : termBound) {
        for (qsizetype i = 1; i < path.size(); ++i) {
            QVERIFY2(checkTransition(path[i - 1], path[i], AccountNature::TermBound).ok(),
                     qPrintable(rowName(path[i - 1], path[i], AccountNature::TermBound)));
        }
    }
    const QList<S> permanent{S::Requested, S::Active, S::Held,        S::Active,
                             S::Suspended, S::Held,   S::Deactivated, S::Closed};
    for (qsizetype i = 1; i < permanent.size(); ++i) {
        QVERIFY2(checkTransition(permanent[i - 1], permanent[i], AccountNature::Permanent).ok(),
                 qPrintable(rowName(permanent[i - 1], permanent[i], AccountNature::Permanent)));
    }
    QVERIFY(Brankas::allowedTransitions(S::Closed, AccountNature::Permanent).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStatus)
#include "tst_accountstatus.moc"
