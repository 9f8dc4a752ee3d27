#pragma once

#include "vaultprobe.h"

#include <core/i18n/language.h>

#include <QMainWindow>

class QAction;
class QLabel;
class QPushButton;

namespace Brankas {

class MissingVaultPage;
class VaultSummaryPage;
class VaultErrorPage;

// The window of this version: which vault Brankas looks at and what it found there (nothing yet,
// a vault, or a file it cannot open), in Indonesian or English. Signing in and the register come
// later; this window says so instead of pretending.
class StartWindow : public QMainWindow
{
    Q_OBJECT

public:
    StartWindow(const QString &vaultPath, VaultEnvironment environment, LanguageSwitcher &language,
                QWidget *parent = nullptr);
    ~StartWindow() override;

    const VaultProbe &probe() const { return m_probe; }

    // Looks at the file again (after brankas-cli init, or after the file was replaced).
    void checkAgain();
    void openVault(const QString &path);

    static QString checkAgainText();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildCard();
    void retranslateUi();
    void showProbe();
    void switchLanguage(Language language);
    void chooseVaultFile();
    void showAbout();

    VaultEnvironment m_environment;
    LanguageSwitcher &m_language;
    QString m_vaultPath;
    QString m_cliProgram;
    VaultProbe m_probe;

    QLabel *m_appName = nullptr;
    QLabel *m_appDescription = nullptr;
    QPushButton *m_indonesian = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_aboutButton = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_pathCaption = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_openOther = nullptr;
    QPushButton *m_checkAgain = nullptr;
    MissingVaultPage *m_missingPage = nullptr;
    VaultSummaryPage *m_vaultPage = nullptr;
    VaultErrorPage *m_errorPage = nullptr;
    QLabel *m_version = nullptr;
};

} // namespace Brankas
