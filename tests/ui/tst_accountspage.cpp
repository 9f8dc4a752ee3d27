// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttesting.h"

#include <core/domain/totp.h>
#include <core/i18n/language.h>
#include <ui/accounts/accountdetailpanel.h>
#include <ui/accounts/accountdialog.h>
#include <ui/accounts/accountfilterbar.h>
#include <ui/accounts/accountspage.h>
#include <ui/accounts/secretpanel.h>
#include <ui/accounts/statusdialog.h>
#include <ui/look.h>
#include <ui/models/accountfiltermodel.h>
#include <ui/models/accountlogmodel.h>
#include <ui/models/accounttablemodel.h>
#include <ui/models/passwordhistorymodel.h>
#include <ui/models/statushistorymodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Answers the message boxes that open while a test runs, remembering what they said.
class MessageCatcher : public QObject
{
public:
    MessageCatcher() { poll(); }
    QStringList messages;

private:
    void poll()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            messages << box->text();
            box->done(QMessageBox::Ok);
        }
        QTimer::singleShot(10, this, &MessageCatcher::poll);
    }
};

// Marks every Brankas text, so a test sees which labels were set again after a language change.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("Brankas::")) {
            return {};
        }
        return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

QString text(const QObject &parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

// Waits until the dialog the page opened with exec() is there, then runs `fill` on it.
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog &)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("the dialog did not open");
            return;
        }
        fill(*dialog);
    });
}
} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageListsTheRegister();
    void searchAsYouTypeAndCount();
    void ctrlFFocusesTheSearch();
    void showAccountClearsHidingFilters();
    void addAccountWithBadThenGoodHandle();
    void refusalOnSaveKeepsTheDialogOpen();
    void editKeepsTheIdentity();
    void revealAndCopyAreLoggedAndTheClipboardClears();
    void ctrlCOnTheTableCopiesThePassword();
    void totpCodeHasACountdown();
    void statusDialogOffersOnlyAllowedStatuses();
    void refusedStatusChangeShowsCoresMessage();
    void statusChangeOnAStaleViewReloads();
    void editOnAStaleViewReloads();
    void statusChangeWithAReason();
    void viewerSeesNoRevealOrCopy();
    void languageChangeRetranslatesThePage();
    void screenshot();
};

void TestAccountsPage::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestAccountsPage::pageListsTheRegister()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    QCOMPARE(page.table()->model()->rowCount(), 33);
    QCOMPARE(page.filterModel()->totalCount(), 33);
    QVERIFY(text(page, "accountCount").contains(QStringLiteral("33")));
    QVERIFY(page.currentAccount().has_value());
    const QList<QAction *> actions = page.accountActions();
    QCOMPARE(actions.size(), 7);
    QCOMPARE(page.copyUsernameAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(page.copyPasswordAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_C));
    QCOMPARE(page.copyTotpAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(page.findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(page.copyUsernameAction()->toolTip().contains(QStringLiteral("Ctrl+B")));
}

void TestAccountsPage::searchAsYouTypeAndCount()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    QLineEdit *search = page.filterBar()->searchField();
    QTest::keyClicks(search, QStringLiteral("momunu"));
    QCOMPARE(page.table()->model()->rowCount(), 3);
    QCOMPARE(text(page, "accountCount"), QStringLiteral("3 of 33 accounts"));
    // The first match is selected, so Ctrl+B copies it right away.
    QVERIFY(page.currentAccount());
    QCOMPARE(page.currentAccount()->kecamatanName, QStringLiteral("Momunu"));
    page.copyUsernameAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), page.currentAccount()->handle);

    auto *platform = child<QComboBox>(page, "platformFilter");
    platform->setCurrentIndex(platform->findData(int(Platform::X)));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(page.table()->model()->rowCount(), 11);
    auto *status = child<QComboBox>(page, "statusFilter");
    status->setCurrentIndex(1); // past its term
    QCOMPARE(page.table()->model()->rowCount(), 1);
    QCOMPARE(page.currentAccount()->id, office.lakeaX);
    child<QPushButton>(page, "clearFilters")->click();
    QCOMPARE(page.table()->model()->rowCount(), 33);
    QCOMPARE(platform->currentIndex(), 0);
}

void TestAccountsPage::ctrlFFocusesTheSearch()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page.filterBar()->searchField()->hasFocus());
}

