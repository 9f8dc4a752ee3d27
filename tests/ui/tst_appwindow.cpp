// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testvault.h"

#include <core/i18n/language.h>
#include <core/log/logactions.h>
#include <core/storage/logstore.h>
#include <ui/accounts/accountspage.h>
#include <ui/app/idlewatcher.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/setup/setupwizard.h>
#include <ui/shell/appmenus.h>
#include <ui/shell/appwindow.h>
#include <ui/shell/gatescreen.h>
#include <ui/shell/workspaceview.h>
#include <ui/signin/recoverypage.h>
#include <ui/signin/signinpage.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QTranslator>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Marks every Brankas text, so a test sees which labels were set again after a language change
// whatever the real translations say today.
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

// Answers the next message box (the keychain-restore question after a recovery) with its first
// button, so a test goes on instead of waiting for a click.
void answerNextMessageBox(QString *seenText = nullptr)
{
    QTimer::singleShot(0, [seenText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                if (seenText) {
                    *seenText = box->text();
                }
                box->buttons().first()->click();
                return;
            }
        }
        answerNextMessageBox(seenText);
    });
}

qsizetype countLogged(Vault &vault, const QString &action)
{
    LogFilter filter;
    filter.actionPrefix = action;
    auto entries = vault.log().entries(filter);
    return entries ? entries->size() : -1;
}

struct Fixture
{
    TestVault files;
    QTemporaryDir settingsDir;
    Preferences preferences{
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)};
    LanguageSwitcher language;
};
} // namespace

class TestAppWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QApplication::clipboard()->clear(); }

    void noVaultShowsWelcome()
    {
        Fixture f;
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Welcome);
        QVERIFY(window.vault() == nullptr);
        QVERIFY(!window.menus().lockAction()->isEnabled());
    }

    void firstRunGoesStraightToSetup()
    {
        Fixture f;
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.showRemembered();
        // The wizard opens from the event loop, over the welcome card, and runs its own loop; a
        // timer inside that loop cancels it. Cancelling leaves that card (with its own "set up"
        // button) and creates nothing.
        bool sawWizard = false;
        QTimer cancel;
        cancel.setInterval(10);
        connect(&cancel, &QTimer::timeout, &window, [&] {
            if (auto *wizard = qobject_cast<SetupWizard *>(QApplication::activeModalWidget())) {
                sawWizard = true;
                wizard->reject();
            }
        });
        cancel.start();
        window.setUpIfNoVault();
        QTRY_VERIFY(sawWizard);
        cancel.stop();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Welcome);
        QVERIFY(!QFileInfo::exists(f.files.path));
        QVERIFY(window.vault() == nullptr);
    }

    void existingVaultOpensNoWizard()
    {
        Fixture f;
        f.files.create().reset();
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.showRemembered();
        window.setUpIfNoVault();
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QTest::qWait(50);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
    }

    void opensMaximizedOnASmallScreenThenWhereItWasLeft()
    {
        Fixture f;
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
        {
            AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
            window.setAttribute(Qt::WA_DontShowOnScreen);
            window.showRemembered();
            // The offscreen screen (800x600) is smaller than the window's comfortable size.
            QVERIFY(available.width() < AppWindow::comfortableSize().width());
            QVERIFY(window.isMaximized());
            window.showNormal();
            window.setGeometry(QRect(QPoint(20, 30), QSize(640, 480)));
            QVERIFY(window.close());
        }
        QVERIFY(!f.preferences.windowGeometry().isEmpty());
        AppWindow again(f.files.path, f.files.environment(), f.language, f.preferences);
        again.setAttribute(Qt::WA_DontShowOnScreen);
        again.showRemembered();
        QVERIFY(!again.isMaximized());
        QCOMPARE(again.size(), QSize(640, 480));
    }

    void notAVaultIsRefusedAndUntouched()
    {
        Fixture f;
        QFile file(f.files.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nama,Akun\nMomunu,@panwas\n");
        file.close();
        const QByteArray before = fileHash(f.files.path);
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Failed);
        QCOMPARE(fileHash(f.files.path), before);
    }

    void wrongThenRightPassphrase()
    {
        Fixture f;
        f.files.create().reset();
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        SignInPage *page = window.gate()->signInPage();
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
        QCOMPARE(page->officerName(), QStringLiteral("Siti")); // the only officer is chosen already

        page->passphraseField()->setText(QStringLiteral("not the passphrase"));
        QVERIFY(page->signInButton()->isEnabled());
        page->signInButton()->click();
        QVERIFY(window.workspace() == nullptr);
        QVERIFY(page->errorLabel()->isVisibleTo(page));
        QVERIFY(!page->errorLabel()->text().isEmpty());
        QVERIFY(page->passphraseField()->text().isEmpty()); // never left in the field
        QCOMPARE(countLogged(*window.vault(), LogAction::signInFailed()), 1);

        page->passphraseField()->setText(QString::fromUtf8(AdminPassphrase));
        QTest::keyClick(page->passphraseField(), Qt::Key_Return);
        QVERIFY(window.workspace() != nullptr);
        QCOMPARE(window.workspace()->session().officer.name, QStringLiteral("Siti"));
        QVERIFY(window.workspaceView()->isVisibleTo(&window));
        QVERIFY(window.menus().lockAction()->isEnabled());
        QCOMPARE(f.preferences.lastOfficer(), QStringLiteral("Siti"));
    }

    void lockWipesTheKeyAndSignsOut()
    {
        Fixture f;
        f.files.create().reset();
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        window.clipboard().copy(QStringLiteral("Rahasia-123"), 30);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Rahasia-123"));

        window.menus().lockAction()->trigger();
        QVERIFY(!window.vault()->isUnlocked());
        QVERIFY(window.workspace() == nullptr);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
        QVERIFY(window.gate()
                    ->signInPage()
                    ->findChild<QLabel *>(QStringLiteral("lockNotice"))
                    ->isVisibleTo(window.gate()->signInPage()));

        // Signing in again takes the key from the keychain once more.
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        QVERIFY(window.vault()->isUnlocked());
    }

    void idleLock()
    {
        Fixture f;
        f.files.create().reset();
        f.preferences.setIdleLockMinutes(5);
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));

        f.files.clock.advance(4 * 60 * 1000);
        window.idleWatcher().check();
        QVERIFY(window.workspace() != nullptr);
        // Activity resets the count.
        QTest::mouseMove(window.workspaceView());
        QTest::keyClick(window.workspaceView(), Qt::Key_Shift);
        f.files.clock.advance(4 * 60 * 1000);
        window.idleWatcher().check();
        QVERIFY(window.workspace() != nullptr);

        f.files.clock.advance(60 * 1000 + 1);
        window.idleWatcher().check();
        QVERIFY(window.workspace() == nullptr);
        QVERIFY(!window.vault()->isUnlocked());
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
    }

    void idleLockWhileADialogIsOpen()
    {
        Fixture f;
        f.files.create().reset();
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        auto *accounts = qobject_cast<AccountsPage *>(window.workspaceView()->page(Section::Accounts));
        QVERIFY(accounts);

        // The idle minutes run out while the officer has the "record account" dialog open: the key
        // goes at once, the dialog closes, and the page is torn down only after its exec() returned.
        bool dialogWasOpen = false;
        QTimer::singleShot(0, &window, [&] {
            dialogWasOpen = QApplication::activeModalWidget() != nullptr;
            f.files.clock.advance(6 * 60 * 1000);
            window.idleWatcher().check();
            QVERIFY(!window.vault()->isUnlocked());
        });
        accounts->addAccount(); // returns when the lock rejects the dialog; the page is still alive here
        QVERIFY(dialogWasOpen);
        QVERIFY(!window.vault()->isUnlocked());
        QTRY_VERIFY(window.workspace() == nullptr);
        QVERIFY(window.workspaceView() == nullptr);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
    }

    void idleLockOffWhenZero()
    {
        Fixture f;
        f.files.create().reset();
        f.preferences.setIdleLockMinutes(0);
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        f.files.clock.advance(24 * 3600 * 1000LL);
        window.idleWatcher().check();
        QVERIFY(window.workspace() != nullptr);
    }

    void missingKeyOffersRecovery()
    {
        Fixture f;
        f.files.create().reset();
        QVERIFY(f.files.keyStore.removeKey(f.files.open(Vault::Access::ReadOnly)->id()).ok());
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_COMPARE(window.gate()->currentCard(), GateScreen::Card::Recovery);
        RecoveryPage *page = window.gate()->recoveryPage();
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("keychainReason"))->text().isEmpty());

        page->officerField()->setText(QStringLiteral("Siti"));
        page->recoveryField()->setText(QStringLiteral("wrong words entirely"));
        page->openButton()->click();
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Recovery);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("recoveryError"))->isVisibleTo(page));
        QVERIFY(!window.vault()->isUnlocked());

        page->recoveryField()->setText(QString::fromUtf8(RecoveryPassphrase));
        page->openButton()->click();
        QVERIFY(window.vault()->isUnlocked());
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);

        // The administrator is asked whether to put the key back; the answer "yes" puts it back.
        answerNextMessageBox();
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        QVERIFY(f.files.keyStore.readKey(window.vault()->id()).ok());
        QCOMPARE(countLogged(*window.vault(), LogAction::keychainRestored()), 1);
    }

    void languageSwitchRetranslatesEverything()
    {
        Fixture f;
        f.files.create().reset();
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        auto *title = window.workspaceView()->findChild<QLabel *>(QStringLiteral("pageTitle"));
        auto *lock = window.workspaceView()->findChild<QPushButton *>(QStringLiteral("lockButton"));
        QVERIFY(title && lock);
        const QString before = lock->text();

        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(title->text().startsWith(QStringLiteral("[x] ")));
        QVERIFY(lock->text().startsWith(QStringLiteral("[x] ")));
        QVERIFY(window.menus().lockAction()->text().startsWith(QStringLiteral("[x] ")));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(lock->text(), before);
    }

    void languageChoiceIsRemembered()
    {
        Fixture f;
        AppWindow window(f.files.path, f.files.environment(), f.language, f.preferences);
        window.switchLanguage(Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(f.preferences.language(), Language::English);
        QCOMPARE(f.language.language(), Language::English);
        auto *signIn = window.gate()->signInPage()->signInButton();
        QCOMPARE(signIn->text(), QStringLiteral("Sign in"));
        window.switchLanguage(Language::Indonesian);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(f.preferences.language(), Language::Indonesian);
        QCOMPARE(signIn->text(), QStringLiteral("Masuk"));
    }
};

QTEST_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
