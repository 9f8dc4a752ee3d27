// SPDX-License-Identifier: GPL-3.0-or-later
#include "appwindow.h"

#include "../app/automaticbackups.h"
#include "../app/changeselsewhere.h"
#include "../app/idlewatcher.h"
#include "../app/messages.h"
#include "../app/preferences.h"
#include "../app/secretclipboard.h"
#include "../app/vaultplace.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../officers/officeractions.h"
#include "../signin/recoverypage.h"
#include "../signin/signinpage.h"
#include "../signin/vaulterrorpage.h"
#include "../signin/welcomepage.h"
#include "appmenus.h"
#include "gatescreen.h"
#include "pages.h"
#include "workspaceview.h"

#include <core/crypto/wipe.h>
#include <core/domain/role.h>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>

namespace Brankas {

AppWindow::AppWindow(const QString &vaultPath, VaultEnvironment environment, LanguageSwitcher &language,
                     Preferences &preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_environment(environment)
    , m_language(language)
    , m_preferences(preferences)
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), environment.clock, this))
    , m_idle(new IdleWatcher(environment.clock, this))
{
    setObjectName(QStringLiteral("appWindow"));
    setStyleSheet(Look::styleSheet());
    m_menus = new AppMenus(menuBar(), this);
    m_menus->setLanguage(m_language.language());
    m_screens = new QStackedWidget(this);
    m_gate = new GateScreen(m_language.language(), m_screens);
    m_screens->addWidget(m_gate);
    setCentralWidget(m_screens);

    connect(m_gate, &GateScreen::languageRequested, this, &AppWindow::switchLanguage);
    connect(m_gate, &GateScreen::aboutRequested, this, &AppWindow::showAbout);
    connect(m_gate, &GateScreen::openOtherRequested, this, &AppWindow::chooseVaultFile);
    connect(m_gate->welcomePage(), &WelcomePage::setUpRequested, this, &AppWindow::setUp);
    connect(m_gate->welcomePage(), &WelcomePage::restoreRequested, this, &AppWindow::restoreFromBackup);
    connect(m_gate->signInPage(), &SignInPage::signInRequested, this,
            [this](const QString &officer, const QByteArray &passphrase) { signIn(officer, passphrase); });
    connect(m_gate->recoveryPage(), &RecoveryPage::recoveryRequested, this, &AppWindow::recover);
    connect(m_gate->recoveryPage(), &RecoveryPage::retryRequested, this, &AppWindow::unlockFromKeychain);
    connect(m_gate->errorPage(), &VaultErrorPage::retryRequested, this, [this] { openVault(m_path); });
    connect(m_menus, &AppMenus::lockRequested, this, [this] { lock(false); });
    connect(m_menus, &AppMenus::openRequested, this, &AppWindow::chooseVaultFile);
    connect(m_menus, &AppMenus::setUpRequested, this, &AppWindow::setUp);
    connect(m_menus, &AppMenus::backupRequested, this, &AppWindow::backUpNow);
    connect(m_menus, &AppMenus::restoreRequested, this, &AppWindow::restoreFromBackup);
    connect(m_menus, &AppMenus::quitRequested, this, &QWidget::close);
    connect(m_menus, &AppMenus::aboutRequested, this, &AppWindow::showAbout);
    connect(m_menus, &AppMenus::languageRequested, this, &AppWindow::switchLanguage);
    connect(m_menus, &AppMenus::sectionRequested, this, [this](Section section) {
        if (m_view) {
            m_view->showSection(section);
        }
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(true); });
    connect(&m_preferences, &Preferences::changed, this,
            [this] { m_idle->setTimeoutMinutes(m_preferences.idleLockMinutes()); });
    m_idle->setTimeoutMinutes(m_preferences.idleLockMinutes());
    connectServerVaults();

    // Roomy on a 1366x768 office screen, without running under its taskbar.
    resize(comfortableSize().boundedTo(screen()->availableGeometry().size() * 0.94));
    retranslateUi();
    openVault(vaultPath);
}

AppWindow::~AppWindow()
{
    m_clipboard->clearNow();
    // Whatever loop is running, nothing outlives the window: the pages go before the workspace.
    m_signInLoopLevel = QThread::currentThread()->loopLevel();
    tearDownWorkspace();
}