void TestAccountsPage::showAccountClearsHidingFilters()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.filterBar()->searchField()->setText(QStringLiteral("lakea"));
    QCOMPARE(page.table()->model()->rowCount(), 3);
    page.showAccount(office.bokatFacebook);
    QCOMPARE(page.currentAccount()->id, office.bokatFacebook);
    QCOMPARE(page.table()->model()->rowCount(), 33);
    QCOMPARE(page.detailPanel()->account()->id, office.bokatFacebook);
    QCOMPARE(text(page, "detailHandle"), QStringLiteral("@panwaslu.bokat"));
    // The workspace's request (a dashboard finding) does the same.
    Q_EMIT office.workspace->accountRequested(office.lakeaX);
    QCOMPARE(page.detailPanel()->account()->id, office.lakeaX);
}

void TestAccountsPage::addAccountWithBadThenGoodHandle()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    MessageCatcher messages;
    QString refusal;
    bool okWhileBad = true;
    whenDialogOpens<AccountDialog>([&](AccountDialog &dialog) {
        child<QComboBox>(dialog, "kecamatanField")
            ->setCurrentIndex(child<QComboBox>(dialog, "kecamatanField")->findText(QStringLiteral("Tiloan")));
        auto *platform = child<QComboBox>(dialog, "platformField");
        platform->setCurrentIndex(platform->findData(int(Platform::X)));
        QLineEdit *handle = child<QLineEdit>(dialog, "handleField");
        QTest::keyClicks(handle, QStringLiteral("panwaslu kecamatan tiloan"));
        refusal = text(dialog, "handleHint");
        okWhileBad = dialog.okButton()->isEnabled();
        handle->clear();
        QTest::keyClicks(handle, QStringLiteral("https://x.com/PwslTiloan2"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(text(dialog, "handleHint").contains(QStringLiteral("https://x.com/PwslTiloan2")));
        QTest::keyClicks(child<QLineEdit>(dialog, "emailField"), QStringLiteral("humas.tiloan"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!text(dialog, "emailHint").isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, "emailField"), QStringLiteral("@bawaslu.go.id"));
        QVERIFY(dialog.okButton()->isEnabled());
        child<QPushButton>(dialog, "generatePassword")->click();
        QVERIFY(text(dialog, "passwordStrength").contains(QStringLiteral("strong")));
        dialog.okButton()->click();
    });
    page.addAccountAction()->trigger();
    QVERIFY(!okWhileBad);
    QCOMPARE(refusal, QStringLiteral("⚠ ") +
                          normalizeHandle(Platform::X, QStringLiteral("panwaslu kecamatan tiloan")).error().message());
    QVERIFY(messages.messages.isEmpty());
    QCOMPARE(page.filterModel()->totalCount(), 34);
    QVERIFY(page.currentAccount());
    QCOMPARE(page.currentAccount()->handle, QStringLiteral("PwslTiloan2"));
    QCOMPARE(page.currentAccount()->email, QStringLiteral("humas.tiloan@bawaslu.go.id"));
    QCOMPARE(page.currentAccount()->kecamatanName, QStringLiteral("Tiloan"));
    // The generated first password was stored with it.
    QVERIFY(page.detailPanel()->secretPanel()->has(SecretKind::Password));
}

void TestAccountsPage::refusalOnSaveKeepsTheDialogOpen()
{
    AccountsOffice office;
    MessageCatcher messages;
    AccountDialog dialog(*office.workspace);
    dialog.show();
    auto *kecamatan = child<QComboBox>(dialog, "kecamatanField");
    kecamatan->setCurrentIndex(kecamatan->findText(QStringLiteral("Momunu")));
    child<QLineEdit>(dialog, "handleField")->setText(QStringLiteral("@panwaslu.momunu")); // already recorded
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    QTRY_COMPARE(messages.messages.size(), 1);
    QVERIFY2(messages.messages.first().contains(QStringLiteral("panwaslu.momunu")),
             qPrintable(messages.messages.first()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.saved());
    QCOMPARE(child<QLineEdit>(dialog, "handleField")->text(), QStringLiteral("@panwaslu.momunu"));
}

void TestAccountsPage::editKeepsTheIdentity()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.bokatFacebook);
    whenDialogOpens<AccountDialog>([&](AccountDialog &dialog) {
        QVERIFY(dialog.isEditing());
        QVERIFY(!child<QLineEdit>(dialog, "handleField")->isEnabled());
        QLineEdit *phone = child<QLineEdit>(dialog, "phoneField");
        phone->setText(QStringLiteral("12ab"));
        QVERIFY(!dialog.okButton()->isEnabled());
        phone->setText(QStringLiteral("0812-3456-7890"));
        child<QLineEdit>(dialog, "holderField")->setText(QStringLiteral("Budi"));
        dialog.okButton()->click();
    });
    page.editAccountAction()->trigger();
    QCOMPARE(page.currentAccount()->id, office.bokatFacebook);
    QCOMPARE(page.currentAccount()->phone, QStringLiteral("0812-3456-7890"));
    QCOMPARE(office.logFor(office.bokatFacebook, QStringLiteral("account.updated")).size(), 1);
}

