// SPDX-License-Identifier: GPL-3.0-or-later
#include "handovertesting.h"

#include <core/handover/handovers.h>
#include <core/log/logactions.h>
#include <ui/handover/handoveraccountspage.h>
#include <ui/handover/handoverchangespage.h>
#include <ui/handover/handoverdonepage.h>
#include <ui/handover/handoveritemrow.h>
#include <ui/handover/handoverkindpage.h>
#include <ui/handover/handoverlistmodel.h>
#include <ui/handover/handoverpartiespage.h>
#include <ui/handover/handoverpreviewpage.h>
#include <ui/handover/handoverspage.h>
#include <ui/handover/handoverwizard.h>
#include <ui/handover/partyfields.h>
#include <ui/log/logpage.h>
#include <ui/models/logentrymodel.h>
#include <ui/reports/reportpreviewpane.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Where screenshots of each step go when BRANKAS_SHOTS names a folder (for looking at them).
void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_SHOTS");
    if (!folder.isEmpty()) {
        QCoreApplication::processEvents();
        widget.grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

NewHandover returnSpec(const HandoverDesk &desk)
{
    NewHandover spec;
    spec.kecamatanCode = Momunu;
    spec.kind = HandoverKind::Return;
    spec.date = QDate(2024, 2, 14);
    spec.from = {QStringLiteral("Andi Saputra"), QStringLiteral("Ketua Panwaslu Kecamatan Momunu"), QString()};
    spec.to = {QStringLiteral("Budi"), QStringLiteral("Staf Humas"), QString()};
    spec.accountIds = {desk.instagram.id};
    return spec;
}
} // namespace

class TestHandoverPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardRecordsAReturnWithNewPasswords();
    void closingTheWizardKeepsTheDraft();
    void listModelPassesTheTester();
    void pageListsDraftsAndFinalHandovers();
    void viewerCannotStartAHandover();
    void logNamesHandoversOfficersAndTheVaultInWords();
};

void TestHandoverPage::wizardRecordsAReturnWithNewPasswords()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    HandoverWizard wizard(*workspace);
    QSignalSpy saved(&wizard, &HandoverWizard::handoverSaved);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(HandoverWizard::KindPageId));
    wizard.kindPage()->setKecamatan(Momunu);
    wizard.kindPage()->setKind(HandoverKind::Return);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(wizard, "wizard-1-kind");
    wizard.next();

    QCOMPARE(wizard.currentId(), int(HandoverWizard::AccountsPageId));
    QCOMPARE(wizard.accountsPage()->candidateCount(), 2);
    QCOMPARE(wizard.accountsPage()->checkedAccountIds().size(), 2); // all proposed
    shoot(wizard, "wizard-2-accounts");
    wizard.accountsPage()->setChecked(desk.facebook.id, false);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.accountsPage()->setChecked(desk.instagram.id, false);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a handover of nothing is refused
    wizard.accountsPage()->setChecked(desk.instagram.id, true);
    wizard.accountsPage()->setChecked(desk.facebook.id, true);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(HandoverWizard::PartiesPageId));
    HandoverPartiesPage *parties = wizard.partiesPage();
    // A return: the committee hands over, the signed-in officer receives; the head of office witnesses.
    QCOMPARE(parties->toFields()->nameEdit()->text(), QStringLiteral("Budi"));
    QCOMPARE(parties->toFields()->positionEdit()->text(), QStringLiteral("Staf Humas"));
    QCOMPARE(parties->fromFields()->positionEdit()->text(), QStringLiteral("Ketua Panwaslu Kecamatan Momunu"));
    QCOMPARE(parties->witnessFields()->nameEdit()->text(), QStringLiteral("Dra. Hj. Nurhayati"));
    QCOMPARE(parties->placeEdit()->text(), QStringLiteral("Buol"));
    QCOMPARE(parties->dateEdit()->date(), QDate(2024, 2, 14));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the committee's name is still missing
    parties->fromFields()->nameEdit()->setText(QStringLiteral("Andi Saputra"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(wizard, "wizard-3-parties");
    QCOMPARE(wizard.handoverId(), 0);
    wizard.next();

    // Leaving the parties records the draft.
    QCOMPARE(wizard.currentId(), int(HandoverWizard::ChangesPageId));
    QVERIFY(wizard.handoverId() > 0);
    QVERIFY(!saved.isEmpty());
    QCOMPARE(desk.logged(LogAction::handoverCreated()), 1);
    QCOMPARE(wizard.changesPage()->rows().size(), 2);

    HandoverItemRow *instagram = wizard.changesPage()->row(desk.instagram.id);
    QVERIFY(instagram);
    const qsizetype secretsBefore = desk.logged(QStringLiteral("secret.set"));
    QVERIFY(instagram->generatePassword());
    const QString shown = instagram->passwordField()->text();
    QVERIFY(shown.size() >= 16);
    QVERIFY(instagram->passwordField()->isVisibleTo(&wizard));
    QCOMPARE(desk.logged(QStringLiteral("secret.set")), secretsBefore + 1);
    QCOMPARE(
        QString::fromUtf8(
            valueOf(Secrets(*desk.vault).reveal(desk.budi, desk.instagram.id, SecretKind::Password), "reveal").view()),
        shown);
    instagram->copyPassword();
    QCOMPARE(QApplication::clipboard()->text(), shown);
    QVERIFY(instagram->passwordChangedBox()->isChecked());

    HandoverItemRow *facebook = wizard.changesPage()->row(desk.facebook.id);
    QVERIFY(facebook->saveRecoveryContact(QStringLiteral("humas.buol@bawaslu.go.id"), QStringLiteral("081234567890")));
    QVERIFY(facebook->recoveryChangedBox()->isChecked());
    QCOMPARE(valueOf(Accounts(*desk.vault).find(desk.facebook.id), "find").email,
             QStringLiteral("humas.buol@bawaslu.go.id"));
    facebook->passwordChangedBox()->click(); // changed on the platform outside Brankas
    shoot(wizard, "wizard-4-changes");
    wizard.next();

    // The new password is off the screen once the step is left.
    QVERIFY(!instagram->isShowingPassword());
    QCOMPARE(wizard.currentId(), int(HandoverWizard::PreviewPageId));
    for (const HandoverItem &item : wizard.handover().items) {
        QVERIFY(item.passwordChanged);
    }
    const ReportDocument *draft = wizard.previewPage()->pane()->document();
    QVERIFY(draft);
    QVERIFY(!draft->stamp.isEmpty()); // marked as a draft
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("Finalise…"));
    shoot(wizard, "wizard-5-preview");

    // Declining the confirmation keeps the draft.
    QString question;
    answerNextMessageBox(QStringLiteral("Cancel"), &question);
    wizard.next();
    QVERIFY(question.contains(QStringLiteral("cannot be edited")));
    QCOMPARE(wizard.currentId(), int(HandoverWizard::PreviewPageId));
    QVERIFY(!wizard.handover().isFinal());

    answerNextMessageBox(QStringLiteral("Finalise"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(HandoverWizard::DonePageId));
    QVERIFY(wizard.handover().isFinal());
    QCOMPARE(wizard.handover().number, QStringLiteral("1/BA/HM.02/72.05/II/2024"));
    QCOMPARE(desk.statusOf(desk.instagram), AccountStatus::Deactivated);
    QCOMPARE(desk.statusOf(desk.facebook), AccountStatus::Held);
    QCOMPARE(desk.logged(LogAction::handoverFinalized()), 1);
    shoot(wizard, "wizard-6-done");

    const auto list = valueOf(Handovers(*desk.vault).list(), "list");
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().isFinal());

    const QString pdf = desk.t.dir.filePath(QStringLiteral("handover.pdf"));
    QVERIFY(wizard.donePage()->saveTo(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("BERITA ACARA")) || text.contains(QStringLiteral("HANDOVER")),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("1/BA/HM.02/72.05/II/2024")));
    QVERIFY(!text.contains(shown)); // no password without the annex
}

