// SPDX-License-Identifier: GPL-3.0-or-later
// Several rows of the Accounts table, one status change: the dialog says before anything is
// written which accounts will change and which cannot; the confirmation names the count and the
// refused accounts; declining it changes nothing.
#include "accounttesting.h"

#include <core/i18n/language.h>

#include <ui/accounts/accountspage.h>
#include <ui/accounts/bulkstatusdialog.h>
#include <ui/models/accountfiltermodel.h>
#include <ui/models/accounttablemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QString Reason = QStringLiteral("Masa tugas berakhir");

// Clicks the button named `buttonText` on the next message box that shows (it runs its own event
// loop), and keeps what it said.
void answerNextMessageBox(const QString &buttonText, QString *seenText)
{
    QTimer::singleShot(10, [buttonText, seenText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                *seenText = box->text();
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text() == buttonText) {
                        button->click();
                        return;
                    }
                }
                qWarning("no button %s", qPrintable(buttonText));
                box->buttons().constFirst()->click();
                return;
            }
        }
        answerNextMessageBox(buttonText, seenText);
    });
}

qint64 idOf(AccountsOffice &office, const QString &handle)
{
    for (const Account &account : office.accounts) {
        if (account.handle == handle) {
            return account.id;
        }
    }
    qFatal("no account %s", qPrintable(handle));
}
} // namespace

class TestBulkStatusDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void severalRowsCanBeSelected();
    void refusedAccountsAreNamedAndDecliningChangesNothing();
    void confirmingChangesTheOthers();
    void noneCanMakeTheChange();

private:
    LanguageSwitcher m_language;
    // Momunu's three accounts selected in the page, the X one already deactivated.
    void selectMomunu(AccountsOffice &office, AccountsPage &page)
    {
        office.office.changeStatus(idOf(office, QStringLiteral("PwslMomunu")), AccountStatus::Deactivated,
                                   QStringLiteral("Akun diganti"));
        page.reload();
        page.filterModel()->setText(QStringLiteral("momunu"));
        page.table()->selectAll();
    }
};

void TestBulkStatusDialog::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    // English with its plural forms ("1 account", "2 accounts"), as the application loads it.
    QVERIFY(m_language.setLanguage(Language::English));
}

void TestBulkStatusDialog::severalRowsCanBeSelected()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    QCOMPARE(page.table()->selectionMode(), QAbstractItemView::ExtendedSelection);
    selectMomunu(office, page);
    QCOMPARE(page.selectedAccountIds().size(), 3);
    QVERIFY(page.changeStatusAction()->isEnabled());
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("accountsNote"))->text().contains(QStringLiteral("3 accounts")),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("accountsNote"))->text()));
}

void TestBulkStatusDialog::refusedAccountsAreNamedAndDecliningChangesNothing()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    selectMomunu(office, page);
    const qint64 logBefore = office.office.logCount();
    BulkStatusDialog dialog(*office.workspace, page.selectedAccountIds(), &page);
    QVERIFY(dialog.setTarget(AccountStatus::Deactivated));
    QVERIFY(!dialog.okButton()->isEnabled()); // no reason yet
    dialog.setReason(Reason);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.plan()->moves.size(), 2);
    auto *refused = dialog.findChild<QListWidget *>(QStringLiteral("refusedAccounts"));
    QCOMPARE(refused->count(), 1);
    QVERIFY2(refused->item(0)->text().startsWith(QStringLiteral("X (Twitter) @PwslMomunu (Momunu): ")),
             qPrintable(refused->item(0)->text()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("bulkStatusSummary"))
                ->text()
                .startsWith(QStringLiteral("2 accounts")));

    QString question;
    answerNextMessageBox(QStringLiteral("Cancel"), &question);
    dialog.okButton()->click();
    QVERIFY2(question.startsWith(QStringLiteral("Change the status of 2 accounts to \"Deactivated\"")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("1 account cannot make this change")) &&
                 question.contains(QStringLiteral("X (Twitter) @PwslMomunu (Momunu)")),
             qPrintable(question));
    QVERIFY(!dialog.changed());
    QCOMPARE(office.office.logCount(), logBefore);
    QCOMPARE(Accounts(*office.office.vault).find(office.momunuInstagram).value().status, AccountStatus::Active);

    // The list follows the status chosen: only the deactivated account can be closed, and it
    // alone cannot be suspended.
    QVERIFY(dialog.setTarget(AccountStatus::Closed));
    QCOMPARE(dialog.plan()->refused.size(), 2);
    QVERIFY(dialog.setTarget(AccountStatus::Suspended));
    QCOMPARE(dialog.plan()->moves.size(), 2);
    QVERIFY(refused->isHidden() == dialog.plan()->refused.isEmpty());
}

void TestBulkStatusDialog::confirmingChangesTheOthers()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    selectMomunu(office, page);
    const qint64 logBefore = office.office.logCount();
    QString question;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<BulkStatusDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("the dialog did not open");
            return;
        }
        opened = true;
        dialog->setTarget(AccountStatus::Deactivated);
        dialog->setReason(Reason);
        answerNextMessageBox(QStringLiteral("Change status"), &question);
        dialog->okButton()->click();
    });
    page.changeStatusAction()->trigger();
    QVERIFY(opened);
    QVERIFY(question.contains(QStringLiteral("X (Twitter) @PwslMomunu (Momunu)")));
    // Instagram and Facebook share the handle panwaslu.momunu.
    const QList<Account> changed =
        Accounts(*office.office.vault).list({.text = QStringLiteral("panwaslu.momunu")}).value();
    QCOMPARE(changed.size(), 2);
    for (const Account &account : changed) {
        QCOMPARE(account.status, AccountStatus::Deactivated);
        QCOMPARE(Accounts(*office.office.vault).statusHistory(account.id).value().last().reason, Reason);
    }
    // The refused account keeps its own history: recorded, then deactivated once.
    QCOMPARE(Accounts(*office.office.vault).statusHistory(idOf(office, QStringLiteral("PwslMomunu"))).value().size(),
             2);
    QCOMPARE(office.office.logCount(), logBefore + 2);
    QCOMPARE(office.logFor(office.momunuInstagram, QStringLiteral("account.status-changed")).size(), 1);
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("accountsNote"))->text().contains(QStringLiteral("2 accounts")),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("accountsNote"))->text()));
}

void TestBulkStatusDialog::noneCanMakeTheChange()
{
    AccountsOffice office;
    AccountsPage page(*office.workspace);
    selectMomunu(office, page);
    BulkStatusDialog dialog(*office.workspace, page.selectedAccountIds(), &page);
    // Only a permanent account is held, and none of Momunu's is.
    QVERIFY(dialog.setTarget(AccountStatus::Held));
    dialog.setReason(Reason);
    QVERIFY(dialog.plan()->moves.isEmpty());
    QCOMPARE(dialog.plan()->refused.size(), 3);
    QVERIFY(!dialog.okButton()->isEnabled());
}

QTEST_MAIN(TestBulkStatusDialog)
#include "tst_bulkstatusdialog.moc"