void TestAccountsPage::revealAndCopyAreLoggedAndTheClipboardClears()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    SecretPanel *secrets = page.detailPanel()->secretPanel();
    QVERIFY(secrets);
    auto *value = child<QLabel>(page, "secretValue_password");
    QVERIFY(!value->text().contains(QString::fromUtf8(MomunuPassword))); // hidden by default

    child<QPushButton>(page, "reveal_password")->click();
    QCOMPARE(value->text(), QString::fromUtf8(MomunuPassword));
    QCOMPARE(office.logFor(office.momunuInstagram, QStringLiteral("secret.revealed")).size(), 1);
    // Shown for a limited time only.
    office.office.t.clock.advance((SecretPanel::RevealSeconds + 1) * 1000);
    secrets->tick();
    QVERIFY(!value->text().contains(QString::fromUtf8(MomunuPassword)));

    child<QPushButton>(page, "copy_password")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(MomunuPassword));
    QCOMPARE(office.logFor(office.momunuInstagram, QStringLiteral("secret.copied")).size(), 1);
    QVERIFY(text(page, "clipboardNote").contains(QStringLiteral("20")));
    // The account's own log shows both, without the value, once its tab is open.
    page.detailPanel()->historyTabs()->setCurrentIndex(AccountDetailPanel::LogTab);
    QCOMPARE(page.detailPanel()->accountLog()->index(0, 0).data(Qt::UserRole + 2).toString(),
             QStringLiteral("secret.copied"));

    office.office.t.clock.advance(10 * 1000);
    office.clipboard->clearIfDue();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(MomunuPassword));
    office.office.t.clock.advance(11 * 1000);
    office.clipboard->clearIfDue();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!child<QLabel>(page, "clipboardNote")->isVisibleTo(&page));
}

void TestAccountsPage::ctrlCOnTheTableCopiesThePassword()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.showAccount(office.momunuInstagram);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(MomunuPassword));
    // In the search field Ctrl+C copies the field's text, not the password.
    QLineEdit *search = page.filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("momunu"));
    search->selectAll();
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("momunu"));
    QCOMPARE(office.logFor(office.momunuInstagram, QStringLiteral("secret.copied")).size(), 1);
}

void TestAccountsPage::totpCodeHasACountdown()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    SecretPanel *secrets = page.detailPanel()->secretPanel();
    QVERIFY(secrets->has(SecretKind::Totp));
    auto parameters = parseTotpSeed(TotpSeed);
    QVERIFY(parameters.ok());
    const TotpCode expected = totpAt(parameters.value(), office.office.t.clock.nowUtc()).value();

    child<QPushButton>(page, "reveal_totp")->click();
    QCOMPARE(text(page, "secretValue_totp").remove(QLatin1Char(' ')), expected.code);
    QVERIFY(text(page, "secretCountdown_totp").contains(QString::number(expected.secondsRemaining)));
    // The next period brings the next code.
    office.office.t.clock.advance(expected.secondsRemaining * 1000);
    secrets->tick();
    const TotpCode next = totpAt(parameters.value(), office.office.t.clock.nowUtc()).value();
    QCOMPARE(text(page, "secretValue_totp").remove(QLatin1Char(' ')), next.code);

    page.copyTotpAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), next.code);
    const QList<LogEntry> copied = office.logFor(office.momunuInstagram, QStringLiteral("secret.copied"));
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().detailsObject().value(QStringLiteral("kind")).toString(), QStringLiteral("totp"));
}

