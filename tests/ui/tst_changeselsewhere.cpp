// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows what other PCs change in a server vault without a restart (the private
// PostgreSQL cluster of tests/with-postgres.sh): a second connection to the vault, as another PC
// would have, records and changes accounts, and the window's accounts page shows it, keeping the
// officer's selection, but never under a dialog the officer has open.
#include "../common/testserver.h"
#include "../register/registertesting.h"

#include <core/i18n/language.h>
#include <ui/accounts/accountspage.h>
#include <ui/app/changeselsewhere.h>
#include <ui/app/preferences.h>
#include <ui/app/workspace.h>
#include <ui/models/accounttablemodel.h>
#include <ui/shell/appwindow.h>
#include <ui/shell/workspaceview.h>

#include <QApplication>
#include <QDialog>
#include <QSettings>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// A server vault with one account, its window signed in as Siti on the accounts page, and a second
// PC signed in as Budi on its own connection.
struct TwoPcs
{
    TestServer server{*TestServer::cluster()};
    Office office{QStringLiteral("72.05"), server.address().toString()};
    Account first =
        office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("momunu")));
    QTemporaryDir settingsDir;
    Preferences preferences{
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)};
    LanguageSwitcher language;
    std::unique_ptr<AppWindow> window;
    std::unique_ptr<Vault> otherPc;
    Session budi;

    TwoPcs()
    {
        // The window adopts the office's vault; the office keeps a fresh connection for its checks.
        const Session siti = office.siti;
        std::unique_ptr<Vault> vault = std::move(office.vault);
        office.reopen();
        window = std::make_unique<AppWindow>(office.t.path, office.t.environment(), language, preferences);
        window->setAttribute(Qt::WA_DontShowOnScreen);
        window->show();
        window->adoptVault(std::move(vault), siti);
        window->workspaceView()->showSection(Section::Accounts);
        otherPc = office.t.open();
        require(otherPc->unlockFromKeychain(), "unlock the other PC");
        budi = valueOf(otherPc->signIn(QStringLiteral("Budi"), BudiPassphrase), "sign in on the other PC");
        // That sign-in was a change too (it is logged): let the window take it in first.
        QTest::qWait(ChangesElsewhere::SettleMs * 3);
    }

    ~TwoPcs()
    {
        window.reset();
        otherPc.reset();
    }

    AccountsPage *page() const
    {
        return qobject_cast<AccountsPage *>(window->workspaceView()->page(Section::Accounts));
    }

    bool shows(qint64 accountId) const { return page()->accountModel()->rowOf(accountId) >= 0; }

    Account addElsewhere(const QString &handle)
    {
        return valueOf(Accounts(*otherPc).add(budi, newAccount(QStringLiteral("72.05.02"), Platform::X, handle)),
                       "add on the other PC");
    }
};
} // namespace

class TestChangesElsewhere : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
    }

    void anAccountAddedOnAnotherPcAppears()
    {
        TwoPcs pcs;
        QVERIFY(pcs.page());
        auto *watcher = pcs.window->workspace()->findChild<ChangesElsewhere *>();
        QVERIFY(watcher);
        QVERIFY(watcher->isLive());
        pcs.page()->showAccount(pcs.first.id);
        QCOMPARE(pcs.page()->currentAccount()->id, pcs.first.id);

        const Account added = pcs.addElsewhere(QStringLiteral("PwslLakea"));
        QVERIFY(!pcs.shows(added.id));
        QTRY_VERIFY(pcs.shows(added.id));
        QCOMPARE(pcs.page()->currentAccount()->id, pcs.first.id); // the officer's selection stays

        // A change to the account the officer is looking at shows in its detail too.
        pcs.office.t.clock.advance(60 * 1000);
        valueOf(Accounts(*pcs.otherPc)
                    .changeStatus(pcs.budi, pcs.first.id, AccountStatus::Suspended, QStringLiteral("Diretas")),
                "suspend on the other PC");
        QTRY_COMPARE(pcs.page()->currentAccount()->status, AccountStatus::Suspended);
    }

    void nothingReloadsUnderAnOpenDialog()
    {
        TwoPcs pcs;
        QDialog dialog(pcs.window.get());
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);

        const Account added = pcs.addElsewhere(QStringLiteral("PwslLakea"));
        QTest::qWait(ChangesElsewhere::SettleMs + ChangesElsewhere::RetryMs);
        QVERIFY(!pcs.shows(added.id));
        dialog.close();
        QTRY_VERIFY(pcs.shows(added.id));
    }

    void aChangeMadeHereIsNotReadTwice()
    {
        TwoPcs pcs;
        Workspace *workspace = pcs.window->workspace();
        int elsewhere = 0;
        connect(workspace, &Workspace::registerChanged, this, [&] { elsewhere += workspace->isChangeFromElsewhere(); });
        valueOf(Accounts(*pcs.window->vault())
                    .add(workspace->session(),
                         newAccount(QStringLiteral("72.05.03"), Platform::X, QStringLiteral("Bokat"))),
                "add here");
        QTest::qWait(ChangesElsewhere::SettleMs * 2);
        QCOMPARE(elsewhere, 0);
        pcs.addElsewhere(QStringLiteral("PwslLakea"));
        QTRY_COMPARE(elsewhere, 1);
    }
};

QTEST_MAIN(TestChangesElsewhere)
#include "tst_changeselsewhere.moc"
