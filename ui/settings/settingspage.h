// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportdocument.h>
#include <core/result.h>

#include <QWidget>

class QLabel;
class QPushButton;

namespace Brankas {

class LanguageSwitcher;
class OfficeSettingsForm;
class SettingsCard;
class ThisPcSettings;
class Workspace;

// Pengaturan: this PC's choices, the office details kept in the vault, and for administrators the
// recovery sheet and the keychain.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Workspace &workspace, LanguageSwitcher &language, QWidget *parent = nullptr);
    ~SettingsPage() override;

    ThisPcSettings &thisPc() const { return *m_thisPc; }
    OfficeSettingsForm &office() const { return *m_office; }
    // A blank recovery sheet for this vault: a box for the passphrase written by hand.
    Result<ReportDocument> blankRecoverySheet() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    SettingsCard *buildBackupCard();
    SettingsCard *buildRecoveryCard();
    void printRecoverySheet();
    void saveRecoverySheet();
    void changeRecovery();
    void restoreKeychain();
    void retranslateUi();

    Workspace &m_workspace;
    QLabel *m_title;
    ThisPcSettings *m_thisPc;
    OfficeSettingsForm *m_office;
    SettingsCard *m_backup = nullptr;
    QPushButton *m_backUpNow = nullptr;
    QPushButton *m_restore = nullptr;
    SettingsCard *m_recovery = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_change = nullptr;
    QLabel *m_keychainText = nullptr;
    QPushButton *m_keychain = nullptr;
    QLabel *m_recoveryState = nullptr;
};

} // namespace Brankas
