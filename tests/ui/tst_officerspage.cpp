// SPDX-License-Identifier: GPL-3.0-or-later
// The Petugas page's officer changes: an administrator closes and opens access, changes a role and
// gives a temporary passphrase; every officer changes their own passphrase. Core's refusals show in
// the form, which stays open.
#include "pagefixture.h"
#include "pagetesting.h"

#include <ui/models/officermodel.h>
#include <ui/officers/officerspage.h>

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <core/storage/database.h>

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

void select(OfficersPage &page, const QString &name)
{
    const int row = page.model()->rowOf(name);
    QVERIFY(row >= 0);
    page.view()->selectionModel()->setCurrentIndex(page.model()->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QPushButton *button(OfficersPage &page, const char *name)
{
    return page.findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

class TestOfficersPage : public QObject
{
    Q_OBJECT

private slots:
    void administratorClosesAndOpensAccess();
    void roleChangeAndTheLastAdministrator();
    void temporaryPassphrase();
    void everyOfficerChangesTheirOwnPassphrase();
};

void TestOfficersPage::administratorClosesAndOpensAccess()
{
    PageFixture fixture(false);
    OfficersPage page(fixture.signInAs(fixture.office.siti));
    page.show();
    QVERIFY(button(page, "closeAccess")->isVisible());
    // Nobody selected: nothing to act on. Oneself selected: no closing or reset of one's own access.
    QVERIFY(!button(page, "closeAccess")->isEnabled());
    select(page, QStringLiteral("Siti"));
    QVERIFY(!button(page, "closeAccess")->isEnabled());
    QVERIFY(!button(page, "resetPassphrase")->isEnabled());
    select(page, QStringLiteral("Budi"));
    QVERIFY(button(page, "closeAccess")->isEnabled());
    QVERIFY(!button(page, "openAccess")->isEnabled());

    QString noReason;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        submit(dialog);
        noReason = dialog.refusal();
        field<QLineEdit>(dialog, "closeReason")->setText(QStringLiteral("pindah tugas"));
        submit(dialog);
    });
    page.closeSelected();
    QVERIFY2(noReason.contains(QLatin1String("why")), qPrintable(noReason));
    const int row = page.model()->rowOf(QStringLiteral("Budi"));
    const QString state = page.model()->index(row, OfficerModel::StateColumn).data().toString();
    QVERIFY2(state.contains(QLatin1String("Siti")), qPrintable(state));
    QVERIFY(page.model()
                ->index(row, OfficerModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("pindah tugas")));
    QCOMPARE(fixture.vault().signIn(QStringLiteral("Budi"), BudiPassphrase).error().code(),
             ErrorCode::PermissionDenied);
    QSqlQuery seals(fixture.vault().database().connection());
    QVERIFY(seals.exec(QStringLiteral("SELECT count(*) FROM secrets_wrap WHERE holder = 'officer:%1'")
                           .arg(page.model()->officer(row).id)) &&
            seals.next());
    QCOMPARE(seals.value(0).toInt(), 0);

    select(page, QStringLiteral("Budi"));
    QVERIFY(button(page, "openAccess")->isEnabled());
    QVERIFY(!button(page, "closeAccess")->isEnabled());
    whenFormOpens([&](RegisterFormDialog &dialog) { submit(dialog); });
    page.openSelected();
    QVERIFY(fixture.vault().signIn(QStringLiteral("Budi"), BudiPassphrase).ok());
    auto verification = fixture.vault().log().verify({}, true);
    QVERIFY(verification.ok() && verification.value().intact());
}

void TestOfficersPage::roleChangeAndTheLastAdministrator()
{
    PageFixture fixture(false);
    OfficersPage page(fixture.signInAs(fixture.office.siti));
    page.show();
    select(page, QStringLiteral("Ani"));
    whenFormOpens([&](RegisterFormDialog &dialog) {
        auto *role = field<QComboBox>(dialog, "newRole");
        QCOMPARE(role->currentData().toInt(), int(Role::Viewer));
        role->setCurrentIndex(role->findData(int(Role::Operator)));
        submit(dialog);
    });
    page.changeRoleOfSelected();
    QCOMPARE(page.model()->officer(page.model()->rowOf(QStringLiteral("Ani"))).role, Role::Operator);

    select(page, QStringLiteral("Siti"));
    QString refusal;
    bool stayedOpen = false;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        auto *role = field<QComboBox>(dialog, "newRole");
        role->setCurrentIndex(role->findData(int(Role::Viewer)));
        submit(dialog);
        refusal = dialog.refusal();
        stayedOpen = dialog.isVisible();
    });
    page.changeRoleOfSelected();
    QVERIFY2(refusal.contains(QLatin1String("last active administrator")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QCOMPARE(page.model()->officer(page.model()->rowOf(QStringLiteral("Siti"))).role, Role::Administrator);
}

void TestOfficersPage::temporaryPassphrase()
{
    PageFixture fixture(false);
    OfficersPage page(fixture.signInAs(fixture.office.siti));
    page.show();
    select(page, QStringLiteral("Budi"));
    QString differ;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "temporaryPassphrase")->setText(QStringLiteral("sementara kursi merah"));
        field<QLineEdit>(dialog, "temporaryPassphraseAgain")->setText(QStringLiteral("sementara kursi mera"));
        submit(dialog);
        differ = dialog.refusal();
        field<QLineEdit>(dialog, "temporaryPassphraseAgain")->setText(QStringLiteral("sementara kursi merah"));
        submit(dialog);
    });
    page.resetSelected();
    QVERIFY2(differ.contains(QLatin1String("differ")), qPrintable(differ));
    QCOMPARE(page.model()->index(page.model()->rowOf(QStringLiteral("Budi")), OfficerModel::StateColumn).data(),
             QVariant(QStringLiteral("Temporary passphrase")));
    QCOMPARE(fixture.vault().signIn(QStringLiteral("Budi"), "sementara kursi merah").error().code(),
             ErrorCode::PassphraseChangeRequired);
    QVERIFY(fixture.vault().signIn(QStringLiteral("Budi"), "sementara kursi merah", "pilihan budi sendiri").ok());
}

