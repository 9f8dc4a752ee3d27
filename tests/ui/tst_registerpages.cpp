// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefixture.h"
#include "pagetesting.h"

#include <core/vault/passphrase.h>

#include <ui/kecamatan/kecamatanregisterpage.h>
#include <ui/models/kecamatantablemodel.h>
#include <ui/models/officermodel.h>
#include <ui/models/termtablemodel.h>
#include <ui/officers/officerspage.h>
#include <ui/terms/termspage.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
template <typename T> T *field(QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget) {
        qWarning("no field %s", name);
    }
    return widget;
}

void submit(RegisterFormDialog &dialog)
{
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
}
} // namespace

class TestRegisterPages : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheModelTester();
    void kecamatanShowsLiveAccounts();
    void refusedRetireShowsTheReason();
    void retireAndAddKecamatan();
    void viewersSeeReadOnlyPages();
    void termsAddAndExtend();
    void officersAddWithPassphraseTwice();
    void languageChangeRetranslates();
};

void TestRegisterPages::modelsPassTheModelTester()
{
    PageFixture fixture;
    KecamatanRegisterPage kecamatan(*fixture.workspace);
    TermsPage terms(*fixture.workspace);
    OfficersPage officers(*fixture.workspace);
    QAbstractItemModelTester kecamatanTester(kecamatan.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester termTester(terms.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester officerTester(officers.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    kecamatan.reload();
    terms.reload();
    officers.reload();
    QCOMPARE(kecamatan.model()->rowCount(), 11);
    QCOMPARE(terms.model()->rowCount(), 3);
    QCOMPARE(officers.model()->rowCount(), 3);
    kecamatan.model()->retranslate();
    terms.model()->retranslate();
    officers.model()->retranslate();
}

void TestRegisterPages::kecamatanShowsLiveAccounts()
{
    PageFixture fixture;
    KecamatanRegisterPage page(*fixture.workspace);
    QCOMPARE(page.model()->rowCount(), 0); // made at sign-in, read only when shown (or asked)
    page.reload();
    KecamatanTableModel *model = page.model();
    const int momunu = model->rowOf(QStringLiteral("72.05.01"));
    QVERIFY(momunu >= 0);
    QCOMPARE(model->index(momunu, KecamatanTableModel::NameColumn).data().toString(), QStringLiteral("Momunu"));
    QCOMPARE(model->index(momunu, KecamatanTableModel::AccountsColumn).data().toString(), QStringLiteral("5"));
    int live = 0;
    for (const Account &account :
         Accounts(fixture.vault()).list({.kecamatanCode = QStringLiteral("72.05.01")}).value()) {
        live += isLive(account.status) ? 1 : 0;
    }
    QCOMPARE(model->liveCount(QStringLiteral("72.05.01")), live);
    QCOMPARE(model->index(momunu, KecamatanTableModel::StateColumn).data().toString(), QStringLiteral("In use"));
}

void TestRegisterPages::refusedRetireShowsTheReason()
{
    PageFixture fixture;
    KecamatanRegisterPage page(*fixture.workspace);
    page.reload();
    QVERIFY(page.select(QStringLiteral("72.05.01")));
    const qint64 entries = fixture.office.logCount();
    QString refusal;
    bool stillOpen = false;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "retireReason")->setText(QStringLiteral("Pemekaran wilayah"));
        submit(dialog);
        refusal = dialog.refusal();
        stillOpen = dialog.isVisible();
    });
    page.retireSelected();
    QVERIFY(stillOpen); // the officer reads why and can cancel
    QVERIFY2(refusal.contains(QLatin1String("still has active or suspended accounts")), qPrintable(refusal));
    QCOMPARE(fixture.office.logCount(), entries);
    QVERIFY(!page.model()->record(page.model()->rowOf(QStringLiteral("72.05.01"))).retired());
}