void TestAccountsPage::statusDialogOffersOnlyAllowedStatuses()
{
    AccountsOffice office;
    const Account account = Accounts(*office.office.vault).find(office.momunuInstagram).value();
    StatusDialog dialog(*office.workspace, account);
    auto *target = child<QComboBox>(dialog, "newStatus");
    auto *model = qobject_cast<QStandardItemModel *>(target->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 5); // every status but the current one
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto status = AccountStatus(model->item(row)->data(Qt::UserRole).toInt());
        const bool allowed = checkTransition(AccountStatus::Active, status, account.nature).ok();
        QCOMPARE(model->item(row)->isEnabled(), allowed);
        QCOMPARE(model->item(row)->toolTip().isEmpty(), allowed);
    }
    QVERIFY(!dialog.okButton()->isEnabled()); // no reason yet
    dialog.setReason(QStringLiteral("Masa tugas berakhir"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestAccountsPage::refusedStatusChangeShowsCoresMessage()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    MessageCatcher messages;
    QString expected;
    whenDialogOpens<StatusDialog>([&](StatusDialog &dialog) {
        QVERIFY(dialog.setTarget(AccountStatus::Suspended));
        dialog.setReason(QStringLiteral("Diretas"));
        // Another officer deactivates the account meanwhile: suspending it is no longer allowed.
        office.office.changeStatus(office.momunuInstagram, AccountStatus::Deactivated, QStringLiteral("Berakhir"));
        expected = checkTransition(AccountStatus::Deactivated, AccountStatus::Suspended, AccountNature::TermBound)
                       .error()
                       .message();
        dialog.okButton()->click();
        QTRY_COMPARE(messages.messages.size(), 1);
        QVERIFY(dialog.isVisible()); // still open, with what was typed
        QVERIFY(!dialog.changed());
        dialog.reject();
    });
    page.changeStatusAction()->trigger();
    QCOMPARE(messages.messages, QStringList{expected});
    QCOMPARE(Accounts(*office.office.vault).find(office.momunuInstagram).value().status, AccountStatus::Deactivated);
}

void TestAccountsPage::statusChangeOnAStaleViewReloads()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    MessageCatcher messages;
    bool stillOpen = true;
    whenDialogOpens<StatusDialog>([&](StatusDialog &dialog) {
        QVERIFY(dialog.setTarget(AccountStatus::Deactivated));
        dialog.setReason(QStringLiteral("Masa tugas berakhir"));
        // Meanwhile, on another PC, Siti suspends the account: deactivating would still be allowed,
        // but the officer decided on what the dialog showed, which is no longer true.
        office.office.t.clock.advance(90 * 1000);
        QVERIFY(Accounts(*office.office.vault)
                    .changeStatus(office.office.siti, office.momunuInstagram, AccountStatus::Suspended,
                                  QStringLiteral("Diretas"))
                    .ok());
        dialog.okButton()->click();
        QTRY_COMPARE(messages.messages.size(), 1);
        stillOpen = dialog.isVisible();
        QVERIFY(!dialog.changed());
    });
    page.changeStatusAction()->trigger();
    QVERIFY(!stillOpen); // closed, so the officer decides again from the reloaded account
    QVERIFY2(messages.messages.first().contains(QStringLiteral("Siti")), qPrintable(messages.messages.first()));
    QCOMPARE(Accounts(*office.office.vault).find(office.momunuInstagram).value().status, AccountStatus::Suspended);
    QCOMPARE(page.currentAccount()->status, AccountStatus::Suspended);
    QCOMPARE(text(page, "detailStatus"), statusDisplayName(AccountStatus::Suspended));
}

void TestAccountsPage::editOnAStaleViewReloads()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.bokatFacebook);
    MessageCatcher messages;
    bool stillOpen = true;
    whenDialogOpens<AccountDialog>([&](AccountDialog &dialog) {
        child<QLineEdit>(dialog, "holderField")->setText(QStringLiteral("Budi"));
        // Meanwhile, on another PC, Siti records who holds the account now.
        office.office.t.clock.advance(90 * 1000);
        AccountChanges elsewhere;
        elsewhere.holder = QStringLiteral("Rahmat");
        QVERIFY(Accounts(*office.office.vault).update(office.office.siti, office.bokatFacebook, elsewhere).ok());
        dialog.okButton()->click();
        QTRY_COMPARE(messages.messages.size(), 1);
        stillOpen = dialog.isVisible();
        QVERIFY(!dialog.saved());
    });
    page.editAccountAction()->trigger();
    QVERIFY(!stillOpen); // closed, so the officer edits the account as it is now
    QVERIFY2(messages.messages.first().contains(QStringLiteral("Siti")), qPrintable(messages.messages.first()));
    QCOMPARE(Accounts(*office.office.vault).find(office.bokatFacebook).value().holder, QStringLiteral("Rahmat"));
    QCOMPARE(page.currentAccount()->holder, QStringLiteral("Rahmat"));
}

