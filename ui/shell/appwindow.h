// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/i18n/language.h>
#include <core/vault/vault.h>

#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace Brankas {

class AppMenus;
class AutomaticBackups;
class GateScreen;
class IdleWatcher;
class Preferences;
class SecretClipboard;
class Workspace;
class WorkspaceView;

// The one window: it finds the vault, gets its key, lets an officer sign in, shows the register,
// and locks again (Ctrl+L, idle minutes), wiping the key. Everything a signed-in page needs
// reaches it through the Workspace this window makes at sign-in and destroys at lock.
class AppWindow : public QMainWindow
{
    Q_OBJECT

public:
    AppWindow(const QString &vaultPath, VaultEnvironment environment, LanguageSwitcher &language,
              Preferences &preferences, QWidget *parent = nullptr);
    ~AppWindow() override;

    // Shows the window where it was last time on this PC, or maximized on a screen smaller than
    // the window's comfortable size, or at that size.
    void showRemembered();
    static QSize comfortableSize() { return {1280, 760}; }

    // A file path or a server's address (postgresql://...).
    void openVault(const QString &path);
    // Vault > Open a vault on a server…, and the same button of the welcome and sign-in cards.
    void openServerVault();
    // Vault > Set up a new vault on a server…: the server's address, then the setup wizard.
    void setUpOnServer();
    // Starts signed in with a vault that was just set up (the wizard already signed its admin in).
    void adoptVault(std::unique_ptr<Vault> vault, const Session &session);
    // Signs in as the sign-in card does; false leaves the reason on the card.
    bool signIn(const QString &officer, QByteArrayView passphrase);
    void lock(bool byIdle = false);
    void switchLanguage(Language language);
    void setUp();
    // The first start on a PC (no vault where this window looks) goes straight into the setup
    // wizard once the window is on screen; cancelling it leaves the welcome card, whose buttons
    // offer setting up again or opening another file.
    void setUpIfNoVault();

    Vault *vault() const { return m_vault.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    WorkspaceView *workspaceView() const { return m_view; }
    GateScreen *gate() const { return m_gate; }
    IdleWatcher &idleWatcher() const { return *m_idle; }
    SecretClipboard &clipboard() const { return *m_clipboard; }
    AppMenus &menus() const { return *m_menus; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void runSetup(const QString &place);
    void showOpenedVault(std::unique_ptr<Vault> vault);
    void rememberVault();
    void connectServerVaults();
    QString windowTitleFor(const Vault &vault) const;
    void unlockFromKeychain();
    void recover(const QString &officer, const QByteArray &recoveryPassphrase);
    void showSignIn(bool locked, bool byIdle);
    void enterWorkspace(const Session &session);
    void offerKeychainRestore(const Session &session);
    void tearDownWorkspace();
    void closeVault();
    void chooseVaultFile();
    void backUpNow();
    void restoreFromBackup();
    void showAbout();
    void retranslateUi();

    VaultEnvironment m_environment;
    LanguageSwitcher &m_language;
    Preferences &m_preferences;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Workspace> m_workspace;
    AutomaticBackups *m_backups = nullptr; // a child of m_workspace
    bool m_unlockedByRecovery = false;
    int m_signInLoopLevel = 0;
    QStackedWidget *m_screens = nullptr;
    GateScreen *m_gate = nullptr;
    WorkspaceView *m_view = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    IdleWatcher *m_idle = nullptr;
    AppMenus *m_menus = nullptr;
};

} // namespace Brankas