void TestRegisterPages::retireAndAddKecamatan()
{
    PageFixture fixture;
    KecamatanRegisterPage page(*fixture.workspace);
    page.show(); // reads the register, and again after each change

    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "kecamatanCode")->setText(QStringLiteral("72.05.12"));
        field<QLineEdit>(dialog, "kecamatanName")->setText(QStringLiteral("Momunu Utara"));
        submit(dialog);
    });
    page.addKecamatan();
    const int added = page.model()->rowOf(QStringLiteral("72.05.12"));
    QVERIFY(added >= 0);
    QCOMPARE(page.model()->record(added).name, QStringLiteral("Momunu Utara"));

    // A kecamatan without live accounts retires; it stays in the register, hidden by default.
    QVERIFY(page.select(QStringLiteral("72.05.12")));
    QString refusal = QStringLiteral("not run");
    whenFormOpens([&](RegisterFormDialog &dialog) {
        submit(dialog); // no reason yet: refused
        refusal = dialog.refusal();
        field<QLineEdit>(dialog, "retireReason")->setText(QStringLiteral("Digabung kembali"));
        submit(dialog);
    });
    page.retireSelected();
    QVERIFY2(refusal.contains(QLatin1String("reason")), qPrintable(refusal));
    QVERIFY(page.model()->record(page.model()->rowOf(QStringLiteral("72.05.12"))).retired());
    QCOMPARE(page.view()->model()->rowCount(), 11);
    QCOMPARE(fixture.office.lastLogEntry().action, QStringLiteral("kecamatan.retired"));
}

void TestRegisterPages::viewersSeeReadOnlyPages()
{
    PageFixture fixture;
    Workspace &viewer = fixture.signInAs(fixture.office.ani);
    KecamatanRegisterPage kecamatan(viewer);
    TermsPage terms(viewer);
    OfficersPage officers(viewer);
    for (QWidget *page : std::initializer_list<QWidget *>{&kecamatan, &terms, &officers}) {
        page->show();
    }
    QVERIFY(!kecamatan.findChild<QPushButton *>(QStringLiteral("addKecamatan"))->isVisible());
    QVERIFY(!kecamatan.findChild<QPushButton *>(QStringLiteral("retireKecamatan"))->isVisible());
    QVERIFY(kecamatan.findChild<QLabel *>(QStringLiteral("readOnlyNote"))->isVisible());
    QVERIFY(!terms.findChild<QPushButton *>(QStringLiteral("addTerm"))->isVisible());
    QVERIFY(!terms.findChild<QPushButton *>(QStringLiteral("extendTerm"))->isVisible());
    QVERIFY(!officers.findChild<QPushButton *>(QStringLiteral("addOfficer"))->isVisible());

    // An operator changes the register but does not add officers.
    Workspace &operatorSession = fixture.signInAs(fixture.office.budi);
    OfficersPage operatorOfficers(operatorSession);
    operatorOfficers.show();
    QVERIFY(!operatorOfficers.findChild<QPushButton *>(QStringLiteral("addOfficer"))->isVisible());
}

void TestRegisterPages::termsAddAndExtend()
{
    PageFixture fixture;
    TermsPage page(*fixture.workspace);
    page.show();
    QString refusal;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "termName")->setText(QStringLiteral("Pemilu 2029"));
        field<QDateEdit>(dialog, "termFormed")->setDate(QDate(2028, 1, 1));
        field<QDateEdit>(dialog, "termEnds")->setDate(QDate(2027, 12, 31)); // before it starts
        submit(dialog);
        refusal = dialog.refusal();
        field<QDateEdit>(dialog, "termEnds")->setDate(QDate(2029, 12, 31));
        submit(dialog);
    });
    page.addTerm();
    QVERIFY2(!refusal.isEmpty(), "an end before the start is refused");
    const int row = page.model()->rowOf(page.model()->term(0).id);
    QCOMPARE(page.model()->term(row).name, QStringLiteral("Pemilu 2029"));
    QCOMPARE(page.model()->index(row, TermTableModel::StateColumn).data().toString(),
             QStringLiteral("Starts 1 January 2028"));

    QVERIFY(page.select(fixture.pemilu2024.id));
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QDateEdit>(dialog, "extendUntil")->setDate(QDate(2024, 6, 30));
        field<QLineEdit>(dialog, "extendBasis")->setText(QStringLiteral("Keputusan Bawaslu Nomor 123/2024"));
        submit(dialog);
    });
    page.extendSelected();
    const Term &extended = page.model()->term(page.model()->rowOf(fixture.pemilu2024.id));
    QCOMPARE(extended.effectiveEnd(), QDate(2024, 6, 30));
    QCOMPARE(page.model()
                 ->index(page.model()->rowOf(fixture.pemilu2024.id), TermTableModel::ExtensionsColumn)
                 .data()
                 .toString(),
             QStringLiteral("Keputusan Bawaslu Nomor 123/2024"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("termDetail"))->text().contains(QLatin1String("123/2024")));
}