void AppWindow::showRemembered()
{
    // restoreGeometry() brings a window saved on a screen no longer attached back onto this one.
    if (const QByteArray geometry = m_preferences.windowGeometry(); !geometry.isEmpty() && restoreGeometry(geometry)) {
        show();
        return;
    }
    const QSize available = screen()->availableGeometry().size();
    if (available.width() < comfortableSize().width() || available.height() < comfortableSize().height()) {
        showMaximized();
    } else {
        show();
    }
}

void AppWindow::openVault(const QString &path)
{
    tearDownWorkspace();
    closeVault();
    m_path = path;
    if (!VaultPlace::isServer(path) && !QFileInfo::exists(path)) {
        m_gate->welcomePage()->setVaultPath(path);
        m_gate->showCard(GateScreen::Card::Welcome);
        retranslateUi();
        return;
    }
    auto opened = Vault::open(path, Vault::Access::ReadWrite, m_environment);
    if (!opened) {
        m_gate->errorPage()->setError(opened.error(), VaultPlace::isServer(path));
        m_gate->showCard(GateScreen::Card::Failed);
        retranslateUi();
        return;
    }
    showOpenedVault(std::move(opened).value());
}

void AppWindow::showOpenedVault(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    rememberVault();
    showSignIn(false, false);
    // The keychain may take seconds to answer (a prompt, a slow D-Bus): the window paints first.
    m_gate->signInPage()->setBusy(true);
    QTimer::singleShot(0, this, &AppWindow::unlockFromKeychain);
}

void AppWindow::unlockFromKeychain()
{
    if (!m_vault) {
        return;
    }
    m_gate->signInPage()->setBusy(true);
    const Status status = m_vault->isUnlocked() ? Status() : m_vault->unlockFromKeychain();
    m_gate->signInPage()->setBusy(false);
    if (!status) {
        m_gate->recoveryPage()->setState(m_vault->keychainStateFor(status.error()));
        m_gate->recoveryPage()->officerField()->setText(m_preferences.lastOfficer());
        m_gate->showCard(GateScreen::Card::Recovery);
        return;
    }
    m_gate->showCard(GateScreen::Card::SignIn);
    m_gate->signInPage()->focusInput();
}

void AppWindow::recover(const QString &officer, const QByteArray &recoveryPassphrase)
{
    if (!m_vault) {
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // scrypt takes a moment on purpose
    const Status status = m_vault->unlockWithRecovery(recoveryPassphrase, officer);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        m_gate->recoveryPage()->showError(status.error());
        return;
    }
    m_unlockedByRecovery = true;
    showSignIn(false, false);
    m_gate->signInPage()->showError(Error());
}