void TestOfficersPage::everyOfficerChangesTheirOwnPassphrase()
{
    PageFixture fixture(false);
    OfficersPage page(fixture.signInAs(fixture.office.ani)); // a viewer
    page.show();
    QVERIFY(!button(page, "closeAccess")->isVisible());
    QVERIFY(!button(page, "resetPassphrase")->isVisible());
    QVERIFY(button(page, "changeOwnPassphrase")->isVisible());
    QString wrong;
    whenFormOpens([&](RegisterFormDialog &dialog) {
        field<QLineEdit>(dialog, "currentPassphrase")->setText(QStringLiteral("bukan sandi ani"));
        field<QLineEdit>(dialog, "newPassphrase")->setText(QStringLiteral("ani gunung tinggi sekali"));
        field<QLineEdit>(dialog, "newPassphraseAgain")->setText(QStringLiteral("ani gunung tinggi sekali"));
        submit(dialog);
        wrong = dialog.refusal();
        field<QLineEdit>(dialog, "currentPassphrase")->setText(QString::fromUtf8(AniPassphrase));
        submit(dialog);
    });
    page.changeOwnPassphrase();
    QVERIFY2(!wrong.isEmpty(), "a wrong current passphrase is refused");
    QCOMPARE(fixture.vault().signIn(QStringLiteral("Ani"), AniPassphrase).error().code(), ErrorCode::WrongPassphrase);
    QVERIFY(fixture.vault().signIn(QStringLiteral("Ani"), "ani gunung tinggi sekali").ok());
}

QTEST_MAIN(TestOfficersPage)
#include "tst_officerspage.moc"