void TestRegisterPages::officersAddWithPassphraseTwice()
{
    PageFixture fixture;
    Workspace &admin = fixture.signInAs(fixture.office.siti);
    OfficersPage page(admin);
    page.show();
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("addOfficer"))->isVisible());
    QString mismatch;
    QString tooShort;
    QString common;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "officerName")->setText(QStringLiteral("Rahmat"));
        auto *role = field<QComboBox>(dialog, "officerRole");
        role->setCurrentIndex(role->findData(int(Role::Viewer)));
        // Why core refuses a passphrase shows while it is typed, before the form is submitted.
        field<QLineEdit>(dialog, "officerPassphrase")->setText(QStringLiteral("rahmat2024"));
        common = dialog.refusal();
        field<QLineEdit>(dialog, "officerPassphrase")->setText(QStringLiteral("rahmat kuda lari"));
        QVERIFY(dialog.refusal().isEmpty());
        field<QLineEdit>(dialog, "officerPassphraseAgain")->setText(QStringLiteral("rahmat kuda lar"));
        submit(dialog);
        mismatch = dialog.refusal();
        field<QLineEdit>(dialog, "officerPassphrase")->setText(QStringLiteral("short"));
        field<QLineEdit>(dialog, "officerPassphraseAgain")->setText(QStringLiteral("short"));
        submit(dialog);
        tooShort = dialog.refusal();
        field<QLineEdit>(dialog, "officerPassphrase")->setText(QStringLiteral("rahmat kuda lari"));
        field<QLineEdit>(dialog, "officerPassphraseAgain")->setText(QStringLiteral("rahmat kuda lari"));
        submit(dialog);
    });
    page.addOfficer();
    QVERIFY2(mismatch.contains(QLatin1String("differ")), qPrintable(mismatch));
    QCOMPARE(common,
             checkNewPassphrase("rahmat2024", PassphraseKind::Officer, QStringLiteral("Rahmat")).error().message());
    QVERIFY2(!tooShort.isEmpty() && tooShort != mismatch, qPrintable(tooShort));
    const int row = page.model()->rowOf(QStringLiteral("Rahmat"));
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, OfficerModel::RoleColumn).data().toString(), roleDisplayName(Role::Viewer));
    QVERIFY(fixture.vault().officers().authenticate(QStringLiteral("Rahmat"), "rahmat kuda lari"));
}

void TestRegisterPages::languageChangeRetranslates()
{
    PageFixture fixture;
    KecamatanRegisterPage kecamatan(*fixture.workspace);
    TermsPage terms(*fixture.workspace);
    OfficersPage officers(*fixture.workspace);
    terms.reload();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(kecamatan.findChild<QPushButton *>(QStringLiteral("retireKecamatan"))->text(),
             QStringLiteral("[x] Retire…"));
    QCOMPARE(kecamatan.model()->headerData(KecamatanTableModel::LiveColumn, Qt::Horizontal).toString(),
             QStringLiteral("[x] Live accounts"));
    QCOMPARE(terms.findChild<QPushButton *>(QStringLiteral("extendTerm"))->text(), QStringLiteral("[x] Extend…"));
    QVERIFY(terms.model()->index(0, TermTableModel::StateColumn).data().toString().startsWith(QLatin1String("[x] ")));
    QVERIFY(officers.findChild<QLabel *>(QStringLiteral("rolesExplained"))->text().startsWith(QLatin1String("[x] ")));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(terms.findChild<QPushButton *>(QStringLiteral("extendTerm"))->text(), QStringLiteral("Extend…"));
}

QTEST_MAIN(TestRegisterPages)
#include "tst_registerpages.moc"