void TestAccountsPage::statusChangeWithAReason()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    whenDialogOpens<StatusDialog>([](StatusDialog &dialog) {
        QVERIFY(dialog.setTarget(AccountStatus::Deactivated));
        dialog.setReason(QStringLiteral("Masa tugas berakhir"));
        dialog.okButton()->click();
    });
    page.changeStatusAction()->trigger();
    QCOMPARE(page.currentAccount()->status, AccountStatus::Deactivated);
    QCOMPARE(text(page, "detailStatus"), statusDisplayName(AccountStatus::Deactivated));
    QCOMPARE(page.detailPanel()->statusHistory()->rowCount(), 2);
}

void TestAccountsPage::viewerSeesNoRevealOrCopy()
{
    AccountsOffice office;
    office.signInAs(office.office.ani);
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    QVERIFY(!page.detailPanel()->secretPanel());
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        QVERIFY2(!button->objectName().startsWith(QLatin1String("reveal_")) &&
                     !button->objectName().startsWith(QLatin1String("copy_")),
                 qPrintable(button->objectName()));
    }
    QVERIFY(!page.accountActions().contains(page.copyPasswordAction()));
    QVERIFY(!page.accountActions().contains(page.copyTotpAction()));
    QVERIFY(!page.accountActions().contains(page.addAccountAction()));
    QCOMPARE(page.accountActions().size(), 2); // find, copy username
    QVERIFY(!page.copyPasswordAction()->isVisible());
    page.copyPassword();                                                                   // does nothing, logs nothing
    QVERIFY(office.logFor(office.momunuInstagram, QStringLiteral("secret.")).size() == 2); // the two sets
    QVERIFY(child<QLabel>(page, "viewerNote")->isVisibleTo(&page));
    // The password history (dates, officers) is still there for the viewer.
    QCOMPARE(page.detailPanel()->passwordHistory()->rowCount(), 1);
}

void TestAccountsPage::languageChangeRetranslatesThePage()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.showAccount(office.momunuInstagram);
    const QString before = text(page, "accountsTitle");
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(text(page, "accountsTitle"), QStringLiteral("[x] ") + before);
    QVERIFY(text(page, "accountCount").startsWith(QStringLiteral("[x] ")));
    QVERIFY(page.filterBar()->searchField()->placeholderText().startsWith(QStringLiteral("[x] ")));
    QVERIFY(page.table()->model()->headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("[x] ")));
    QVERIFY(child<QPushButton>(page, "copy_password")->text().startsWith(QStringLiteral("[x] ")));
    QVERIFY(page.copyPasswordAction()->text().startsWith(QStringLiteral("[x] ")));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(text(page, "accountsTitle"), before);
}

void TestAccountsPage::screenshot()
{
    // For looking at the page while working on it: BRANKAS_ACCOUNTS_SCREENSHOT=/tmp/accounts.png
    const QString path = qEnvironmentVariable("BRANKAS_ACCOUNTS_SCREENSHOT");
    if (path.isEmpty()) {
        QSKIP("set BRANKAS_ACCOUNTS_SCREENSHOT to a PNG path to render the page");
    }
    LanguageSwitcher language;
    if (qEnvironmentVariable("BRANKAS_LANG") == QLatin1String("id")) {
        language.setLanguage(Language::Indonesian);
    }
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    page.setStyleSheet(Look::styleSheet());
    page.resize(1366, 768);
    page.show();
    page.showAccount(office.momunuInstagram);
    child<QPushButton>(page, "reveal_totp")->click();
    child<QPushButton>(page, "copy_password")->click();
    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(path));
    StatusDialog status(*office.workspace, *page.currentAccount());
    status.setReason(QStringLiteral("Masa tugas berakhir"));
    status.show();
    QVERIFY(status.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-status.png"))));
    AccountDialog add(*office.workspace);
    add.show();
    child<QLineEdit>(add, "handleField")->setText(QStringLiteral("panwaslu kecamatan"));
    QCoreApplication::processEvents();
    QVERIFY(add.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-add.png"))));
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
