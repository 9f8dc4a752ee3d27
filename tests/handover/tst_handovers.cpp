// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovertesting.h"

#include <core/handover/handovers.h>
#include <core/log/logactions.h>
#include <core/register/officesettings.h>

#include <QSqlError>
#include <core/storage/database.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestHandovers : public QObject
{
    Q_OBJECT

private slots:
    void createsDraftWithEligibleAccounts();
    void refusesAccountsItCannotInclude();
    void finalizeAppliesStatusesAndLogsInOneTransaction();
    void finalizedHandoverCannotBeChanged();
    void returnRotatesPasswordsAndRecoveryContacts();
    void transferKeepsAccountsActive();
    void viewersAreRefused();
    void failedFinalizeRollsEverythingBack();
    void numbersFollowEachOther();
};

void TestHandovers::createsDraftWithEligibleAccounts()
{
    HandoverOffice o;
    const qint64 before = o.logCount();
    auto created = Handovers(*o.vault).create(o.budi, o.spec(HandoverKind::Activation));
    QVERIFY2(created.ok(), qPrintable(created.error().untranslatedMessage()));
    const Handover &h = created.value();
    QVERIFY(!h.isFinal());
    QVERIFY(h.number.isEmpty());
    QCOMPARE(h.items.size(), 2); // the requested accounts of Momunu, not Lakea's
    QCOMPARE(HandoverOffice::itemFor(h, o.instagram).account.handle, o.instagram.handle);
    QCOMPARE(h.place, QStringLiteral("Buol"));
    QCOMPARE(h.witness.name, QStringLiteral("Dra. Hj. Nurhayati"));
    QCOMPARE(h.termId, o.term.id);
    QCOMPARE(o.logCount(), before + 1);
    QCOMPARE(o.lastLogEntry().action, LogAction::handoverCreated());
    // Nothing changes on the accounts until the handover is finalised.
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Requested);
    QCOMPARE(valueOf(Handovers(*o.vault).list(), "list").size(), 1);
}

void TestHandovers::refusesAccountsItCannotInclude()
{
    HandoverOffice o;
    Handovers handovers(*o.vault);
    auto otherKecamatan = handovers.create(o.budi, o.spec(HandoverKind::Activation, {o.other.id}));
    QCOMPARE(otherKecamatan.error().code(), ErrorCode::InvalidInput);
    // A return of accounts not yet in use hands nothing back.
    auto notActive = handovers.create(o.budi, o.spec(HandoverKind::Return, {o.instagram.id}));
    QCOMPARE(notActive.error().code(), ErrorCode::InvalidInput);
    NewHandover noParty = o.spec(HandoverKind::Activation);
    noParty.to.name.clear();
    QCOMPARE(handovers.create(o.budi, noParty).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(o.rows("handover"), 0);
}

void TestHandovers::finalizeAppliesStatusesAndLogsInOneTransaction()
{
    HandoverOffice o;
    auto created = valueOf(Handovers(*o.vault).create(o.budi, o.spec(HandoverKind::Activation)), "create");
    const qint64 before = o.logCount();
    auto finalized = Handovers(*o.vault).finalize(o.budi, created.id);
    QVERIFY2(finalized.ok(), qPrintable(finalized.error().untranslatedMessage()));
    const Handover &h = finalized.value();
    QVERIFY(h.isFinal());
    QCOMPARE(h.number, QStringLiteral("1/BA/HM.02/72.05/II/2024"));
    QCOMPARE(h.finalizedBy, QStringLiteral("Budi"));
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Active);
    QCOMPARE(o.statusOf(o.facebook), AccountStatus::Active);
    QCOMPARE(valueOf(Accounts(*o.vault).find(o.facebook.id), "find").holder, QStringLiteral("Andi Saputra"));
    QCOMPARE(HandoverOffice::itemFor(h, o.instagram).statusBefore, std::optional(AccountStatus::Requested));
    QCOMPARE(HandoverOffice::itemFor(h, o.instagram).statusAfter, std::optional(AccountStatus::Active));
    // One entry for the handover and one per account, written together.
    QCOMPARE(o.logCount(), before + 3);
    auto entries = valueOf(o.vault->log().entries({.afterSeq = before}), "entries");
    QCOMPARE(entries[0].action, LogAction::handoverFinalized());
    QCOMPARE(entries[0].detailsObject().value(QStringLiteral("number")).toString(), h.number);
    QCOMPARE(entries[1].action, QStringLiteral("account.status-changed"));
    QCOMPARE(entries[2].action, QStringLiteral("account.status-changed"));
    QVERIFY(entries[1].detailsObject().value(QStringLiteral("reason")).toString().contains(h.number));
    // The receiving party is recorded as the member of the committee handling its accounts.
    QCOMPARE(o.rows("committee"), 1);
    QCOMPARE(o.rows("committee_member"), 1);
    QVERIFY(o.vault->log().verify().value().intact());
}