bool AppWindow::signIn(const QString &officer, QByteArrayView passphrase)
{
    if (!m_vault) {
        return false;
    }
    if (!m_vault->isUnlocked()) {
        // After a lock the key is gone from memory: the keychain gives it again.
        unlockFromKeychain();
        if (!m_vault->isUnlocked()) {
            return false;
        }
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_vault->signIn(officer, passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (!session && session.error().code() == ErrorCode::PassphraseChangeRequired) {
        session = OfficerActions::signInChoosingPassphrase(this, *m_vault, officer, passphrase);
    }
    if (!session) {
        m_gate->signInPage()->showError(session.error());
        m_gate->signInPage()->focusInput();
        return false;
    }
    m_preferences.setLastOfficer(session->officer.name);
    enterWorkspace(session.value());
    if (Status writable = m_vault->log().refuseWhenTampered(); !writable) {
        // The officer may read the register, but must know at once that nothing can be changed
        // and why; every change they try says the same.
        Messages::showError(this, writable.error());
    }
    if (m_unlockedByRecovery) {
        m_unlockedByRecovery = false;
        offerKeychainRestore(session.value());
    }
    return true;
}

void AppWindow::adoptVault(std::unique_ptr<Vault> vault, const Session &session)
{
    tearDownWorkspace();
    closeVault();
    m_vault = std::move(vault);
    m_path = m_vault->path();
    rememberVault();
    m_preferences.setLastOfficer(session.officer.name);
    enterWorkspace(session);
}

void AppWindow::enterWorkspace(const Session &session)
{
    m_signInLoopLevel = QThread::currentThread()->loopLevel();
    m_workspace = std::make_unique<Workspace>(*m_vault, session, m_preferences, *m_clipboard);
    m_backups = new AutomaticBackups(*m_workspace, m_workspace.get());
    new ChangesElsewhere(*m_workspace, m_workspace.get());
    connect(m_workspace.get(), &Workspace::backupRequested, this, &AppWindow::backUpNow);
    connect(m_workspace.get(), &Workspace::restoreRequested, this, &AppWindow::restoreFromBackup);
    m_view = new WorkspaceView(*m_workspace, m_screens);
    m_screens->addWidget(m_view);
    connect(m_view, &WorkspaceView::lockRequested, this, [this] { lock(false); });
    const PageActions actions = populatePages(*m_view, *m_workspace, m_language);
    m_menus->setAccountActions(actions.account);
    m_menus->setReportActions(actions.reports);
    m_menus->setSignedIn(true);
    m_view->showSection(Section::Home);
    m_screens->setCurrentWidget(m_view);
    m_idle->start();
    retranslateUi();
}

void AppWindow::offerKeychainRestore(const Session &session)
{
    if (session.officer.role != Role::Administrator) {
        QMessageBox::information(this, tr("Vault opened with the recovery passphrase"),
                                 tr("This PC's password storage does not hold the vault key. Ask an administrator "
                                    "to sign in on this PC once, so the recovery sheet is not needed next time."));
        return;
    }
    if (!Messages::confirm(this, tr("Vault opened with the recovery passphrase"),
                           tr("Put the vault key into this PC's password storage, so that officers can sign in "
                              "here without the recovery sheet?"),
                           tr("Put the key on this PC"))) {
        return;
    }
    if (const Status status = m_vault->restoreKeychain(session); !status) {
        Messages::showError(this, status.error());
    }
}

void AppWindow::lock(bool byIdle)
{
    if (!m_workspace) {
        return;
    }
    // The key goes first, whatever else is open; dialogs and pages follow once they have unwound.
    m_clipboard->clearNow();
    m_idle->stop();
    // The last changes go into a backup while the key is still there.
    m_backups->backUpIfChanged();
    m_vault->lock();
    const auto modals = QApplication::topLevelWidgets();
    for (QWidget *widget : modals) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
            dialog->reject();
        }
    }
    showSignIn(true, byIdle);
    tearDownWorkspace();
}

void AppWindow::tearDownWorkspace()
{
    m_menus->setSignedIn(false);
    if (!m_view && !m_workspace) {
        return;
    }
    // A page may be inside a dialog's exec(); deleting it there would pull the floor from under that
    // call. Wait until the event loops started since sign-in have returned.
    if (QThread::currentThread()->loopLevel() > m_signInLoopLevel) {
        QTimer::singleShot(50, this, &AppWindow::tearDownWorkspace);
        return;
    }
    if (m_view) {
        m_screens->removeWidget(m_view);
        delete m_view;
        m_view = nullptr;
    }
    m_backups = nullptr;
    m_workspace.reset();
}

void AppWindow::showSignIn(bool locked, bool byIdle)
{
    QStringList names;
    auto officers = m_vault->officers().list();
    if (officers) {
        for (const Officer &officer : officers.value()) {
            if (!officer.disabled) {
                names.append(officer.name);
            }
        }
    }
    SignInPage *page = m_gate->signInPage();
    page->setVault(m_vault->officeName(), m_vault->path(), names, m_preferences.lastOfficer());
    page->setLocked(locked, byIdle);
    // A server gone while the window locked: said at once, not only at the first sign-in attempt.
    page->showError(officers ? Error() : officers.error());
    page->clearPassphrase();
    m_gate->showCard(GateScreen::Card::SignIn);
    m_screens->setCurrentWidget(m_gate);
    page->focusInput();
    retranslateUi();
}

void AppWindow::closeVault()
{
    m_unlockedByRecovery = false;
    m_vault.reset();
}

void AppWindow::switchLanguage(Language language)
{
    if (!m_language.setLanguage(language)) {
        QMessageBox::warning(this, QStringLiteral("Brankas"),
                             tr("This language could not be loaded; Brankas stays in the current one."));
    }
    m_preferences.setLanguage(m_language.language());
    m_gate->setLanguage(m_language.language());
    m_menus->setLanguage(m_language.language());
}

void AppWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void AppWindow::closeEvent(QCloseEvent *event)
{
    m_clipboard->clearNow();
    if (m_backups) {
        m_backups->backUpIfChanged();
    }
    m_preferences.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void AppWindow::retranslateUi()
{
    m_menus->retranslateUi();
    setWindowTitle(m_vault ? windowTitleFor(*m_vault) : QStringLiteral("Brankas"));
}

} // namespace Brankas