void TestHandoverPage::closingTheWizardKeepsTheDraft()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    const Handover draft = valueOf(Handovers(*desk.vault).create(desk.budi, returnSpec(desk)), "create");
    {
        HandoverWizard wizard(*workspace, draft.id);
        wizard.show();
        QCOMPARE(wizard.kindPage()->kecamatanCode(), Momunu);
        QCOMPARE(wizard.kindPage()->kind(), HandoverKind::Return);
        wizard.next();
        QCOMPARE(wizard.accountsPage()->checkedAccountIds(), QList<qint64>{desk.instagram.id});
        wizard.accountsPage()->setChecked(desk.facebook.id, true);
        wizard.next(); // an existing draft follows the choice at once
        QCOMPARE(wizard.partiesPage()->fromFields()->nameEdit()->text(), QStringLiteral("Andi Saputra"));
        wizard.reject();
    }
    const Handover kept = valueOf(Handovers(*desk.vault).find(draft.id), "find");
    QVERIFY(!kept.isFinal());
    QCOMPARE(kept.items.size(), 2);
}

void TestHandoverPage::listModelPassesTheTester()
{
    HandoverDesk desk;
    Handovers handovers(*desk.vault);
    const Handover first = valueOf(handovers.create(desk.budi, returnSpec(desk)), "create");
    valueOf(handovers.finalize(desk.budi, first.id), "finalize");
    NewHandover second = returnSpec(desk);
    second.accountIds = {desk.facebook.id};
    valueOf(handovers.create(desk.budi, second), "create draft");

    HandoverListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(*desk.vault).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.draftCount(), 1);
    int draftRow = model.handover(0).isFinal() ? 1 : 0;
    QCOMPARE(model.index(draftRow, HandoverListModel::NumberColumn).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model.index(1 - draftRow, HandoverListModel::NumberColumn).data().toString(),
             QStringLiteral("1/BA/HM.02/72.05/II/2024"));
    QCOMPARE(model.index(draftRow, HandoverListModel::AccountsColumn).data().toInt(), 1);
    QVERIFY(model.index(draftRow, HandoverListModel::PartiesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Andi Saputra")));
    QVERIFY(model.index(1 - draftRow, HandoverListModel::FinalizedColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Budi")));
    QCOMPARE(model.index(0, 0).data(HandoverListModel::IsFinalRole).toBool(), model.handover(0).isFinal());
    model.retranslate();
    model.setHandovers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHandoverPage::pageListsDraftsAndFinalHandovers()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    HandoversPage page(*workspace);
    page.resize(1100, 600);
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.newButton()->isEnabled());
    QVERIFY(!page.continueButton()->isEnabled());

    const Handover draft = valueOf(Handovers(*desk.vault).create(desk.budi, returnSpec(desk)), "create");
    workspace->notifyRegisterChanged();
    QCOMPARE(page.model()->rowCount(), 1);
    page.selectHandover(draft.id);
    QCOMPARE(page.selectedHandoverId(), draft.id);
    QVERIFY(page.continueButton()->isEnabled());
    QVERIFY(page.discardButton()->isEnabled());
    QVERIFY(page.printButton()->isEnabled());
    shoot(page, "handovers-page");

    HandoverWizard *wizard = page.continueDraft();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->reject();

    answerNextMessageBox(QStringLiteral("Discard draft"));
    page.discardDraft();
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(desk.logged(LogAction::handoverDiscarded()), 1);
}

void TestHandoverPage::viewerCannotStartAHandover()
{
    HandoverDesk desk;
    valueOf(Handovers(*desk.vault).create(desk.budi, returnSpec(desk)), "create");
    auto workspace = desk.workspace(desk.ani);
    HandoversPage page(*workspace);
    page.show();
    QVERIFY(!page.newButton()->isEnabled());
    QVERIFY(page.newHandover() == nullptr);
    page.selectHandover(page.model()->handover(0).id);
    QVERIFY(!page.continueButton()->isEnabled());
    QVERIFY(!page.discardButton()->isEnabled());
    QVERIFY(page.continueDraft() == nullptr);
    QVERIFY(page.printButton()->isEnabled()); // viewers print records
}

QTEST_MAIN(TestHandoverPage)
void TestHandoverPage::logNamesHandoversOfficersAndTheVaultInWords()
{
    HandoverDesk desk;
    Handovers handovers(*desk.vault);
    const Handover created = valueOf(handovers.create(desk.budi, returnSpec(desk)), "create");
    const Handover final = valueOf(handovers.finalize(desk.budi, created.id), "finalize");
    NewHandover draftSpec = returnSpec(desk);
    draftSpec.accountIds = {desk.facebook.id};
    const Handover draft = valueOf(handovers.create(desk.budi, draftSpec), "draft");
    NewHandover droppedSpec = draftSpec;
    droppedSpec.date = QDate(2024, 2, 15);
    const Handover dropped = valueOf(handovers.create(desk.budi, droppedSpec), "dropped");
    QVERIFY(handovers.discard(desk.budi, dropped.id));
    const auto workspace = desk.workspace(desk.budi);

    LogPage page(*workspace);
    page.reload();
    LogEntryModel *model = page.model();
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QStringList subjects;
    QStringList details;
    for (int row = 0; row < model->rowCount(); ++row) {
        subjects << model->index(row, LogEntryModel::SubjectColumn).data().toString();
        details << model->index(row, LogEntryModel::DetailsColumn).data().toString();
    }
    QVERIFY2(subjects.contains(QStringLiteral("Handover ") + final.number), qPrintable(subjects.join(u'|')));
    QVERIFY2(subjects.contains(QStringLiteral("Handover draft, 72.05.01 Momunu")), qPrintable(subjects.join(u'|')));
    QVERIFY(subjects.contains(QStringLiteral("A discarded handover draft")));
    QVERIFY(subjects.contains(QStringLiteral("Officer Budi")));
    QVERIFY(subjects.contains(QStringLiteral("Brankas"))); // the vault's creation
    // No stored identifier ("handover:3", "vault", "officer:Budi") is left for the officer to decode.
    static const QRegularExpression identifier(QStringLiteral("^[a-z]+(:\\S+)?$"));
    for (const QString &subject : subjects) {
        QVERIFY2(!identifier.match(subject).hasMatch(), qPrintable(subject));
    }
    // The accounts a handover entry lists read by name, not by number.
    const QString draftDetails = details.at(subjects.indexOf(QStringLiteral("Handover draft, 72.05.01 Momunu")));
    QVERIFY2(draftDetails.contains(QLatin1String("Facebook")), qPrintable(draftDetails));
    QVERIFY2(!draftDetails.contains(QStringLiteral("accounts: %1").arg(desk.facebook.id)), qPrintable(draftDetails));
    // The handover kind reads in words too.
    QVERIFY2(!draftDetails.contains(QLatin1String("kind: return")), qPrintable(draftDetails));
    // The stored identifier is still there for whoever compares with brankas-cli.
    QCOMPARE(model->index(subjects.indexOf(QStringLiteral("Officer Budi")), LogEntryModel::SubjectColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("officer:Budi"));
}

#include "tst_handoverpage.moc"