void TestHandovers::finalizedHandoverCannotBeChanged()
{
    HandoverOffice o;
    const Handover h = o.finalizedActivation();
    Handovers handovers(*o.vault);
    QCOMPARE(handovers.finalize(o.budi, h.id).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(handovers.update(o.budi, h.id, o.spec(HandoverKind::Activation)).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(handovers.discard(o.budi, h.id).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(handovers.markChanges(o.budi, h.id, o.instagram.id, true, true).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(handovers.rotatePassword(o.budi, h.id, o.instagram.id).error().code(), ErrorCode::InvalidInput);
    // Not even the database lets it change.
    QSqlQuery query(o.vault->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE handover SET place = 'x' WHERE id = %1").arg(h.id)));
    QVERIFY(query.lastError().text().contains(QStringLiteral("finalised")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM handover_account WHERE handover_id = %1").arg(h.id)));
    QCOMPARE(valueOf(handovers.find(h.id), "find").place, QStringLiteral("Buol"));
}

void TestHandovers::returnRotatesPasswordsAndRecoveryContacts()
{
    HandoverOffice o;
    o.finalizedActivation();
    Handovers handovers(*o.vault);
    auto draft = valueOf(handovers.create(o.budi, o.spec(HandoverKind::Return)), "create return");
    QCOMPARE(draft.items.size(), 2);
    auto password = handovers.rotatePassword(o.budi, draft.id, o.instagram.id);
    QVERIFY2(password.ok(), qPrintable(password.error().untranslatedMessage()));
    QCOMPARE(password.value().size(), 20);
    auto stored = valueOf(Secrets(*o.vault).reveal(o.budi, o.instagram.id, SecretKind::Password), "reveal");
    QCOMPARE(stored.view(), password.value().view());
    QCOMPARE(valueOf(Secrets(*o.vault).history(o.instagram.id), "history").size(), 2);
    auto changed = handovers.changeRecoveryContact(o.budi, draft.id, o.facebook.id,
                                                   QStringLiteral("humas.buol@bawaslu.go.id"), std::nullopt);
    QVERIFY2(changed.ok(), qPrintable(changed.error().untranslatedMessage()));
    QCOMPARE(changed.value().email, QStringLiteral("humas.buol@bawaslu.go.id"));
    QVERIFY(
        !handovers.changeRecoveryContact(o.budi, draft.id, o.facebook.id, QStringLiteral("not an address"), {}).ok());
    QCOMPARE(handovers.rotatePassword(o.budi, draft.id, o.other.id).error().code(), ErrorCode::NotFound);

    const Handover h = valueOf(handovers.finalize(o.budi, draft.id), "finalize return");
    QCOMPARE(h.number, QStringLiteral("2/BA/HM.02/72.05/II/2024"));
    QVERIFY(HandoverOffice::itemFor(h, o.instagram).passwordChanged);
    QVERIFY(!HandoverOffice::itemFor(h, o.instagram).recoveryChanged);
    QVERIFY(!HandoverOffice::itemFor(h, o.facebook).passwordChanged);
    QVERIFY(HandoverOffice::itemFor(h, o.facebook).recoveryChanged);
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Deactivated);
    QCOMPARE(o.statusOf(o.facebook), AccountStatus::Held);
    QCOMPARE(valueOf(Accounts(*o.vault).find(o.facebook.id), "find").holder, QStringLiteral("Siti Rahma"));
}

void TestHandovers::transferKeepsAccountsActive()
{
    HandoverOffice o;
    o.finalizedActivation();
    const Term next = o.addTerm(QStringLiteral("Pilkada 2024"), QDate(2024, 2, 1), QDate(2025, 3, 31));
    NewHandover spec = o.spec(HandoverKind::Transfer);
    spec.termId = next.id;
    spec.to.name = QStringLiteral("Rahmat Hidayat");
    auto draft = valueOf(Handovers(*o.vault).create(o.budi, spec), "create transfer");
    const Handover h = valueOf(Handovers(*o.vault).finalize(o.budi, draft.id), "finalize transfer");
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Active);
    const Account moved = valueOf(Accounts(*o.vault).find(o.facebook.id), "find");
    QCOMPARE(moved.status, AccountStatus::Active);
    QCOMPARE(moved.termId, next.id);
    QCOMPARE(moved.holder, QStringLiteral("Rahmat Hidayat"));
    QCOMPARE(HandoverOffice::itemFor(h, o.facebook).statusBefore, std::optional(AccountStatus::Active));
}

void TestHandovers::viewersAreRefused()
{
    HandoverOffice o;
    Handovers handovers(*o.vault);
    QCOMPARE(handovers.create(o.ani, o.spec(HandoverKind::Activation)).error().code(), ErrorCode::PermissionDenied);
    auto draft = valueOf(handovers.create(o.budi, o.spec(HandoverKind::Activation)), "create");
    QCOMPARE(handovers.finalize(o.ani, draft.id).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(handovers.rotatePassword(o.ani, draft.id, o.instagram.id).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(handovers.discard(o.ani, draft.id).error().code(), ErrorCode::PermissionDenied);
    // Viewers read handovers.
    QVERIFY(handovers.find(draft.id).ok());
}

void TestHandovers::failedFinalizeRollsEverythingBack()
{
    HandoverOffice o;
    o.finalizedActivation();
    Handovers handovers(*o.vault);
    auto draft = valueOf(handovers.create(o.budi, o.spec(HandoverKind::Return, {o.instagram.id, o.facebook.id})),
                         "create return");
    // After the draft, the second account is deactivated by hand: a return can no longer hold it.
    o.changeStatus(o.facebook.id, AccountStatus::Deactivated);
    const qint64 logBefore = o.logCount();
    const qint64 changesBefore = o.rows("account_status_change");
    auto finalized = handovers.finalize(o.budi, draft.id);
    QCOMPARE(finalized.error().code(), ErrorCode::InvalidInput);
    // The first account, applied before the failure, is untouched; the handover is still a draft.
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Active);
    QCOMPARE(o.logCount(), logBefore);
    QCOMPARE(o.rows("account_status_change"), changesBefore);
    const Handover after = valueOf(handovers.find(draft.id), "find");
    QVERIFY(!after.isFinal());
    QVERIFY(after.number.isEmpty());
    QVERIFY(!after.items[0].statusAfter);
    QVERIFY(o.vault->log().verify().value().intact());
    // Without that account it goes through.
    NewHandover spec = o.spec(HandoverKind::Return, {o.instagram.id});
    QVERIFY(handovers.update(o.budi, draft.id, spec).ok());
    QVERIFY(handovers.finalize(o.budi, draft.id).ok());
    QCOMPARE(o.statusOf(o.instagram), AccountStatus::Deactivated);
}

void TestHandovers::numbersFollowEachOther()
{
    HandoverOffice o;
    OfficeDetails office = valueOf(OfficeSettings(*o.vault).get(), "office");
    office.handoverNumberTemplate = QStringLiteral("{seq3}/BA/{kecamatan}/{year}");
    require(OfficeSettings(*o.vault).set(o.siti, office), "template");
    office.handoverNumberTemplate = QStringLiteral("BA/{year}");
    QCOMPARE(OfficeSettings(*o.vault).set(o.siti, office).error().code(), ErrorCode::InvalidInput);
    const Handover first = o.finalizedActivation();
    QCOMPARE(first.number, QStringLiteral("001/BA/72.05.01/2024"));
    auto draft = valueOf(Handovers(*o.vault).create(o.budi, o.spec(HandoverKind::Return)), "create");
    QCOMPARE(valueOf(Handovers(*o.vault).finalize(o.budi, draft.id), "finalize").number,
             QStringLiteral("002/BA/72.05.01/2024"));
}

QTEST_GUILESS_MAIN(TestHandovers)
#include "tst_handovers.moc"
